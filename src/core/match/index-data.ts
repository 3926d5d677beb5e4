import type { FoldTable } from '../names/fold-table.ts';

/** The typed arrays of a match index. Every field is a view into one ArrayBuffer. */
export interface IndexArrays {
  fold: Uint16Array;
  cls: Uint8Array;
  /** Bit set over token hashes that start some name (fast reject at the root). */
  rootBits: Uint32Array;
  /** Hash of each state's first child's token; that child is state + 1 (preorder numbering). */
  firstTok: Int32Array;
  /** Bit 1: more children in the edge table. */
  stateFlags: Uint8Array;
  /** 1 + first pattern ending at this state, 0 if none; patterns of one state are contiguous. */
  termHead: Int32Array;
  /** Folded token text of the edge into each state: labelPool[labelOff[s] .. labelOff[s + 1]). */
  labelOff: Int32Array;
  labelPool: Uint16Array;
  edgeState: Int32Array;
  edgeTok: Int32Array;
  edgeChild: Int32Array;
  patState: Int32Array;
  patEntry: Int32Array;
  patName: Int32Array;
  patConf: Uint8Array;
  patFlags: Uint8Array;
  patTokens: Uint8Array;
  /** Strings: entry ids (0..n-1), entry display names (n..2n-1), then name texts. */
  strOff: Int32Array;
  strPool: Uint16Array;
}

/** Scalar facts stored in the header. */
export interface IndexMeta {
  entryCount: number;
  stateCount: number;
  patternCount: number;
}

/** The match index: typed arrays over one buffer, plus lazily decoded strings. */
export interface MatchIndexData {
  buffer: ArrayBuffer;
  meta: IndexMeta;
  arrays: IndexArrays;
  table: FoldTable;
  strings: (string | undefined)[];
}

/** Decodes string `i` of the index's string table (cached). */
export function indexString(idx: MatchIndexData, i: number): string {
  const cached = idx.strings[i];
  if (cached !== undefined) return cached;
  const { strOff, strPool } = idx.arrays;
  const start = strOff[i] ?? 0;
  const end = strOff[i + 1] ?? start;
  let s = '';
  for (let p = start; p < end; p += 4096) {
    s += String.fromCharCode(...strPool.subarray(p, Math.min(end, p + 4096)));
  }
  idx.strings[i] = s;
  return s;
}
