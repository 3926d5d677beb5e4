import type { IndexArrays } from './index-data.ts';

/**
 * Open-addressing table from token hash to the root's child state, as [hash, state] pairs (hash 0 = empty slot;
 * token hashes are never 0). The root has thousands of children, and most name starts seen in page text are
 * looked up there: one probe instead of a binary search. Built on the first scan, not stored in the index.
 */
export function rootTable(a: IndexArrays): Int32Array {
  const first = a.childStart[0] as number;
  const last = a.childStart[1] as number;
  let size = 16;
  while (size < (last - first) * 2) size <<= 1;
  const table = new Int32Array(size * 2);
  const mask = size - 1;
  for (let s = first; s < last; s++) {
    const tok = a.stateTok[s] as number;
    let slot = rootSlot(tok, mask);
    while ((table[slot * 2] as number) !== 0) slot = (slot + 1) & mask;
    table[slot * 2] = tok;
    table[slot * 2 + 1] = s;
  }
  return table;
}

function rootSlot(tok: number, mask: number): number {
  return (Math.imul(tok, 0x9e3779b1) >>> 12) & mask;
}

/** Child state of the root for token hash `tok`, or -1. */
export function rootChild(table: Int32Array, tok: number): number {
  const mask = (table.length >>> 1) - 1;
  for (let slot = rootSlot(tok, mask); ; slot = (slot + 1) & mask) {
    const t = table[slot * 2] as number;
    if (t === tok) return table[slot * 2 + 1] as number;
    if (t === 0) return -1;
  }
}
