// How a page's text runs travel to the worker and their hits come back. Chrome converts a message value by value
// inside the sending and receiving tasks: one string for a batch of runs, and hits only for the runs that have
// any, cost the page a fraction of an array of 400 strings answered by 400 arrays.
import type { Hit } from '../core/match/types.ts';

/** Between runs in a packed request. Runs never contain it: line breaks render as spaces and are sent as such. */
const RUN_SEPARATOR = '\n';
const LINE_BREAKS = /[\n\r\t\f]/g;

/** A run's text as matched: line breaks as spaces, same length, so every offset stays valid. */
export function asSent(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

/** Runs (already `asSent`) as one string. */
export function packRuns(texts: string[]): string {
  return texts.join(RUN_SEPARATOR);
}

export function unpackRuns(packed: string): string[] {
  return packed.split(RUN_SEPARATOR);
}

/** Runs in a packed string, without splitting it. */
export function countRuns(packed: string): number {
  let n = 1;
  for (let i = packed.indexOf(RUN_SEPARATOR); i !== -1; i = packed.indexOf(RUN_SEPARATOR, i + 1)) n++;
  return n;
}

/** Hits of the runs that have any, and those runs' indexes. */
export function sparseHits(hits: Hit[][]): { runs: number[]; hits: Hit[][] } {
  const runs: number[] = [];
  const kept: Hit[][] = [];
  hits.forEach((h, i) => {
    if (h.length) {
      runs.push(i);
      kept.push(h);
    }
  });
  return { runs, hits: kept };
}

/** One hit list per run again, from a sparse answer; runs it does not name have none. */
export function denseHits(count: number, runs: number[], hits: Hit[][]): Hit[][] {
  const out: Hit[][] = Array.from({ length: count }, () => []);
  runs.forEach((r, k) => {
    if (r >= 0 && r < count) out[r] = hits[k] ?? [];
  });
  return out;
}
