/**
 * Which list aliases are too weak to badge on their own: everyday words ("best", "stream", "justice") and very
 * short fragments, and bare place names. The word list is passed in (the CLI uses a dictionary; tests pass small sets) so core stays small.
 */

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

/** Minimum letters/digits a Latin-script alias needs before it can badge on its own. */
export const MIN_STRONG_ALIAS_CHARS = 4;

/**
 * Whether a list alias should be typed `weak`: fewer than 4 letters/digits (1 for CJK script), a single everyday
 * word, or two words that are both everyday words ("Golden Star").
 */
export function isWeakAlias(alias: string, isCommonWord: CommonWordTest): boolean {
  const words = alias
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const chars = words.join('');
  if (CJK.test(chars)) return [...chars].length < 2;
  if (chars.length < MIN_STRONG_ALIAS_CHARS) return true;
  if (PLACES.has(chars)) return true;
  if (words.length === 1) return isCommonWord(words[0] ?? '');
  if (words.length === 2) return words.every((w) => isCommonWord(w));
  return false;
}

/** A test that knows no words: only the length rule applies (used when no dictionary is available). */
export const NO_COMMON_WORDS: CommonWordTest = () => false;
