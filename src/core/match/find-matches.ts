import type { Confidence, Hit } from './types.ts';
import { CLS_CJK as CJK, CLS_DROP as DROP } from '../names/fold-table.ts';
import { LEGAL_SUFFIXES } from '../names/legal-forms.ts';
import { hashKey, ROOT_BITS_LOG2 } from './hash.ts';
import { indexString, type IndexArrays, type MatchIndexData } from './index-data.ts';
import { codeTable, releaseTokenBuffers, scanTokens, type TokenBuffers } from './scan-tokens.ts';
import * as flags from './flags.ts';
import { variantKey } from './variants.ts';
import { isCjkTrap } from './cjk-guards.ts';
import { rootChild, rootTable } from './root-table.ts';
import { hasCompanyContext } from './context.ts';
import { isCommonWord, isPlaceWord } from '../names/common-words.ts';

// Local copies: some module loaders turn imported constants into getters, which would cost per candidate.
const CLS_CJK = CJK;
const CLS_DROP = DROP;
const { FLAG_BLOCK, FLAG_CAP, FLAG_NOT_ALONE, FLAG_TITLE, FLAG_UPPER } = flags;
const { FLAG_CORROB, FLAG_ISOLATED, FLAG_NOT_UPPER } = flags;
const CONFIDENCES: readonly Confidence[] = ['confirmed', 'likely', 'possible'];
const ROOT_MASK = (1 << ROOT_BITS_LOG2) - 1;
const SUFFIX_HASHES = LEGAL_SUFFIXES.map((s) => s.map(hashKey));
const ABBREVIATIONS = new Set(
  ['co', 'ltd', 'inc', 'corp', 'llc', 'plc', 'jsc', 'bhd', 'pte', 'pty', 'pvt'].map(hashKey),
);
/** First words of legal forms ("Lowell Limited" is Lowell itself, not a longer name). */
const LEGAL_FIRST = new Set(SUFFIX_HASHES.map((s) => s[0] as number));
/** Lower-case name particles: "al Qaeda", "bin Laden", "von Braun" start with a capital after them. */
const PARTICLES = new Set(
  [
    'al',
    'el',
    'ad',
    'an',
    'as',
    'ash',
    'at',
    'ul',
    'bin',
    'ibn',
    'bint',
    'abu',
    'de',
    'da',
    'del',
    'della',
    'di',
    'du',
    'la',
    'le',
    'van',
    'von',
    'der',
    'den',
    'ter',
  ].map(hashKey),
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

/** Folded keys of tokens i..j of the text, joined like variantKey. */
function textKey(idx: MatchIndexData, text: string, tokens: TokenBuffers, i: number, j: number): string {
  const { fold, cls } = idx.arrays;
  let key = '';
  for (let t = i; t <= j; t++) {
    if (t > i) key += '\u0001';
    for (let k = tokens.start[t] as number; k < (tokens.end[t] as number); k++) {
      const c = text.charCodeAt(k);
      if (cls[c] !== CLS_DROP) key += String.fromCharCode(fold[c] as number);
    }
  }
  return key;
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

function isLowerCaseLetter(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

function hasLowercase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch !== ch.toUpperCase()) return true;
  }
  return false;
}

/**
 * Every word of tokens i..j starts with a capital letter or a digit; short inner words may not ("Clash of Kings");
 * or the first word is in capitals.
 */
function isTitleCase(text: string, tokens: TokenBuffers, i: number, j: number): boolean {
  // A first word in capitals ("DU battery saver") marks the name as well.
  const first = text.slice(tokens.start[i], tokens.end[i]);
  if (first.length >= 2 && !hasLowercase(first, 0, first.length) && /\p{Lu}/u.test(first)) return true;
  for (let t = i; t <= j; t++) {
    const start = tokens.start[t] as number;
    const ch = text[start] as string;
    const isMinorWord = t > i && (tokens.end[t] as number) - start <= 3;
    if (ch !== ch.toUpperCase() && !isMinorWord) return false;
  }
  return true;
}

/** The span is all there is on its line (a heading or menu item such as "Technical Services"). */
function isWholeLine(text: string, from: number, to: number): boolean {
  let a = from - 1;
  while (a >= 0 && /[ \t\u00a0]/.test(text[a] as string)) a--;
  let b = to;
  while (b < text.length && /[ \t\u00a0:.]/.test(text[b] as string)) b++;
  return (a < 0 || text[a] === '\n') && (b >= text.length || text[b] === '\n');
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

/**
 * A CJK name never spans a gap: between two CJK characters of a match there may be nothing but invisible
 * characters (no punctuation, bracket, space or line break: 过程中，核心 is not 中核).
 */
function splitsCjk(idx: MatchIndexData, text: string, tokens: TokenBuffers, i: number, j: number): boolean {
  const { cls } = idx.arrays;
  for (let t = i; t < j; t++) {
    const end = tokens.end[t] as number;
    const next = tokens.start[t + 1] as number;
    if (next === end) continue;
    if (cls[text.charCodeAt(end - 1)] !== CLS_CJK && cls[text.charCodeAt(next)] !== CLS_CJK) continue;
    for (let k = end; k < next; k++) if (cls[text.charCodeAt(k)] !== CLS_DROP) return true;
  }
  return false;
}

/** The match starts with a capital, or with a lower-case particle and a capital ("al Qaeda", "bin Laden"). */
function startsAsName(text: string, tokens: TokenBuffers, i: number, j: number): boolean {
  const from = tokens.start[i] as number;
  if (!isLowerCaseLetter(text[from] as string)) return true;
  return (
    i < j &&
    PARTICLES.has(tokens.hash[i] as number) &&
    !isLowerCaseLetter(text[tokens.start[i + 1] as number] as string)
  );
}

function hasUppercase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch !== ch.toLowerCase()) return true;
  }
  return false;
}

/**
 * The span lies inside a web or mail address or a file path ("github.com/OAI/OpenAPI", "zte@example.com"): a word
 * there is a path segment, not a name in running text.
 */
function isInAddress(text: string, from: number, to: number): boolean {
  let a = from;
  while (a > 0 && a > from - 200 && !/\s/.test(text[a - 1] as string)) a--;
  let b = to;
  while (b < text.length && b < to + 200 && !/\s/.test(text[b] as string)) b++;
  const run = text.slice(a, b);
  // A scheme, "www.", a mail domain, a host before a path ("github.com/…") or a path from the root ("/usr/…");
  // names joined by slashes in prose ("Huawei/ZTE") are not addresses.
  return /:\/\/|^[("'<]?www\.|@[\w-]+\.\w|\.[a-z]{2,6}\/|^[("'<]?\.{0,2}\/\w/i.test(run);
}

/** Only spaces between two tokens (no comma, bracket, dash or line break). */
function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}

/** Token t opens a sentence, a line or a quotation: its capital says nothing about a name. */
function opensSentence(text: string, tokens: TokenBuffers, t: number): boolean {
  const start = tokens.start[t] as number;
  const prevEnd = t > 0 ? (tokens.end[t - 1] as number) : 0;
  if (t === 0 || tokens.hash[t - 1] === 0) return true;
  return /[.!?:;"“(\n\r\t|•·]/.test(text.slice(prevEnd, start));
}

/**
 * A capitalised word right before or after the span makes it part of a longer name ("Lowell Observatory",
 * "eEye Digital Security"). Not counted: a legal form after it, a word that opens a sentence, a possessive or a
 * country word before it ("Russia's", "Chinese").
 */
function isInsideLongerName(
  idx: MatchIndexData,
  text: string,
  tokens: TokenBuffers,
  i: number,
  j: number,
): boolean {
  const n = j + 1;
  if (n < tokens.count && tokens.hash[n] !== 0) {
    const s = tokens.start[n] as number;
    const e = tokens.end[n] as number;
    // A title in capitals after the name ("Alrosa CEO") does not make a longer name.
    const isTitle = e - s <= 4 && !hasLowercase(text, s, e);
    if (isSpaceGap(text, tokens.end[j] as number, s) && hasUppercase(text, s, e) && !isTitle)
      if (!LEGAL_FIRST.has(tokens.hash[n] as number)) return true;
  }
  const b = i - 1;
  if (b >= 0 && tokens.hash[b] !== 0) {
    const s = tokens.start[b] as number;
    const e = tokens.end[b] as number;
    if (!isSpaceGap(text, e, tokens.start[i] as number) || !hasUppercase(text, s, e)) return false;
    const word = text.slice(s, e);
    // A sentence opens with a capital: an everyday word there ("Yesterday Digital Security …") is no name, but a
    // name-like word is ("eEye Digital Security", "Microsoft Digital Security").
    const isSentenceCapital = opensSentence(text, tokens, b) && !hasUppercase(text, s + 1, e);
    if ((isSentenceCapital && isCommonWord(textKey(idx, text, tokens, b, b))) || /['’]s$/i.test(word))
      return false;
    return !isPlaceWord(textKey(idx, text, tokens, b, b));
  }
  return false;
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
      // A legal form written as one ("Lowell Ltd", not "GLS incorporated this routine").
      const isLegalForm = last > j && !isLowerCaseLetter(text[tokens.start[j + 1] as number] as string);
      if (isLegalForm || hasCompanyContext(text, hit.start, hit.end)) hit.confidence = 'likely';
      else hit.corroborable = true;
    }
    hits.push(hit);
    i = last;
  }
  releaseTokenBuffers();
  return hits;
}
