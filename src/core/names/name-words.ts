import { NAME_WORDS_CODED, PLACE_WORDS_CODED } from './name-words-data.ts';
import { decodeWords } from './common-words.ts';

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
