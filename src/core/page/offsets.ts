/** A position inside one of the text nodes of a run: node index and offset in that node. */
export interface NodePoint {
  index: number;
  offset: number;
}

/**
 * Maps an offset in a run's concatenated text to a node and offset, given each node's start offset (ascending,
 * first is 0) and the run's total length. `isEnd` places a boundary offset at the end of the earlier node (so an
 * end never lands at offset 0 of the next node); otherwise at the start of the later one. Clamps out-of-range input.
 */
export function locateOffset(
  starts: readonly number[],
  total: number,
  offset: number,
  isEnd: boolean,
): NodePoint {
  const x = Math.max(0, Math.min(offset, total));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] ?? 0;
    if (s < x || (!isEnd && s === x)) lo = mid;
    else hi = mid - 1;
  }
  return { index: lo, offset: x - (starts[lo] ?? 0) };
}
