// Bundled into the in-browser bench page: restores the index and scans text, timing both in the page.
import { findMatches, restoreMatchIndex, type MatchIndex } from '../../src/core/match/index.ts';
import { RESTORE_BATCH, RESTORE_SAMPLES } from './runs.ts';

export interface PageInfo {
  restoreMs: number;
  chars: number;
  /** Smallest step of performance.now() seen in the page (coarsened without cross-origin isolation). */
  timerStepMs: number;
  isolated: boolean;
}

let idx: MatchIndex | undefined;
let text = '';

/** Smallest non-zero difference between successive performance.now() readings. */
function timerStep(): number {
  let step = Infinity;
  let last = performance.now();
  for (let k = 0; k < 200000; k++) {
    const now = performance.now();
    if (now !== last) step = Math.min(step, now - last);
    last = now;
  }
  return step;
}

/** Restore takes microseconds: each sample times a batch of restores, as in Node. */
function restoreMs(buf: ArrayBuffer): number {
  const samples: number[] = [];
  for (let k = 0; k < RESTORE_SAMPLES; k++) {
    const t0 = performance.now();
    for (let r = 0; r < RESTORE_BATCH; r++) restoreMatchIndex(buf);
    samples.push((performance.now() - t0) / RESTORE_BATCH);
  }
  return samples.sort((a, b) => a - b)[RESTORE_SAMPLES >> 1] ?? NaN;
}

async function prepare(warmChars: number): Promise<PageInfo> {
  const [buf, json] = await Promise.all([
    fetch('/index.bin').then((r) => r.arrayBuffer()),
    fetch('/text.json').then((r) => r.text()),
  ]);
  // The worker receives page text through extension messaging, i.e. as a string made by JSON parsing. A string
  // from Response.text() is one the browser shares with the page, which is slower to read character by character.
  text = JSON.parse(json) as string;
  const restore = restoreMs(buf);
  idx = restoreMatchIndex(buf);
  findMatches(idx, text.slice(0, warmChars));
  return { restoreMs: restore, chars: text.length, timerStepMs: timerStep(), isolated: crossOriginIsolated };
}

function scan(): { ms: number; hits: number } {
  if (!idx) throw new Error('bench page: prepare() first');
  const t0 = performance.now();
  const hits = findMatches(idx, text).length;
  return { ms: performance.now() - t0, hits };
}

(globalThis as unknown as { slBench: unknown }).slBench = { prepare, scan };
