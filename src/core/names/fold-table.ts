import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { finishSteps, type Steps } from '../steps.ts';

/** Character classes of the fold table. */
export const CLS_SEP = 0;
export const CLS_WORD = 1;
/** A token of one code unit: CJK/kana characters (unspaced scripts) and "&". */
export const CLS_CJK = 2;
export const CLS_DROP = 3;
export const CLS_BREAK = 4;

/** Per-UTF-16-code-unit fold: `fold[c]` is the folded code unit, `cls[c]` its class. */
export interface FoldTable {
  fold: Uint16Array;
  cls: Uint8Array;
}

// Letters with no decomposition that page text often writes without the stroke.
const EXTRA_LATIN: Record<string, string> = {
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ð: 'd',
  ſ: 's',
  ß: 's',
  æ: 'a',
  œ: 'o',
  þ: 't',
};
// Soft hyphen and zero-width characters vanish.
const DROP_CHARS = '\u00ad\u200b\u200c\u200d\u2060\ufeff';
// Sentence-level punctuation that a multi-word name never spans. Line breaks are not among them: in page text
// they are source formatting inside a paragraph ("Xinjiang\n    Production and Construction Corps").
const BREAK_CHARS = '|;!?\u3002\uff01\uff1f\uff1b\u2022';

function isCjkCodeUnit(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x2fdf) || // radicals
    (c >= 0x3005 && c <= 0x3007) ||
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd800 && c <= 0xdfff) // astral ideographs travel as surrogate pairs: one token per unit
  );
}

/** Dictionary pairs read between two pauses of parseOpenccDict. */
const PAIRS_PER_STEP = 1024;

function* parseOpenccDict(dict: string, into: Map<number, number>): Steps<void> {
  const pairs = dict.split('|');
  for (let i = 0; i < pairs.length; i++) {
    const [from, to] = (pairs[i] as string).split(' ');
    // Only one-code-unit to one-code-unit mappings keep offsets aligned; others are rare astral forms.
    if (from?.length === 1 && to?.length === 1) into.set(from.charCodeAt(0), to.charCodeAt(0));
    if (i % PAIRS_PER_STEP === PAIRS_PER_STEP - 1) yield;
  }
}

/** Traditional (incl. Taiwan/Hong Kong variant forms) → simplified, per character. */
function* buildChineseFold(): Steps<Map<number, number>> {
  const variants = new Map<number, number>();
  yield* parseOpenccDict(twVariantsRev, variants);
  yield* parseOpenccDict(hkVariantsRev, variants);
  const ts = new Map<number, number>();
  yield* parseOpenccDict(tsCharacters, ts);
  const out = new Map<number, number>();
  const keys = new Set([...variants.keys(), ...ts.keys()]);
  yield;
  for (const c of keys) {
    const v = variants.get(c) ?? c;
    const s = ts.get(v) ?? v;
    if (s !== c) out.set(c, s);
  }
  return out;
}

function foldLatin(ch: string): string {
  const nfkc = ch.normalize('NFKC').toLowerCase();
  // Recompose after stripping marks so that Hangul syllables stay whole.
  const stripped = nfkc.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return [...stripped].map((x) => EXTRA_LATIN[x] ?? x).join('');
}

function classify(folded: string): number {
  if (folded.length === 0) return CLS_DROP;
  const f = folded.charCodeAt(0);
  if (isCjkCodeUnit(f)) return CLS_CJK;
  if (/^[\p{L}\p{N}]/u.test(folded)) return CLS_WORD;
  // "&" is a word of its own even when written without spaces (Procter&Gamble).
  if (folded === '&') return CLS_CJK;
  return CLS_SEP;
}

/** Builds the fold table (about 60 ms); done once per index build, then stored inside the index. */
export function buildFoldTable(): FoldTable {
  return finishSteps(buildFoldTableSteps());
}

/** Code points folded between two pauses of buildFoldTableSteps (a few ms). */
const CODES_PER_STEP = 512;

/** buildFoldTable in slices (see runSteps): 60–150 ms at once held the worker's page matching. */
function* buildFoldTableSteps(): Steps<FoldTable> {
  const fold = new Uint16Array(65536);
  const cls = new Uint8Array(65536);
  const zh = yield* buildChineseFold();
  yield;
  for (let c = 0; c < 65536; c++) {
    if (c % CODES_PER_STEP === CODES_PER_STEP - 1) yield;
    // Unified ideographs and surrogates need no Unicode normalisation: only the Chinese fold (fast path).
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd800 && c <= 0xdfff)) {
      fold[c] = zh.get(c) ?? c;
      cls[c] = CLS_CJK;
      continue;
    }
    // Hangul syllables, Yi and private-use characters fold to themselves (fast path).
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0xa000 && c <= 0xa4cf)) {
      fold[c] = c;
      cls[c] = CLS_WORD;
      continue;
    }
    if (c >= 0xe000 && c <= 0xf8ff) {
      fold[c] = c;
      continue;
    }
    const ch = String.fromCharCode(c);
    // Most characters have no decomposition and no lower case: they fold to themselves (fast path).
    const isPlain = ch.normalize('NFKD') === ch && ch.toLowerCase() === ch && !EXTRA_LATIN[ch];
    if (c >= 0x80 && isPlain && !/\p{M}/u.test(ch)) {
      fold[c] = c;
      cls[c] = classify(ch);
      continue;
    }
    let folded = foldLatin(ch);
    const z = folded.length === 1 ? zh.get(folded.charCodeAt(0)) : undefined;
    if (z !== undefined) folded = String.fromCharCode(z);
    // Expansions (ligatures, "①") keep their first letter: rare in names, and offsets stay one-to-one.
    const first = [...folded].find((x) => /[\p{L}\p{N}&]/u.test(x)) ?? folded.slice(0, 1);
    fold[c] = first.length === 1 ? first.charCodeAt(0) : c;
    cls[c] = classify(first);
  }
  for (const ch of DROP_CHARS) cls[ch.charCodeAt(0)] = CLS_DROP;
  for (const ch of BREAK_CHARS) cls[ch.charCodeAt(0)] = CLS_BREAK;
  return { fold, cls };
}

let shared: FoldTable | undefined;

/** The fold table, built on first use and then shared (for callers without an index, e.g. tests). */
export function getFoldTable(): FoldTable {
  shared ??= buildFoldTable();
  return shared;
}

/** getFoldTable in slices: the shared table, built in steps when it is not built yet. */
export function* getFoldTableSteps(): Steps<FoldTable> {
  if (!shared) {
    const built = yield* buildFoldTableSteps();
    shared ??= built;
  }
  return shared;
}
