import type { Hit } from './types.ts';
import { CONFIDENCE_ORDER } from './types.ts';

const rank = (h: Hit): number => CONFIDENCE_ORDER.indexOf(h.confidence);

/** Whether `a` wins over `b` where they overlap: starts first, then longer, then surer; a tie keeps `a`. */
function isBetter(a: Hit, b: Hit): boolean {
  if (a.start !== b.start) return a.start < b.start;
  if (a.end !== b.end) return a.end > b.end;
  return rank(a) <= rank(b);
}

/**
 * Merges the hits of two indexes over the same text (the list's and the watchlists'), each already leftmost-longest
 * and non-overlapping, into one such list. Where hits overlap, the one starting first wins, then the longer, then
 * the surer; on a full tie the first list's hit wins (as the list's own entries came first in one shared index).
 * Linear in the number of hits.
 */
export function mergeHits(first: readonly Hit[], second: readonly Hit[]): Hit[] {
  if (second.length === 0) return [...first];
  if (first.length === 0) return [...second];
  const out: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    const pick = !b || (a && isBetter(a, b)) ? (i++, a!) : (j++, b);
    const last = out[out.length - 1];
    if (last && pick.start < last.end) continue; // overlaps the hit already taken, which won
    out.push(pick);
  }
  return out;
}
