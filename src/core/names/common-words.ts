import { COMMON_WORDS_CODED, LESS_COMMON_WORDS_CODED } from './common-words-data.ts';
import { finishSteps, type Steps } from '../steps.ts';
import { wordSetSteps, type WordSet } from './word-set.ts';

/** Every common word, the 20,000 most frequent first (see isVeryCommonWord). */
let words: WordSet | undefined;

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

const LISTS = [COMMON_WORDS_CODED, LESS_COMMON_WORDS_CODED];

/** Builds the common-word set in slices when it is not built yet (see isCommonWord, isVeryCommonWord). */
export function* prepareCommonWords(): Steps<void> {
  if (!words) {
    const built = yield* wordSetSteps(LISTS);
    words ??= built;
  }
}

/** The 20,000 most frequent English words. */
export function commonWordList(): string[] {
  return decodeWords(COMMON_WORDS_CODED);
}

/** True when a folded single word is an everyday English word, up to rank 50,000 (a name of it alone is weak). */
export function isCommonWord(word: string): boolean {
  words ??= finishSteps(wordSetSteps(LISTS));
  return words.has(word);
}

/** True for the 20,000 most frequent words: a name made only of these is generic ("Technical Services"). */
export function isVeryCommonWord(word: string): boolean {
  words ??= finishSteps(wordSetSteps(LISTS));
  const at = words.indexOf(word);
  return at >= 0 && at < (words.listEnds[0] as number);
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
