import type { FoldTable } from '../names/fold-table.ts';
import { decodeUtf8 } from './utf8.ts';

/** The typed arrays of a match index. Every field is a view into one ArrayBuffer. */
export interface IndexArrays {
  fold: Uint16Array;
  cls: Uint8Array;
  /** Bit set over token hashes that start some name (fast reject at the root). */
  rootBits: Uint32Array;
  /** Hash of the token on the edge into each state (states in breadth-first order). */
  stateTok: Int32Array;
  /** Children of state s are states childStart[s] .. childStart[s + 1] - 1, sorted by stateTok. */
  childStart: Int32Array;
  /** Bit 1: some pattern ends at this state. */
  stateFlags: Uint8Array;
  /** Patterns, sorted by the state they end at. */
  patState: Int32Array;
  patEntry: Int32Array;
  /** String index of the entry name the pattern comes from. */
  patName: Int32Array;
  patConf: Uint8Array;
  patFlags: Uint8Array;
  /** Which form of the name (see nameForms) the pattern is. */
  patVariant: Uint8Array;
  entryId: Int32Array;
  entryName: Int32Array;
  /** UTF-8 string table: string i is strBytes[strOff[i] .. strOff[i + 1]). */
  strOff: Int32Array;
  strBytes: Uint8Array;
}

/** Scalar facts stored in the header. */
export interface IndexMeta {
  entryCount: number;
  stateCount: number;
  patternCount: number;
}

/** The match index: typed arrays over one buffer, plus caches filled on use. */
export interface MatchIndexData {
  buffer: ArrayBuffer;
  meta: IndexMeta;
  arrays: IndexArrays;
  table: FoldTable;
  strings: (string | undefined)[];
  /** Verified key per pattern (joined token keys), derived from the name text on first use. */
  patKeys: Map<number, string>;
  /** fold and cls merged for the scanner, built on the first scan (not stored: restore stays a view). */
  code?: Uint32Array;
  /** Token hash → child state of the root (see root-table.ts), built on the first scan. */
  root?: Int32Array;
}

/** Decodes string `i` of the index's string table (cached). */
export function indexString(idx: MatchIndexData, i: number): string {
  const cached = idx.strings[i];
  if (cached !== undefined) return cached;
  const { strOff, strBytes } = idx.arrays;
  const s = decodeUtf8(strBytes, strOff[i] ?? 0, strOff[i + 1] ?? 0);
  idx.strings[i] = s;
  return s;
}
