// npm run bench:updates [-- --csl FILE] [--europe]: what a list update costs the worker and the network.
// Direct mode: one full update from the official CSL file (parse, merge with the list in use, validate, build and
// serialise the match index) — CPU time, wall time and peak memory of this process. The CSL file is the real
// one's projection in ../shared/data/sources/us-trade-csl (outside the repository) when present, otherwise one
// made from the bundled snapshot (said so in the output). --write FILE keeps the updated list, for
// `tsx scripts/eval.ts --node --feed FILE`. --europe adds the EU FSF XML (6,000 designations) and the UK Sanctions
// List CSV (5,000), generated in their official layouts, to the same update: a fresh install's first direct update
// reads all of them at once. Prints numbers; asserts nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { serializeFeed } from '../src/core/list/serialize.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateFeed } from '../src/core/feed/validate-feed.ts';
import type { Feed } from '../src/core/list/format.ts';
import { buildMatchIndex, serializeMatchIndex } from '../src/core/match/index.ts';
import { buildDirectFeed } from '../src/core/update/direct-csl.ts';
import { combineDirect, toDirectBatch } from '../src/core/update/direct-combine.ts';
import { getDirectSource } from '../src/core/update/direct-sources.ts';
import { euFsfXml, ukSanctionsCsv } from '../test/fixtures/official/make-europe.ts';
import { cslFromCompact, cslFromFeed } from '../test/fixtures/official/csl-from.ts';
import { benchDeltas } from './bench/deltas.ts';

const SNAPSHOT = resolve(import.meta.dirname, '../public/lists/snapshot.json');
const SHARED_CSL = resolve(import.meta.dirname, '../../shared/data/sources/us-trade-csl/screening-list.json');
const { values: args } = parseArgs({
  options: { csl: { type: 'string' }, write: { type: 'string' }, europe: { type: 'boolean' } },
});

const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(0)} MB`;

function cslText(snapshot: Feed): { text: string; from: string } {
  const file = args.csl ?? (existsSync(SHARED_CSL) ? SHARED_CSL : null);
  if (!file)
    return { text: cslFromFeed(snapshot), from: 'made from the bundled snapshot (real file not found)' };
  const raw = readFileSync(file, 'utf8');
  const text = raw.includes('"results"') ? raw : cslFromCompact(raw);
  return { text, from: file };
}

/** The update with the EU and UK files too, each read as the worker reads it (adapter, provenance, lists). */
function withEurope(snapshot: Feed, text: string): Feed {
  const now = Date.now();
  const batches = [
    ['us-trade-csl', text],
    ['eu-fsf', EU_TEXT],
    ['uk-sanctions-list', UK_TEXT],
  ].map(([id, t]) => {
    const source = getDirectSource(id!)!;
    return toDirectBatch(source, source.parse(t!, source.file), { sha256: id!, now });
  });
  const { feed, refused } = combineDirect(snapshot, batches, now);
  if (!feed || refused.size > 0) throw new Error(`refused: ${[...refused.values()].join('; ')}`);
  return feed;
}

const EU_TEXT = args.europe ? euFsfXml(6000) : '';
const UK_TEXT = args.europe ? ukSanctionsCsv(5000) : '';

function benchDirect(): void {
  const snapshot = validateFeed(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
  const { text, from } = cslText(snapshot);
  const rows = (JSON.parse(text) as { results: unknown[] }).results.length;
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const feed = args.europe
    ? withEurope(snapshot, text)
    : validateFeed(
        buildDirectFeed({
          text,
          file: 'consolidated.json',
          sha256: 'bench',
          current: snapshot,
          now: Date.now(),
        }),
      );
  const tMerged = performance.now();
  const buf = serializeMatchIndex(buildMatchIndex(feed.entries));
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  if (args.write) writeFileSync(args.write, serializeFeed(feed));
  console.log(`direct CSL update: ${rows} rows from ${from}`);
  if (args.europe)
    console.log(
      `  with the EU FSF XML (6000 designations, ${mb(EU_TEXT.length)}) and the UK CSV (5000, ${mb(UK_TEXT.length)}), generated`,
    );
  console.log(`  list in use ${snapshot.entries.length} entries → ${feed.entries.length} entries`);
  console.log(
    `  CPU ${((c.user + c.system) / 1000).toFixed(0)} ms (budget 15000), wall ${wall.toFixed(0)} ms ` +
      `(merge ${(tMerged - t0).toFixed(0)} ms, index ${(wall - (tMerged - t0)).toFixed(0)} ms, ${mb(buf.byteLength)})`,
  );
  console.log(
    `  peak RSS ${mb(peakRss)} (budget 300 MB; ${mb(rss0)} before the update: snapshot and file text held)`,
  );
}

benchDirect();
await benchDeltas(SNAPSHOT);
