import type { Confidence, Hit } from './types.ts';
import { CLS_CJK, CLS_DROP } from '../names/fold-table.ts';
import { LEGAL_SUFFIXES } from '../names/legal-forms.ts';
import { edgeSlot, hashKey, ROOT_BITS_LOG2 } from './hash.ts';
import { indexString, type MatchIndexData } from './index-data.ts';
import { scanTokens, type TokenBuffers } from './scan-tokens.ts';
import { FLAG_BLOCK, FLAG_UPPER } from './variants.ts';
import { isCjkTrap } from './cjk-guards.ts';

const CONFIDENCES: readonly Confidence[] = ['confirmed', 'likely', 'possible'];
const ROOT_MASK = (1 << ROOT_BITS_LOG2) - 1;
const SUFFIX_HASHES = LEGAL_SUFFIXES.map((s) => s.map(hashKey));
const ABBREVIATIONS = new Set(
  ['co', 'ltd', 'inc', 'corp', 'llc', 'plc', 'jsc', 'bhd', 'pte', 'pty', 'pvt'].map(hashKey),
);
const MAX_DEPTH = 64;
const ends = new Int32Array(MAX_DEPTH);
const states = new Int32Array(MAX_DEPTH);

/** Child of `s` by token hash, or -1. */
function child(idx: MatchIndexData, s: number, tok: number): number {
  const a = idx.arrays;
  if (a.firstTok[s] === tok) return s + 1;
  if (((a.stateFlags[s] as number) & 1) === 0) return -1;
  const mask = a.edgeState.length - 1;
  let slot = edgeSlot(s, tok, mask);
  for (;;) {
    const st = a.edgeState[slot] as number;
    if (st === -1) return -1;
    if (st === s && a.edgeTok[slot] === tok) return a.edgeChild[slot] as number;
    slot = (slot + 1) & mask;
  }
}

/** The token's folded text equals the state's label (no hash collision can produce a hit). */
function labelMatches(idx: MatchIndexData, text: string, from: number, to: number, s: number): boolean {
  const { labelOff, labelPool, fold, cls } = idx.arrays;
  let p = labelOff[s] as number;
  const pEnd = labelOff[s + 1] as number;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (cls[c] === CLS_DROP) continue;
    if (p >= pEnd || labelPool[p++] !== fold[c]) return false;
  }
  return p === pEnd;
}

function hasLowercase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch !== ch.toUpperCase()) return true;
  }
  return false;
}

function foldedSlice(idx: MatchIndexData, text: string, from: number, to: number): string {
  const { fold, cls } = idx.arrays;
  let s = '';
  for (let i = Math.max(0, from); i < Math.min(text.length, to); i++) {
    const c = text.charCodeAt(i);
    if (cls[c] === CLS_CJK) s += String.fromCharCode(fold[c] as number);
    else s += '\u0000';
  }
  return s;
}

/** First pattern of state `s` whose own rules accept the span [from, to), or -1. */
function acceptPattern(idx: MatchIndexData, text: string, s: number, from: number, to: number): number {
  const a = idx.arrays;
  const head = (a.termHead[s] as number) - 1;
  if (head < 0) return -1;
  if (a.cls[text.charCodeAt(from)] === CLS_CJK) {
    const key = foldedSlice(idx, text, from, to);
    const trap = isCjkTrap(key, foldedSlice(idx, text, from - 4, from), foldedSlice(idx, text, to, to + 4));
    if (trap) return -1;
  }
  for (let p = head; p < a.patState.length && a.patState[p] === s; p++) {
    const flags = a.patFlags[p] as number;
    if ((flags & FLAG_UPPER) !== 0 && hasLowercase(text, from, to)) continue;
    return p;
  }
  return -1;
}

/** Only spaces and commas (and, inside a legal form, dots) may separate a name from its legal form. */
function isShortGap(text: string, from: number, to: number, allowDot: boolean): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (!(ch === ' ' || ch === ',' || ch === '\u00a0' || (allowDot && ch === '.'))) return false;
  }
  return true;
}

/** Index of the last token of a legal form right after token `j` ("Company", "Co., Ltd.", "有限公司"), else j. */
function extendOverLegalForm(text: string, tokens: TokenBuffers, j: number): number {
  for (const hashes of SUFFIX_HASHES) {
    if (j + hashes.length >= tokens.count) continue;
    let ok = true;
    for (let k = 0; k < hashes.length && ok; k++) {
      const t = j + 1 + k;
      ok =
        tokens.hash[t] === hashes[k] &&
        isShortGap(text, tokens.end[t - 1] as number, tokens.start[t] as number, k > 0);
    }
    if (ok) return j + hashes.length;
  }
  return j;
}

/** End offset of token j, taking the dot of an abbreviated legal form ("Ltd.", "Inc.") with it. */
function endWithDot(text: string, tokens: TokenBuffers, j: number): number {
  const end = tokens.end[j] as number;
  return text.charCodeAt(end) === 46 && ABBREVIATIONS.has(tokens.hash[j] as number) ? end + 1 : end;
}

/** Longest accepted match starting at token i: [last token, pattern], or undefined. */
function longestAt(
  idx: MatchIndexData,
  text: string,
  tokens: TokenBuffers,
  i: number,
): [number, number] | undefined {
  let depth = 0;
  let s = 0;
  for (let j = i; j < tokens.count && depth < MAX_DEPTH; j++) {
    const tok = tokens.hash[j] as number;
    if (tok === 0) break;
    s = child(idx, s, tok);
    if (s < 0 || !labelMatches(idx, text, tokens.start[j] as number, tokens.end[j] as number, s)) break;
    if ((idx.arrays.termHead[s] as number) !== 0) {
      ends[depth] = j;
      states[depth++] = s;
    }
  }
  const from = tokens.start[i] as number;
  for (let d = depth - 1; d >= 0; d--) {
    const j = ends[d] as number;
    const p = acceptPattern(idx, text, states[d] as number, from, tokens.end[j] as number);
    if (p >= 0) return [j, p];
  }
  return undefined;
}

/** All hits in `text`, leftmost-longest and non-overlapping, with offsets in UTF-16 units of `text`. */
export function scanText(idx: MatchIndexData, text: string): Hit[] {
  const a = idx.arrays;
  const tokens = scanTokens(text, a.fold, a.cls);
  const hits: Hit[] = [];
  const n = tokens.count;
  for (let i = 0; i < n; i++) {
    const tok = tokens.hash[i] as number;
    const b = tok & ROOT_MASK;
    if (tok === 0 || ((a.rootBits[b >>> 5] as number) & (1 << (b & 31))) === 0) continue;
    const found = longestAt(idx, text, tokens, i);
    if (!found) continue;
    const [j, p] = found;
    if (((a.patFlags[p] as number) & FLAG_BLOCK) !== 0) {
      i = j;
      continue;
    }
    const last = extendOverLegalForm(text, tokens, j);
    const entry = a.patEntry[p] as number;
    hits.push({
      start: tokens.start[i] as number,
      end: endWithDot(text, tokens, last),
      entityId: indexString(idx, entry),
      confidence: CONFIDENCES[a.patConf[p] as number] ?? 'possible',
      name: indexString(idx, a.patName[p] as number),
    });
    i = last;
  }
  return hits;
}
