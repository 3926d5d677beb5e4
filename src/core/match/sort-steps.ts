// Sorting large numeric keys in slices: one native sort of the 120,000 pattern keys of a 20,000-name watchlist
// took 15–25 ms of CPU in one task of the worker, and the root's 60,000 children as long again.
import type { Steps } from '../steps.ts';

/** Keys sorted natively per block (one block per slice), then merged pairwise, MERGED_PER_STEP keys per slice. */
const SORT_BLOCK = 8_192;
const MERGED_PER_STEP = 32_768;

/**
 * Sorts `keys` ascending in place (as Float64Array.prototype.sort does, for keys that are not NaN), yielding
 * between blocks and merge slices so that no slice handles more than about 32,000 keys.
 */
export function* sortKeysSteps(keys: Float64Array): Steps<void> {
  const n = keys.length;
  if (n <= SORT_BLOCK) {
    keys.sort();
    return;
  }
  for (let at = 0; at < n; at += SORT_BLOCK) {
    keys.subarray(at, Math.min(n, at + SORT_BLOCK)).sort();
    yield;
  }
  let from: Float64Array = keys;
  let to: Float64Array = new Float64Array(n);
  let done = 0;
  for (let width = SORT_BLOCK; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        to[k] = j >= hi || (i < mid && (from[i] as number) <= (from[j] as number)) ? from[i++]! : from[j++]!;
        if (++done % MERGED_PER_STEP === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  if (from !== keys) keys.set(from);
}
