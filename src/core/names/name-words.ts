import { NAME_WORDS_CODED, PLACE_WORDS_CODED } from './name-words-data.ts';
import { decodeWords, decodeWordsSteps } from './common-words.ts';
import type { Steps } from '../steps.ts';

let names: Set<string> | undefined;
let places: Set<string> | undefined;

/** True for a folded word that English text uses as a given name or surname (Elena, Lowell, Wagner). */
export function isPersonName(word: string): boolean {
  names ??= new Set(decodeWords(NAME_WORDS_CODED));
  return names.has(word);
}

/** True for a folded word that names a town of 15,000+ inhabitants (Constanta, Lowell). */
export function isPlaceName(word: string): boolean {
  places ??= new Set(decodeWords(PLACE_WORDS_CODED));
  return places.has(word);
}

/** Builds the name and place sets in slices when they are not built yet (see isPersonName, isPlaceName). */
export function* prepareNameWords(): Steps<void> {
  if (!names) {
    const built = new Set<string>();
    yield* decodeWordsSteps(NAME_WORDS_CODED, built);
    names ??= built;
  }
  if (!places) {
    const built = new Set<string>();
    yield* decodeWordsSteps(PLACE_WORDS_CODED, built);
    places ??= built;
  }
}
