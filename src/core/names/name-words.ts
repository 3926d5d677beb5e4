import { NAME_WORDS_CODED, PLACE_WORDS_CODED } from './name-words-data.ts';
import { finishSteps, type Steps } from '../steps.ts';
import { wordSetSteps, type WordSet } from './word-set.ts';

let names: WordSet | undefined;
let places: WordSet | undefined;

/** True for a folded word that English text uses as a given name or surname (Elena, Lowell, Wagner). */
export function isPersonName(word: string): boolean {
  names ??= finishSteps(wordSetSteps([NAME_WORDS_CODED]));
  return names.has(word);
}

/** True for a folded word that names a town of 15,000+ inhabitants (Constanta, Lowell). */
export function isPlaceName(word: string): boolean {
  places ??= finishSteps(wordSetSteps([PLACE_WORDS_CODED]));
  return places.has(word);
}

/** Builds the name and place sets in slices when they are not built yet (see isPersonName, isPlaceName). */
export function* prepareNameWords(): Steps<void> {
  if (!names) {
    const built = yield* wordSetSteps([NAME_WORDS_CODED]);
    names ??= built;
  }
  if (!places) {
    const built = yield* wordSetSteps([PLACE_WORDS_CODED]);
    places ??= built;
  }
}
