// npm run bench [-- --browser [--profile]] [--mb 5]: matcher speed and size on the bundled snapshot (every name and alias)
// against one alternation RegExp over the same names, measured in the same run. Prints numbers; asserts nothing.
// npm run bench -- --page [--rounds 3]: what the built extension (dist/) costs a 5 MB and two 200 KB pages, against
// the same pages without it in the same run (scripts/bench/page-cost.ts).
// npm run bench -- --watchlist [--runs 3] [--json]: a 5 MB watchlist import (CSV, or JSON with --json) in Chromium
// with the built extension (dist/) while a tab keeps asking for matches (see bench/watchlist-import.ts); build
// first.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Entry, Feed } from '../src/core/list/format.ts';
import {
  buildMatchIndex,
  findMatches,
  restoreMatchIndex,
  serializeMatchIndex,
} from '../src/core/match/index.ts';
import { generateText, type BenchText } from './bench/text-gen.ts';
import { runBrowserBench } from './bench/browser.ts';
import { runPageBench } from './bench/page-cost.ts';
import { benchLookup } from './bench/lookup.ts';
import { runWatchlistBench } from './bench/watchlist-import.ts';
import { median, RESTORE_BATCH, RESTORE_SAMPLES, SCAN_RUNS, WARM_CHARS } from './bench/runs.ts';

const SNAPSHOT = resolve(import.meta.dirname, '../public/lists/snapshot.json');
const { values: args } = parseArgs({
  options: {
    browser: { type: 'boolean' },
    page: { type: 'boolean' },
    rounds: { type: 'string', default: '3' },
    profile: { type: 'boolean' },
    mb: { type: 'string', default: '5' },
    watchlist: { type: 'boolean' },
    runs: { type: 'string', default: '3' },
    json: { type: 'boolean' },
  },
});

function loadEntries(): Entry[] {
  if (!existsSync(SNAPSHOT)) {
    console.error(
      `bench: ${SNAPSHOT} is missing. Compile the bundled snapshot first (npm run compile-list).`,
    );
    process.exit(1);
  }
  return (JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Feed).entries;
}

/** Runs f; returns its result, wall-clock ms and CPU ms (user + system: less sensitive to other load). */
function time<T>(f: () => T): [T, number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [out, wall, (c.user + c.system) / 1000];
}

const mb = (bytes: number): string => (bytes / 1048576).toFixed(2) + ' MB';
const rate = (chars: number, ms: number): number => chars / 1e6 / (ms / 1000);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Baseline: one case-insensitive alternation of every listed name, longest first. */
function regexBaseline(
  entries: Entry[],
  text: string,
): { buildMs: number; mbps: number; hits: number; sample: number } {
  const names = [...new Set(entries.flatMap((e) => e.names.map((n) => n.text)))].sort(
    (a, b) => b.length - a.length,
  );
  const [re, buildMs] = time(() => new RegExp(names.map(escapeRegExp).join('|'), 'gi'));
  // The RegExp is slow: measure on a 512 KB slice and report the rate.
  const sample = text.slice(0, 512 * 1024);
  const runs: number[] = [];
  let hits = 0;
  for (let k = 0; k < 2; k++) {
    const [count, ms] = time(() => [...sample.matchAll(re)].length);
    hits = count;
    runs.push(ms);
  }
  return { buildMs, mbps: rate(sample.length, median(runs)), hits, sample: sample.length };
}

/** The snapshot plus generated company entries ("<word> <word> Trading Co., Ltd.") up to 50,000 names. */
function padTo50k(entries: Entry[]): Entry[] {
  const words = [
    'Golden',
    'Star',
    'Ocean',
    'Pacific',
    'Northern',
    'Harbin',
    'Xinda',
    'Ural',
    'Volga',
    'Zenith',
  ];
  const trades = [
    'Trading',
    'Electronics',
    'Logistics',
    'Machinery',
    'Shipping',
    'Materials',
    'Optics',
    'Systems',
  ];
  const out = [...entries];
  let names = entries.reduce((n, e) => n + e.names.length, 0);
  for (let i = 0; names < 50000; i++) {
    const a = `${words[i % 10]} ${words[Math.floor(i / 10) % 10]}${i} ${trades[i % 8]}`;
    out.push({
      id: `bench-${i}`,
      kind: 'company',
      names: [
        { text: `${a} Co., Ltd.`, type: 'legal' },
        { text: `${a} LLC`, type: 'alias' },
      ],
      countries: [],
      domains: [],
      parents: [],
      listings: [],
    });
    names += 2;
  }
  return out;
}

function plantedRecall(bench: BenchText, hits: ReturnType<typeof findMatches>): [number, number] {
  let all = 0;
  let shown = 0;
  let h = 0;
  for (const p of bench.planted) {
    while (h < hits.length && (hits[h]?.end ?? 0) <= p.start) h++;
    const hit = hits
      .slice(h, h + 3)
      .find((x) => x.start < p.end && x.end > p.start && x.entityId === p.entityId);
    if (hit) all++;
    if (hit && hit.confidence !== 'possible') shown++;
  }
  return [all / bench.planted.length, shown / bench.planted.length];
}

function measureBuild(entries: Entry[]): { wall: number; cpu: number; first: number } {
  const [, first] = time(() => buildMatchIndex(entries));
  const runs = [0, 1, 2].map(() => time(() => buildMatchIndex(entries)));
  return { wall: median(runs.map((r) => r[1])), cpu: median(runs.map((r) => r[2])), first };
}

function main(): Promise<void> | void {
  if (args.page) return runPageBench(Number(args.rounds));
  if (args.watchlist) return runWatchlistBench(Number(args.runs), args.json ? 'json' : 'csv');
  const entries = loadEntries();
  const names = entries.reduce((n, e) => n + e.names.length, 0);
  const bench = generateText(entries, Math.round(Number(args.mb) * 1048576));
  console.log(
    `snapshot: ${entries.length} entries, ${names} names; text: ${mb(bench.text.length * 2)} UTF-16`,
  );
  console.log(`  (${bench.text.length} chars, ${bench.planted.length} planted names, ${bench.traps} traps)`);

  const heap0 = process.memoryUsage();
  const idx = buildMatchIndex(entries);
  const heap1 = process.memoryUsage();
  const build = measureBuild(entries);
  const padded = padTo50k(entries);
  const paddedNames = padded.reduce((n, e) => n + e.names.length, 0);
  const build50k = measureBuild(padded);
  const buf = serializeMatchIndex(idx);
  const restores: number[] = [];
  for (let k = 0; k < RESTORE_SAMPLES; k++) {
    const copy = buf.slice(0);
    const [, ms] = time(() => {
      for (let r = 0; r < RESTORE_BATCH; r++) restoreMatchIndex(copy);
    });
    restores.push(ms / RESTORE_BATCH);
  }
  const restored = restoreMatchIndex(buf);
  findMatches(restored, bench.text.slice(0, WARM_CHARS));
  let hits: ReturnType<typeof findMatches> = [];
  const scans = Array.from({ length: SCAN_RUNS }, () =>
    time(() => (hits = findMatches(restored, bench.text))),
  );
  const scanWall = median(scans.map((r) => r[1]));
  const scanCpu = median(scans.map((r) => r[2]));
  const scanBest = Math.min(...scans.map((r) => r[1]));
  const [recallAll, recallShown] = plantedRecall(bench, hits);
  const chars = bench.text.length;

  console.log(`\nmatcher (Node ${process.version}; wall-clock, CPU time in brackets)`);
  console.log(
    `  build          ${build.wall.toFixed(0)} ms [cpu ${build.cpu.toFixed(0)} ms] median of 3, first ${build.first.toFixed(0)} ms (${names} names)`,
  );
  console.log(
    `  build 50k      ${build50k.wall.toFixed(0)} ms [cpu ${build50k.cpu.toFixed(0)} ms] (snapshot + generated names: ${paddedNames})`,
  );
  console.log(`  serialised     ${buf.byteLength} bytes (${mb(buf.byteLength)})`);
  console.log(`  restore        ${median(restores).toFixed(4)} ms (median of 20 batches)`);
  console.log(
    `  scan           ${rate(chars, scanWall).toFixed(1)} MB/s [cpu ${rate(chars, scanCpu).toFixed(1)} MB/s] median of ${SCAN_RUNS}, best ${rate(chars, scanBest).toFixed(1)} MB/s (${chars} chars)`,
  );
  console.log(
    `  hits           ${hits.length} (${hits.filter((h) => h.confidence !== 'possible').length} confirmed/likely)`,
  );
  console.log(
    `  planted found  ${(recallAll * 100).toFixed(1)} % (${(recallShown * 100).toFixed(1)} % at confirmed/likely)`,
  );
  console.log(
    `  memory         index ${mb(buf.byteLength)}; heap +${mb(heap1.heapUsed - heap0.heapUsed)} during one build; rss ${mb(process.memoryUsage().rss)}`,
  );

  benchLookup(buf);

  const base = regexBaseline(entries, bench.text);
  console.log('\nbaseline: one alternation RegExp over the same names (case-insensitive)');
  console.log(`  build          ${base.buildMs.toFixed(0)} ms (first use compiles lazily)`);
  console.log(
    `  scan           ${base.mbps.toFixed(2)} MB/s (on the first ${base.sample} chars; ${base.hits} hits there)`,
  );
  console.log(
    `  speed-up       ${(rate(chars, scanWall) / base.mbps).toFixed(0)}x (median vs median, same run)`,
  );
  if (args.browser) return runBrowserBench(buf, bench.text, args.profile);
}

await main();
