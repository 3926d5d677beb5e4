import type { Confidence, Hit } from './types.ts';
import { CLS_CJK as CJK } from '../names/fold-table.ts';
import { LEGAL_SUFFIXES } from '../names/legal-forms.ts';
import { hashKey, ROOT_BITS_LOG2 } from './hash.ts';
import { indexString, type IndexArrays, type MatchIndexData } from './index-data.ts';
import { codeTable, releaseTokenBuffers, scanTokens, type TokenBuffers } from './scan-tokens.ts';
import * as flags from './flags.ts';
import { variantKey } from './variants.ts';
import { isCjkTrap } from './cjk-guards.ts';
import { rootChild, rootTable } from './root-table.ts';
import { hasCompanyContext, isClassicalChinese } from './context.ts';
import {
  foldedSlice,
  hasLowercase,
  isInAddress,
  isInsideLongerName,
  isLowerCaseLetter,
  isPlaceOrPersonWord,
  isTitleCase,
  isWholeLine,
  splitsCjk,
  startsAsName,
  textKey,
} from './span-rules.ts';

// Local copies: some module loaders turn imported constants into getters, which would cost per candidate.
const CLS_CJK = CJK;
const { FLAG_BLOCK, FLAG_CAP, FLAG_NOT_ALONE, FLAG_TITLE, FLAG_UPPER } = flags;
const { FLAG_CORROB, FLAG_ISOLATED, FLAG_NOT_UPPER } = flags;
const CONFIDENCES: readonly Confidence[] = ['confirmed', 'likely', 'possible'];
const ROOT_MASK = (1 << ROOT_BITS_LOG2) - 1;
const SUFFIX_HASHES = LEGAL_SUFFIXES.map((s) => s.map(hashKey));
const ABBREVIATIONS = new Set(
  ['co', 'ltd', 'inc', 'corp', 'llc', 'plc', 'jsc', 'bhd', 'pte', 'pty', 'pvt'].map(hashKey),
);
const MAX_DEPTH = 64;
const ends = new Int32Array(MAX_DEPTH);
const states = new Int32Array(MAX_DEPTH);

/** Child of `s` by token hash (binary search over its sorted children), or -1. */
function child(a: IndexArrays, s: number, tok: number): number {
  const { stateTok } = a;
  let lo = a.childStart[s] as number;
  let hi = (a.childStart[s + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = stateTok[mid] as number;
    if (t === tok) return mid;
    if (t < tok) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The pattern's own key, re-derived from the listed name text (cached): no hash collision can make a hit. */
function patternKey(idx: MatchIndexData, p: number): string {
  let key = idx.patKeys.get(p);
  if (key === undefined) {
    const a = idx.arrays;
    key = variantKey(indexString(idx, a.patName[p] as number), a.patVariant[p] as number, idx.table);
    idx.patKeys.set(p, key);
  }
  return key;
}

/** First pattern index ending at state s (patterns are sorted by state). */
function firstPattern(a: IndexArrays, s: number): number {
  let lo = 0;
  let hi = a.patState.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a.patState[mid] as number) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First pattern ending at state s that the text span (tokens i..j) really spells and whose rules accept it. */
function acceptPattern(
  idx: MatchIndexData,
  text: string,
  tokens: TokenBuffers,
  s: number,
  i: number,
  j: number,
): number {
  const a = idx.arrays;
  const from = tokens.start[i] as number;
  const to = tokens.end[j] as number;
  if (a.cls[text.charCodeAt(from)] === CLS_CJK || a.cls[text.charCodeAt(to - 1)] === CLS_CJK) {
    if (splitsCjk(idx, text, tokens, i, j)) return -1;
    const key = foldedSlice(idx, text, from, to);
    if (isCjkTrap(key, foldedSlice(idx, text, from - 4, from), foldedSlice(idx, text, to, to + 4))) return -1;
  }
  let spelled: string | undefined;
  for (let p = firstPattern(a, s); p < a.patState.length && a.patState[p] === s; p++) {
    const flags = a.patFlags[p] as number;
    if ((flags & FLAG_UPPER) !== 0 && hasLowercase(text, from, to)) continue;
    if ((flags & FLAG_NOT_UPPER) !== 0 && !hasLowercase(text, from, to)) continue;
    if ((flags & FLAG_TITLE) !== 0 && !isTitleCase(text, tokens, i, j)) continue;
    if ((flags & FLAG_NOT_ALONE) !== 0 && isWholeLine(text, from, to)) continue;
    if ((flags & FLAG_CAP) !== 0 && !startsAsName(text, tokens, i, j)) continue;
    if ((flags & FLAG_ISOLATED) !== 0 && isInsideLongerName(idx, text, tokens, i, j)) continue;
    spelled ??= textKey(idx, text, tokens, i, j);
    if (patternKey(idx, p) !== spelled) continue;
    return p;
  }
  return -1;
}

/** The legal form is only the word "Company" or "Co." (with "&" or "and"), not a registered form. */
function isPlainCompanyWord(text: string, from: number, to: number): boolean {
  return /^(?:(?:&|and) )?(?:company|co\.?)$/i.test(text.slice(from, to).trim());
}

/** Token i is Latin letters (not a CJK name, whose neighbours are not words). */
function isLatinWord(a: IndexArrays, text: string, tokens: TokenBuffers, i: number): boolean {
  return a.cls[text.charCodeAt(tokens.start[i] as number)] !== CLS_CJK;
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
        isShortGap(text, tokens.end[t - 1] as number, tokens.start[t] as number, k > 0) &&
        isLegalFormCase(text, tokens.start[t] as number, tokens.end[t] as number);
    }
    if (ok) return j + hashes.length;
  }
  return j;
}

/** Two-letter legal forms other than "Co" are words too ("as", "ag"): only in capitals ("AS", "AG"). */
function isLegalFormCase(text: string, from: number, to: number): boolean {
  if (to - from > 2 || /^co$/i.test(text.slice(from, to))) return true;
  return !hasLowercase(text, from, to);
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
  const a = idx.arrays;
  const root = idx.root as Int32Array;
  let depth = 0;
  let s = 0;
  for (let j = i; j < tokens.count && depth < MAX_DEPTH; j++) {
    const tok = tokens.hash[j] as number;
    if (tok === 0) break;
    s = s === 0 ? rootChild(root, tok) : child(a, s, tok);
    if (s < 0) break;
    if ((a.stateFlags[s] as number) !== 0) {
      ends[depth] = j;
      states[depth++] = s;
    }
  }
  for (let d = depth - 1; d >= 0; d--) {
    const j = ends[d] as number;
    const p = acceptPattern(idx, text, tokens, states[d] as number, i, j);
    if (p >= 0) return [j, p];
  }
  return undefined;
}

function isTwoIdeographs(text: string, start: number, end: number): boolean {
  return end - start === 2 && /^[\u3400-\u9fff\uf900-\ufaff]{2}$/.test(text.slice(start, end));
}

/** All hits in `text`, leftmost-longest and non-overlapping, with offsets in UTF-16 units of `text`. */
export function scanText(idx: MatchIndexData, text: string): Hit[] {
  const a = idx.arrays;
  idx.code ??= codeTable(a.fold, a.cls);
  idx.root ??= rootTable(a);
  const tokens = scanTokens(text, idx.code);
  const hits: Hit[] = [];
  const n = tokens.count;
  const hashes = tokens.hash;
  const rootBits = a.rootBits;
  for (let i = 0; i < n; i++) {
    const tok = hashes[i] as number;
    const b = tok & ROOT_MASK;
    if (tok === 0 || ((rootBits[b >>> 5] as number) & (1 << (b & 31))) === 0) continue;
    const found = longestAt(idx, text, tokens, i);
    if (!found) continue;
    const [j, p] = found;
    if (((a.patFlags[p] as number) & FLAG_BLOCK) !== 0) {
      i = j;
      continue;
    }
    if (isInAddress(text, tokens.start[i] as number, tokens.end[j] as number)) continue;
    if (
      i === j &&
      isLatinWord(a, text, tokens, i) &&
      isPlaceOrPersonWord(text, tokens.start[i] as number, tokens.end[i] as number)
    )
      continue;
    const last = extendOverLegalForm(text, tokens, j);
    const entry = a.patEntry[p] as number;
    const hit: Hit = {
      start: tokens.start[i] as number,
      end: endWithDot(text, tokens, last),
      entityId: indexString(idx, a.entryId[entry] as number),
      confidence: CONFIDENCES[a.patConf[p] as number] ?? 'possible',
      name: indexString(idx, a.patName[p] as number),
    };
    // A weak form followed by a legal form ("Lowell Ltd") or in company context ("shares of …") is corroborated.
    if (((a.patFlags[p] as number) & FLAG_CORROB) !== 0) {
      // A legal form written as one ("Lowell Ltd", not "GLS incorporated this routine"); a bare "Company" after a
      // surname or a word is how any family firm is called ("the Reynolds Company"): it shows nothing.
      const isLegalForm =
        last > j &&
        !isLowerCaseLetter(text[tokens.start[j + 1] as number] as string) &&
        !isPlainCompanyWord(text, tokens.start[j + 1] as number, tokens.end[last] as number);
      // Three or four letters are the initials of too many things for a general noun before them to tell which
      // ("company CST copy").
      const isInitials = i === j && (tokens.end[i] as number) - (tokens.start[i] as number) <= 4;
      if (isLegalForm || hasCompanyContext(text, hit.start, hit.end, isInitials)) hit.confidence = 'likely';
      else hit.corroborable = true;
    } else if (hit.confidence === 'likely' && isTwoIdeographs(text, hit.start, hit.end)) {
      // A two-character name in classical Chinese is two classical words (百度, 華爲) unless the page shows it.
      if (isClassicalChinese(text, hit.start, hit.end) && !hasCompanyContext(text, hit.start, hit.end)) {
        hit.confidence = 'possible';
        hit.corroborable = true;
      }
    }
    hits.push(hit);
    i = last;
  }
  releaseTokenBuffers();
  return hits;
}
