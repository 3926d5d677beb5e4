// Shape rules of one listed name form: how sure a form is and how the text must write it, from how likely its
// letters are to mean something else (see names/ambiguity.ts and docs/matching.md).
import type { NameType } from '../list/format.ts';
import { isCommonWord, isPlaceWord, isVeryCommonWord } from '../names/common-words.ts';
import { isPersonName, isPlaceName } from '../names/name-words.ts';
import { oneWordAmbiguity } from '../names/ambiguity.ts';
import { EVERYDAY_ZH_WORDS } from './cjk-guards.ts';
import * as F from './flags.ts';

/** Confidence codes stored in the index: 0 confirmed, 1 likely, 2 possible. */
export const CONF_CONFIRMED = 0;
export const CONF_LIKELY = 1;
export const CONF_POSSIBLE = 2;
const { FLAG_CAP, FLAG_UPPER } = F;

export function isCjkKey(k: string): boolean {
  const c = k.charCodeAt(0);
  return (
    k.length === 1 &&
    ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff))
  );
}

/** Lowest confidence a name can carry because of its shape: very short or an everyday word. */
const NUMERALS = '一二三四五六七八九十两';

/** An everyday word, a number or a single letter: nothing in it points to one company. */
export function isGenericWord(k: string): boolean {
  if (isCjkKey(k)) return false;
  return k === '&' || k.length === 1 || /^\d+$/.test(k) || (isVeryCommonWord(k) && !isPlaceWord(k));
}

/** Proper-name rule: a name listed with a capital must start with a capital in the text ("router" ≠ Router). */
export function capitalFlag(text: string): number {
  const first = /\p{L}/u.exec(text)?.[0] ?? '';
  return first !== first.toLowerCase() ? FLAG_CAP : 0;
}

/** Lowest confidence a name can carry because of its shape: very short or everyday words. */
export function shapeCap(keys: readonly string[]): number {
  let cjk = 0;
  for (const k of keys) if (isCjkKey(k)) cjk++;
  if (cjk === keys.length) {
    // 一机, 三星 …: a numeral and a noun is an ordinary word.
    if (cjk <= 2 && NUMERALS.includes(keys[0] ?? '')) return CONF_POSSIBLE;
    if (EVERYDAY_ZH_WORDS.has(keys.join(''))) return CONF_POSSIBLE;
    return cjk <= 2 ? CONF_LIKELY : CONF_CONFIRMED;
  }
  if (keys.length === 1) {
    const k = keys[0] ?? '';
    if (k.length <= 2 || isCommonWord(k)) return CONF_POSSIBLE;
  }
  return CONF_CONFIRMED;
}

/** The word of `text` whose folded form is `key`, as the list writes it (its case tells an acronym). */
export function listedWord(text: string, key: string): string {
  const words = text.split(/[^\p{L}\p{N}]+/u);
  return words.find((w) => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() === key) ?? key;
}

/**
 * A derived name that is one word ("Alrosa" from "PUBLIC JOINT STOCK COMPANY ALROSA", "Lowell" from "LOWELL
 * LIMITED") is shown only when the word is distinctive (see names/ambiguity.ts), whatever the company's country;
 * otherwise it is weak and waits for corroboration. A derived form of two CJK characters (洪都 from 洪都集团) too.
 */
export function derivedShapeCap(keys: readonly string[], text: string): number {
  if (keys.every(isCjkKey)) return keys.length <= 2 ? CONF_POSSIBLE : CONF_CONFIRMED;
  if (keys.length !== 1) return CONF_CONFIRMED;
  const word = keys[0] ?? '';
  return oneWordAmbiguity(listedWord(text, word), word) === undefined ? CONF_CONFIRMED : CONF_POSSIBLE;
}

/**
 * Acronym rule: one short Latin word must be written as the list writes it. Three letters or fewer, initials
 * (MPEG, SMIC) and any four letters listed in capitals: capitals in the text. A pronounceable distinctive name
 * listed in capitals (HAMAS, COSCO, COMAC) is written in Title Case by news, whatever its country, so that counts
 * too. A short name listed in mixed case ("Helo") is not matched in capitals (SMTP's HELO).
 */
export function upperFlag(text: string, keys: readonly string[]): number {
  if (keys.length !== 1) return 0;
  const k = keys[0] ?? '';
  if (isCjkKey(k) || k.length > 5 || /^\d+$/.test(k)) return 0;
  if (k.length <= 3) return FLAG_UPPER;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters !== letters.toUpperCase()) return k.length <= 4 ? F.FLAG_NOT_UPPER : 0;
  const why = oneWordAmbiguity(listedWord(text, k), k);
  return why === 'short' || why === 'acronym' ? FLAG_UPPER : 0;
}

/**
 * A one-word name the list writes in mixed case ("Unikom"), derived or a list alias, is not matched written in
 * capitals in running text: "UNIKOM" there is the initials of something else (a UN mission). Names of up to seven
 * letters, the length of most acronyms; a curated or as-listed legal name keeps matching in a capitals headline.
 */
export function mixedCaseFlag(text: string, keys: readonly string[], isWeakForm: boolean): number {
  if (!isWeakForm || keys.length !== 1) return 0;
  const k = keys[0] ?? '';
  if (isCjkKey(k) || k.length > 7 || /^\d+$/.test(k)) return 0;
  const letters = listedWord(text, k).replace(/[^\p{L}]/gu, '');
  return letters !== letters.toUpperCase() && letters !== letters.toLowerCase() ? F.FLAG_NOT_UPPER : 0;
}

/** Arabic articles that open a name ("al-Aqsa", "el-Nour", "ad-Dawa"). */
const NAME_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an']);

/** A word that says nothing about which company is meant: everyday, or a person's or a place's name. */
export function isOrdinaryWord(k: string): boolean {
  return isCommonWord(k) || isPersonName(k) || isPlaceName(k) || isPlaceWord(k);
}

/**
 * Isolation rule: a Latin name made only of ordinary words ("Lowell", "Digital Security"), or one word derived by
 * dropping a legal form, is not matched inside a longer capitalised name ("Lowell Observatory", "eEye Digital
 * Security", "Pooya Parsa"). Listed names with a distinctive word (Huawei, Hikvision) or an acronym (ZTE) still
 * match there ("Huawei Cloud", "ZTE Axon").
 */
export function isolationFlag(
  keys: readonly string[],
  text: string,
  isDerived: boolean,
  isCurated = false,
): number {
  if (keys.some(isCjkKey)) return 0;
  // An article and one word (AL-AQSA, AL FURQAN) names a mosque, a foundation, a brigade … as often as the listed
  // party: before another capitalised word ("Al-Aqsa Mosque") it is that longer name. Curated names (al-Qaeda) match.
  if (!isCurated && keys.length === 2 && NAME_ARTICLES.has(keys[0] ?? '')) return F.FLAG_ISOLATED;
  // One word left after dropping a legal form ("Parsa" from PARSA COMPANY) next to another capitalised word is
  // part of another name ("Pooya Parsa"), however distinctive the word.
  if (isDerived && keys.length === 1) return F.FLAG_ISOLATED;
  const isAcronym = (k: string): boolean => {
    const w = listedWord(text, k);
    return k.length <= 5 && w === w.toUpperCase() && w !== w.toLowerCase();
  };
  const isOrdinary = (k: string) => /^\d+$/.test(k) || k.length <= 2 || (isOrdinaryWord(k) && !isAcronym(k));
  return keys.every(isOrdinary) ? F.FLAG_ISOLATED : 0;
}

/**
 * Name rule: a listed name that is one given name, surname or place ("Elena", "Constanta"), or one short word or
 * initials (a legal name "SSI", "OAI"), or any one-word alias of a list row, is weak: it shows only when corroborated.
 * Curated names (brand, local) are exempt: a curator chose them as the name news uses.
 */
export function personOrPlaceCap(
  keys: readonly string[],
  text: string,
  isCurated: boolean,
  type: NameType,
): number {
  if (keys.length !== 1 || isCurated) return CONF_CONFIRMED;
  const k = keys[0] ?? '';
  const why = oneWordAmbiguity(listedWord(text, k), k);
  // Short names and initials in alias fields were already typed by the compiler (weak unless well known).
  const isShortLegal = (why === 'short' || why === 'acronym') && (type === 'legal' || type === 'former');
  // A one-word alias from a list row (AEROCOM, Ultron, Zvezda) is a nickname that other companies, films, places and
  // people bear too, however distinctive its letters look; it shows when the page corroborates it.
  const isListAlias = type === 'alias';
  // A one-word legal name made of English (SINBAD = sin+bad) names a character, a film or a shop as often.
  const isEnglishLegal = why === 'compound' && (type === 'legal' || type === 'former');
  return why === 'name' || why === 'place' || isShortLegal || isListAlias || isEnglishLegal
    ? CONF_POSSIBLE
    : CONF_CONFIRMED;
}

/** "MS-13", "MS 13": up to four capitals and a number. */
export function isInitialsAndNumber(text: string): boolean {
  return /^\p{Lu}{2,4}[- ]?\d+$/u.test(text.trim());
}
