// String hashing and open-addressing slot tables, for sets and maps kept as typed arrays instead of JavaScript
// objects (token hashes of the match index, the name rules' word sets, packed watchlist entries).

/** FNV-1a over the UTF-16 code units of `text`, as a signed 32-bit integer. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * An open-addressing table over `hashes` (linear probing, at most half full): per slot, the position of an item
 * whose hash starts its probe there, plus one; 0 marks an empty slot. A lookup starts at `hash & (length - 1)` and
 * steps on until an empty slot.
 */
export function slotTable(hashes: Int32Array): Int32Array {
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  for (let i = 0; i < hashes.length; i++) {
    let slot = (hashes[i] as number) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = i + 1;
  }
  return table;
}
