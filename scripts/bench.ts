// npm run bench [-- --browser] [--mb 5]: matcher speed and size on the bundled snapshot (every name and alias)
// against one alternation RegExp over the same names, measured in the same run. Prints numbers; asserts nothing.
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

const SNAPSHOT = resolve(import.meta.dirname, '../public/lists/snapshot.json');
const { values: args } = parseArgs({
  options: { browser: { type: 'boolean' }, mb: { type: 'string', default: '5' } },
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
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

function main(): Promise<void> | void {
  const entries = loadEntries();
  const names = entries.reduce((n, e) => n + e.names.length, 0);
  const bench = generateText(entries, Math.round(Number(args.mb) * 1048576));
  console.log(
    `snapshot: ${entries.length} entries, ${names} names; text: ${mb(bench.text.length * 2)} UTF-16`,
  );
  console.log(`  (${bench.text.length} chars, ${bench.planted.length} planted names, ${bench.traps} traps)`);

  global.gc?.();
  const heap0 = process.memoryUsage();
  const builds: number[] = [];
  let idx = buildMatchIndex(entries);
  for (let k = 0; k < 3; k++) builds.push(time(() => (idx = buildMatchIndex(entries)))[1]);
  global.gc?.();
  const heap1 = process.memoryUsage();
  const buf = serializeMatchIndex(idx);
  const restores: number[] = [];
  for (let k = 0; k < 20; k++) restores.push(time(() => restoreMatchIndex(buf.slice(0)))[1]);
  const restored = restoreMatchIndex(buf);
  findMatches(restored, bench.text.slice(0, 100000));
  const scans: number[] = [];
  let hits = findMatches(restored, bench.text);
  for (let k = 0; k < 5; k++) scans.push(time(() => (hits = findMatches(restored, bench.text)))[1]);
  const scanMs = median(scans);
  const [recallAll, recallShown] = plantedRecall(bench, hits);

  console.log('\nmatcher (Node ' + process.version + ')');
  console.log(`  build          ${median(builds).toFixed(0)} ms (median of 3; ${names} names)`);
  console.log(`  serialised     ${buf.byteLength} bytes (${mb(buf.byteLength)})`);
  console.log(`  restore        ${median(restores).toFixed(3)} ms (median of 20)`);
  console.log(
    `  scan           ${rate(bench.text.length, scanMs).toFixed(1)} MB/s (${scanMs.toFixed(0)} ms for ${bench.text.length} chars, median of 5)`,
  );
  console.log(
    `  hits           ${hits.length} (${hits.filter((h) => h.confidence !== 'possible').length} confirmed/likely)`,
  );
  console.log(
    `  planted found  ${(recallAll * 100).toFixed(1)} % (${(recallShown * 100).toFixed(1)} % at confirmed/likely)`,
  );
  console.log(
    `  memory         heap +${mb(heap1.heapUsed - heap0.heapUsed)}, array buffers ${mb(heap1.arrayBuffers)}, rss ${mb(heap1.rss)}`,
  );

  const base = regexBaseline(entries, bench.text);
  const speed = rate(bench.text.length, scanMs);
  console.log('\nbaseline: one alternation RegExp over the same names (case-insensitive)');
  console.log(`  build          ${base.buildMs.toFixed(0)} ms (first use compiles lazily)`);
  console.log(
    `  scan           ${base.mbps.toFixed(2)} MB/s (on the first ${base.sample} chars; ${base.hits} hits there)`,
  );
  console.log(`  speed-up       ${(speed / base.mbps).toFixed(0)}x`);
  if (args.browser) return runBrowserBench(buf, bench.text);
}

await main();
