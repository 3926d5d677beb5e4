/**
 * Which list aliases are too weak to badge on their own: everyday words ("best", "stream", "justice") and very
 * short fragments, and bare place names. The word list is passed in (the CLI uses a dictionary; tests pass small sets) so core stays small.
 */

import type { EntryName } from './format.ts';
import { EVERYDAY_ZH_WORDS } from '../match/cjk-guards.ts';
import { normalizeName } from '../names/normalize.ts';
import { oneWordAmbiguity } from '../names/ambiguity.ts';
import { isGovernmentBodyWord } from '../names/common-words.ts';

/** True when a word (lower-case) is an everyday dictionary word. */
export type CommonWordTest = (word: string) => boolean;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Countries and large cities that appear as one-word list aliases ("Shanghai"): never enough on their own. */
const PLACES = new Set(
  (
    'china beijing shanghai shenzhen guangzhou tianjin chongqing wuhan chengdu hangzhou nanjing xian harbin dalian ' +
    'xinjiang tibet hongkong macau macao taiwan russia moscow petersburg iran tehran syria damascus iraq baghdad ' +
    'korea pyongyang cuba havana venezuela caracas belarus minsk lebanon beirut yemen afghanistan kabul pakistan ' +
    'karachi dubai emirates turkey istanbul india delhi mumbai germany berlin london paris europe asia africa america'
  ).split(' '),
);

/** Words that say nothing in a name of everyday words. */
const SMALL_WORDS = new Set(['the', 'of', 'and', 'for']);

/** Minimum letters/digits a Latin-script alias needs before it can badge on its own. */
export const MIN_STRONG_ALIAS_CHARS = 4;

/**
 * Whether a list alias should be typed `weak`: fewer than 4 letters/digits (1 for CJK script), a single everyday
 * word, or up to four words that are all everyday words ("Golden Star", "People's Liberation Army"), unless three
 * or more of them shorten the row's legal name (`legalName`).
 */
export function isWeakAlias(alias: string, isCommonWord: CommonWordTest, legalName = ''): boolean {
  const words = wordsOf(alias);
  const chars = words.join('');
  if (CJK.test(chars)) return [...chars].length < 2;
  if (chars.length < MIN_STRONG_ALIAS_CHARS) return true;
  if (PLACES.has(chars)) return true;
  if (words.length === 1) return isCommonWord(words[0] ?? '');
  // Up to four words, all everyday once small words are set aside ("Golden Star", "People's Liberation Army" as
  // an alias of Shining Path): another body's name as often as this party's.
  const significant = words.filter((w) => w.length > 2 && !SMALL_WORDS.has(w));
  if (words.length <= 4 && significant.length > 0 && significant.every((w) => isCommonWord(w)))
    return !(significant.length >= 3 && shortensName(significant, wordsOf(legalName)));
  return false;
}

function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * True when every word of an alias stands in the row's legal name (the same first five letters: Palestinian for
 * PALESTINE): "China State Shipbuilding Corporation" for CHINA STATE SHIPBUILDING CORPORATION LIMITED is the legal
 * name shortened, not another body's name of everyday words ("People's Liberation Army" for Shining Path). Names of
 * a part of a state ("Quartermaster General's Office") stay weak: every state has one.
 */
function shortensName(alias: readonly string[], legal: readonly string[]): boolean {
  if (alias.some(isGovernmentBodyWord)) return false;
  const stems = new Set(legal.map((w) => w.slice(0, 5)));
  return alias.every((w) => stems.has(w.slice(0, 5)));
}

/** Ordinary Chinese words that are also short company or app names: the matcher's list plus 快手 (Kuaishou). */
const EVERYDAY_ZH: ReadonlySet<string> = new Set([...EVERYDAY_ZH_WORDS, '快手']);

/**
 * Makes weakness agree across Chinese scripts: names are compared in their script-folded form (traditional →
 * simplified with the matcher's OpenCC table, so 中興 = 中兴); if one non-legal name of a form is weak, or the form
 * is an everyday Chinese word (彩虹, 快手), every non-legal name of that form is weak.
 */
export function markFoldedWeak(names: EntryName[]): EntryName[] {
  const folded = names.map((n) => (CJK.test(n.text) ? normalizeName(n.text) : undefined));
  const weakForms = new Set<string>();
  names.forEach((n, i) => {
    const form = folded[i];
    if (form !== undefined && n.type !== 'legal' && (n.type === 'weak' || EVERYDAY_ZH.has(form)))
      weakForms.add(form);
  });
  return names.map((n, i) => {
    const form = folded[i];
    const weak = form !== undefined && n.type !== 'legal' && n.type !== 'weak' && weakForms.has(form);
    return weak ? { ...n, type: 'weak' } : n;
  });
}

/** A test that knows no words: only the length rule applies (used when no dictionary is available). */
export const NO_COMMON_WORDS: CommonWordTest = () => false;

/**
 * A short name that is likely to mean something else in ordinary text: one Latin word that is short, initials, an
 * everyday word, a given name, surname or place, an English compound or bare pinyin (see names/ambiguity.ts), or
 * two CJK characters (百度 inside 千百度, 西飞 inside 东飞伯劳西飞燕). Such a name from an alias or brand field badges
 * only when the page corroborates it, unless news-names.json lists it as well known.
 */
export function isAmbiguousShortName(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  if (CJK.test(t)) return /^[\p{Script=Han}]{1,2}$/u.test(t);
  // One word once punctuation is set aside ("Face++" is the everyday word "face").
  const words = t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (words.length !== 1) return false;
  const listed = words[0] ?? '';
  return (
    oneWordAmbiguity(listed, listed.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()) !== undefined
  );
}
