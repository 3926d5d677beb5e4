// Lookup timings for the bench: the first lookup on a freshly restored index (it prepares the candidate names)
// and later lookups of typed names, short and long, with and without typos.
import { restoreMatchIndex } from '../../src/core/match/index.ts';
import { lookupName } from '../../src/core/lookup/index.ts';
import { median } from './runs.ts';

const QUERIES = [
  'Hikvison',
  'Huawei Technologies Co., Ltd.',
  'Apple Inc.',
  '华为',
  'Shenzhen DJI Innovation Technology',
  'Semiconductor Manufacturing International Corp',
  'Tik Tok',
  'Kaspersky Lab',
];

/** Runs f; returns its wall-clock and CPU ms. */
function timed(f: () => unknown): [number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [wall, (c.user + c.system) / 1000];
}

/** Prints the first lookup on a fresh index and the median of later ones. */
export function benchLookup(buf: ArrayBuffer): void {
  const firsts = [0, 1, 2].map(() => {
    const idx = restoreMatchIndex(buf.slice(0));
    return timed(() => lookupName(idx, 'Hikvison'));
  });
  const idx = restoreMatchIndex(buf.slice(0));
  lookupName(idx, 'Hikvison');
  const later = QUERIES.flatMap((q) => [0, 1, 2].map(() => timed(() => lookupName(idx, q))));
  const worst = Math.max(...later.map((t) => t[0]));
  console.log(
    `  lookup first   ${firsts.map((t) => t[0].toFixed(0)).join(', ')} ms [cpu ${firsts.map((t) => t[1].toFixed(0)).join(', ')} ms] (fresh index each: prepares the names)`,
  );
  console.log(
    `  lookup         ${median(later.map((t) => t[0])).toFixed(1)} ms [cpu ${median(later.map((t) => t[1])).toFixed(1)} ms] median, slowest ${worst.toFixed(1)} ms (${QUERIES.length} names × 3)`,
  );
}
