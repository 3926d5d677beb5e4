// Bundled into the in-browser bench page: restores the index and scans text, timing both in the page.
import { findMatches, restoreMatchIndex } from '../../src/core/match/index.ts';

interface BenchResult {
  restoreMs: number;
  scanMs: number[];
  hits: number;
  chars: number;
}

async function run(): Promise<BenchResult> {
  const [buf, text] = await Promise.all([
    fetch('/index.bin').then((r) => r.arrayBuffer()),
    fetch('/text.txt').then((r) => r.text()),
  ]);
  const restores: number[] = [];
  for (let k = 0; k < 20; k++) {
    const copy = buf.slice(0);
    const t0 = performance.now();
    restoreMatchIndex(copy);
    restores.push(performance.now() - t0);
  }
  const idx = restoreMatchIndex(buf);
  findMatches(idx, text.slice(0, 200000));
  const scanMs: number[] = [];
  let hits = 0;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    hits = findMatches(idx, text).length;
    scanMs.push(performance.now() - t0);
  }
  restores.sort((a, b) => a - b);
  return { restoreMs: restores[10] ?? NaN, scanMs, hits, chars: text.length };
}

(globalThis as unknown as { slBench: () => Promise<BenchResult> }).slBench = run;
