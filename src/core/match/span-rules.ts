// Checks on the text around a candidate span: case, sentence starts, CJK gaps, addresses, longer names. Pure
// functions over the scanner's token buffers (see find-matches.ts).
import { CLS_CJK as CJK, CLS_DROP as DROP } from '../names/fold-table.ts';
import { LEGAL_SUFFIXES } from '../names/legal-forms.ts';
import { isCommonWord, isPlaceWord } from '../names/common-words.ts';
import { hashKey } from './hash.ts';
import type { MatchIndexData } from './index-data.ts';
import type { TokenBuffers } from './scan-tokens.ts';

// Local copies: some module loaders turn imported constants into getters, which would cost per candidate.
const CLS_CJK = CJK;
const CLS_DROP = DROP;
const SUFFIX_HASHES = LEGAL_SUFFIXES.map((s) => s.map(hashKey));
/** First words of legal forms ("Lowell Limited" is Lowell itself, not a longer name). */
export const LEGAL_FIRST = new Set(SUFFIX_HASHES.map((s) => s[0] as number));
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

/** Folded keys of tokens i..j of the text, joined like variantKey. */
export function textKey(
  idx: MatchIndexData,
  text: string,
  tokens: TokenBuffers,
  i: number,
  j: number,
): string {
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

export function isLowerCaseLetter(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

export function hasLowercase(text: string, from: number, to: number): boolean {
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
export function isTitleCase(text: string, tokens: TokenBuffers, i: number, j: number): boolean {
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
export function isWholeLine(text: string, from: number, to: number): boolean {
  let a = from - 1;
  while (a >= 0 && /[ \t\u00a0]/.test(text[a] as string)) a--;
  let b = to;
  while (b < text.length && /[ \t\u00a0:.]/.test(text[b] as string)) b++;
  return (a < 0 || text[a] === '\n') && (b >= text.length || text[b] === '\n');
}

export function foldedSlice(idx: MatchIndexData, text: string, from: number, to: number): string {
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
export function splitsCjk(
  idx: MatchIndexData,
  text: string,
  tokens: TokenBuffers,
  i: number,
  j: number,
): boolean {
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
export function startsAsName(text: string, tokens: TokenBuffers, i: number, j: number): boolean {
  const from = tokens.start[i] as number;
  if (!isLowerCaseLetter(text[from] as string)) return true;
  return (
    i < j &&
    PARTICLES.has(tokens.hash[i] as number) &&
    !isLowerCaseLetter(text[tokens.start[i + 1] as number] as string)
  );
}

export function hasUppercase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch !== ch.toLowerCase()) return true;
  }
  return false;
}

/**
 * Exactly what `/\s/` matches, as a code-unit test: the address check looks at up to 400 characters around every
 * hit, and a regular expression per character made 1 MB of glued names take seconds.
 */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The span lies inside a web or mail address or a file path ("github.com/OAI/OpenAPI", "zte@example.com"): a word
 * there is a path segment, not a name in running text.
 */
export function isInAddress(text: string, from: number, to: number): boolean {
  let a = from;
  while (a > 0 && a > from - 200 && !isWhiteSpaceCode(text.charCodeAt(a - 1))) a--;
  let b = to;
  while (b < text.length && b < to + 200 && !isWhiteSpaceCode(text.charCodeAt(b))) b++;
  const run = text.slice(a, b);
  // A scheme, "www.", a mail domain, a host before a path ("github.com/…") or a path from the root ("/usr/…");
  // names joined by slashes in prose ("Huawei/ZTE") are not addresses.
  return /:\/\/|^[("'<]?www\.|@[\w-]+\.\w|\.[a-z]{2,6}\/|^[("'<]?\.{0,2}\/\w/i.test(run);
}

/** Only spaces between two tokens (no comma, bracket, dash or line break). */
export function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}

/** Token t opens a sentence, a line or a quotation: its capital says nothing about a name. */
export function opensSentence(text: string, tokens: TokenBuffers, t: number): boolean {
  const start = tokens.start[t] as number;
  const prevEnd = t > 0 ? (tokens.end[t - 1] as number) : 0;
  if (t === 0 || tokens.hash[t - 1] === 0) return true;
  return /[.!?:;"“(\n\r\t|•·]/.test(text.slice(prevEnd, start));
}

/** " of " and a capitalised word that is no sentence of its own ("of Afghanistan", not "of THE"). */
const OF_NAME = /^ of (?:the )?\p{Lu}\p{Ll}/u;
const POLITY = /^(?:State|Republic|Emirate|Kingdom|Federation|Union|Caliphate|Sultanate)$/;

/**
 * A capitalised word right before or after the span makes it part of a longer name ("Lowell Observatory",
 * "eEye Digital Security"). Not counted: a legal form after it, a word that opens a sentence, a possessive or a
 * country word before it ("Russia's", "Chinese").
 */
export function isInsideLongerName(
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
    // "Islamic State of Afghanistan": a name ending in a word for a state, then "of" and a capitalised word, is the
    // name of a country or a government.
    const last = text.slice(tokens.start[j] as number, tokens.end[j] as number);
    if (
      POLITY.test(last) &&
      OF_NAME.test(text.slice(tokens.end[j] as number, (tokens.end[j] as number) + 40))
    )
      return true;
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

/** Capitalised words that make the one-word name after them a place or a person ("River Kwai", "Mr. Sinbad"). */
const PLACE_OR_TITLE_BEFORE =
  /(?:^|[^\p{L}])(?:River|Lake|Lakes|Mount|Mt\.?|Saint|St\.|Ste\.|Cape|Port|Fort|Isle|Gulf|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Lord|Lady|Dame|King|Queen|Prince|Princess|Sultan|Emperor|Uncle|Aunt|Captain|Capt\.)[ \u00a0]$/u;
/** Capitalised place words that make the one-word name before them a place ("Kwai River", "Barus Street"). */
const PLACE_AFTER =
  /^[ \u00a0](?:River|Lake|Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Lane|Square|Bridge|Island|Islands|Mountain|Mountains|Valley|Bay|Beach|Canyon|Creek|Falls|Hill|Hills|Peninsula|Strait|Province|Prefecture|County|District|Airport|Station)\b/u;
/** "in Barus, North Sumatra": a preposition of place, the name, a comma and a capitalised place. */
const LOCATED_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|near|of|to)[ \u00a0]$/u;
const LOCATED_AFTER = /^, (?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+(?:[.;:)]|,? (?:and|in|where|on|the)\b|$)/u;

/**
 * A one-word name that the words around it make a place or a person: after a title or a place word ("the River
 * Kwai", "Mr. Reynolds"), before a place word ("Barus Street"), or as a place in an address-like phrase ("from
 * Barus, North Sumatra."). Only for one-word names: the words around a longer name do not change what it means.
 */
export function isPlaceOrPersonWord(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 40);
  if (PLACE_OR_TITLE_BEFORE.test(before) || PLACE_AFTER.test(after)) return true;
  return LOCATED_BEFORE.test(before) && LOCATED_AFTER.test(after) && !/^, \p{Lu}\p{Ll}+['’]s/u.test(after);
}
