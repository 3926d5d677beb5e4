/**
 * How likely one word of a listed name is to mean something else in ordinary text: the single measure behind the
 * one-word rules of the matcher (which forms need corroboration) and of the compiler (which list aliases are weak).
 * Word frequencies come from SUBTLEX-US (everyday words), given names and surnames from humannames ∩ CMUdict, places
 * from GeoNames (see scripts/gen-common-words.ts and scripts/gen-name-words.ts).
 */
import { isCommonWord, isPlaceWord, isVeryCommonWord } from './common-words.ts';
import { isPersonName, isPlaceName } from './name-words.ts';

/**
 * Why a word is likely to mean something else, most specific first:
 * - `short`: four letters or fewer (any four letters spell some other organisation's initials);
 * - `acronym`: written in capitals and not pronounceable (MPEG, NTSC: initials of many other things);
 * - `everyday`: a dictionary word (top 50,000 of SUBTLEX-US);
 * - `name`: a given name or surname used in English text (Elena, Lowell);
 * - `place`: a town of 15,000+ inhabitants or a country word (Constanta);
 * - `compound`: an everyday word with a short or everyday tail (Netrix = net+rix, Mindex = mind+ex);
 * - `pinyin`: a bare romanised Chinese word (Zhiyuan): the same letters spell many Chinese words and given names.
 * A word with none of these (Alrosa, Sovcomflot, Hikvision) is distinctive.
 */
export type Ambiguity = 'short' | 'acronym' | 'everyday' | 'name' | 'place' | 'compound' | 'pinyin';

const VOWELS = /[aeiouy]/g;

/** Pinyin syllables (initial + final); a word made only of two or more of them reads as romanised Chinese. */
const PINYIN =
  /^(?:(?:zh|ch|sh|[dtnlgkhjqxrzcsy])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|u)|[bpmfw](?:ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|a|o|e|i|u)){2,}$/;
/** Written in capitals and pronounceable as a word (HAMAS, ALROSA, COSCO), not spelled out as initials (AASPT). */
const SAYABLE = /^[bcdfghjklmnpqrstvwxz]{0,2}(?:[aeiouy]+[bcdfghjklmnpqrstvwxz]{0,2})+$/;

/**
 * True when `word` is an everyday word with an everyday tail (Sensetime), with a tail of one or two letters
 * (Mindex = mind+ex), or, in six letters or more, with a tail of three (Netrix = net+rix, Consys = con+sys): made of
 * English, so other companies and products are likely to be called that too.
 */
function isEnglishCompound(word: string): boolean {
  for (let cut = 3; cut <= word.length - 1; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (!isVeryCommonWord(head)) continue;
    if (tail.length >= 3 && isVeryCommonWord(tail)) return true;
    if ((tail.length <= 2 && head.length >= 4) || (tail.length === 3 && word.length >= 6)) return true;
  }
  return false;
}

/** True for a folded word made only of pinyin syllables (zhiyuan = zhi yuan). */
export function isPinyinWord(word: string): boolean {
  return PINYIN.test(word);
}

/**
 * The ambiguity of a one-word name: `listed` is the word as the list writes it (its case tells an acronym), `word`
 * its folded key. Undefined when the word is distinctive.
 */
export function oneWordAmbiguity(listed: string, word: string): Ambiguity | undefined {
  if (!/^[a-z0-9]+$/.test(word)) return undefined;
  const letters = listed.replace(/[^\p{L}\p{N}]/gu, '');
  if (word.length <= 4) return 'short';
  const isCapitals = letters === letters.toUpperCase();
  if (isCapitals && word.length <= 6 && ((word.match(VOWELS)?.length ?? 0) < 2 || !SAYABLE.test(word)))
    return 'acronym';
  if (isCommonWord(word)) return 'everyday';
  if (isPersonName(word)) return 'name';
  if (isPlaceName(word) || isPlaceWord(word)) return 'place';
  if (/\p{Ll}\p{Lu}/u.test(listed)) return undefined; // ByteDance, CloudWalk: a coined spelling
  if (isEnglishCompound(word)) return 'compound';
  if (isPinyinWord(word)) return 'pinyin';
  return undefined;
}
