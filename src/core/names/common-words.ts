import { COMMON_WORDS_CODED, LESS_COMMON_WORDS_CODED } from './common-words-data.ts';
import type { Steps } from '../steps.ts';

let words: Set<string> | undefined;
let veryCommon: Set<string> | undefined;

/** Decodes front-coded word chunks (see scripts/gen-common-words.ts). */
export function decodeWords(chunks: readonly string[]): string[] {
  const out: string[] = [];
  let prev = '';
  for (const chunk of chunks) {
    for (const coded of chunk.split(' ')) {
      prev = prev.slice(0, coded.charCodeAt(0) - 48) + coded.slice(1);
      out.push(prev);
    }
  }
  return out;
}

/** Coded chunks decoded between two pauses of decodeWordsSteps (about 1 ms). */
const CHUNKS_PER_STEP = 64;

/** decodeWords into a set, in slices: the word sets took 100–200 ms at once in the worker's first index build. */
export function* decodeWordsSteps(chunks: readonly string[], into: Set<string>): Steps<void> {
  let prev = '';
  for (let i = 0; i < chunks.length; i++) {
    for (const coded of (chunks[i] as string).split(' ')) {
      prev = prev.slice(0, coded.charCodeAt(0) - 48) + coded.slice(1);
      into.add(prev);
    }
    if (i % CHUNKS_PER_STEP === CHUNKS_PER_STEP - 1) yield;
  }
}

/** Builds the common-word sets in slices when they are not built yet (see isCommonWord, isVeryCommonWord). */
export function* prepareCommonWords(): Steps<void> {
  if (!veryCommon) {
    const very = new Set<string>();
    yield* decodeWordsSteps(COMMON_WORDS_CODED, very);
    veryCommon ??= very;
  }
  if (!words) {
    const all = new Set<string>();
    yield* decodeWordsSteps(COMMON_WORDS_CODED, all);
    yield* decodeWordsSteps(LESS_COMMON_WORDS_CODED, all);
    words ??= all;
  }
}

/** The 20,000 most frequent English words. */
export function commonWordList(): string[] {
  return decodeWords(COMMON_WORDS_CODED);
}

/** True when a folded single word is an everyday English word, up to rank 50,000 (a name of it alone is weak). */
export function isCommonWord(word: string): boolean {
  words ??= new Set([...commonWordList(), ...decodeWords(LESS_COMMON_WORDS_CODED)]);
  return words.has(word);
}

/** True for the 20,000 most frequent words: a name made only of these is generic ("Technical Services"). */
export function isVeryCommonWord(word: string): boolean {
  veryCommon ??= new Set(commonWordList());
  return veryCommon.has(word);
}

// Countries, nationalities and regions in everyday use: "China Mobile" is specific although both are common words.
const PLACE_WORDS = new Set(
  (
    'china chinese russia russian america american korea korean japan japanese iran iranian syria syrian cuba cuban ' +
    'india indian asia asian pacific europe european africa african arab arabia hong kong beijing shanghai moscow ' +
    'turkey turkish israel german germany france french british britain england english canada canadian mexico ' +
    'brazil italy italian spain spanish dubai emirates pakistan afghan vietnam siberia siberian tehran'
  ).split(' '),
);

/** True for a country, nationality or region word. */
export function isPlaceWord(word: string): boolean {
  return PLACE_WORDS.has(word);
}

// Words that name a part of any state ("Ministry of Defence", "Quartermaster General's Office", "Border Guard"): a
// name of everyday words with one of them is every country's body of that name, however many words it has.
const GOVERNMENT_BODY_WORDS = new Set(
  (
    'ministry office department directorate bureau administration agency council committee commission army navy ' +
    'police guard guards court service services inspectorate command headquarters secretariat'
  ).split(' '),
);

/** True for a word that names a part of a state (ministry, office, army …). */
export function isGovernmentBodyWord(word: string): boolean {
  return GOVERNMENT_BODY_WORDS.has(word);
}
