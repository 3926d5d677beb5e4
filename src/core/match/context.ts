// Company context around a weak form: the words that show a name is meant as a company ("shares of", "the company",
// a legal form, 公司). Pure and small: the scanner calls it only for weak forms that corroboration can show.

/** Words right before a name that introduce a company or an armed group ("shares of X", "Chinese chipmaker X"). */
const BEFORE =
  /(?:\bshares? (?:of|in)|\bstake in|\bsubsidiar(?:y|ies) of|\bunits? of|\bspun off from|\bacquired by|\b(?:company|companies|firm|corporation|conglomerate|group|maker|manufacturer|supplier|vendor|contractor|producer|exporter|lender|bank|carrier|operator|miner|shipper|chipmaker|automaker|militia|organi[sz]ation))\s+$/i;
/** Words right after a name ("X's shares", "X, the company", "X said in a statement", "X Inc" is a legal form). */
const AFTER =
  /^(?:['’]s\s+)?(?:shares|stock|\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:company|firm|group|maker|manufacturer|supplier|bank|lender|conglomerate|militia))\b/i;
/** Chinese: 公司 (company), 集团 (group), 股份 (shares), 旗下 (owned by), 股价 (share price) right after the name. */
const AFTER_ZH = /^[\s]?(?:公司|集团|集團|股份|旗下|股价|股價|企业|企業)/;

/** The most general nouns of BEFORE: "company CST copy" uses them as modifiers too. */
const GENERAL_NOUN_BEFORE = /\b(?:company|companies|firm|group)\s+$/i;

/**
 * True when the text around [start, end) says the name is a company (same sentence, a few words away). For
 * `isInitials` (three or four capitals: initials of many things) a general noun before it ("company", "group") is
 * not enough; a phrase ("shares of") or a trade ("chipmaker") is.
 */
export function hasCompanyContext(text: string, start: number, end: number, isInitials = false): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (BEFORE.test(before) && !(isInitials && GENERAL_NOUN_BEFORE.test(before))) return true;
  return AFTER.test(after) || AFTER_ZH.test(after);
}

/**
 * Words of modern written Chinese that classical poems and prose do not use (的, 了, 们, 这, 吗 …), in both scripts.
 * Latin letters and digits count as modern too (a product name, a date, a price).
 */
const MODERN_ZH = /[的了们們这這吗嗎呢吧个個没沒很您a-zA-Z0-9０-９]/;
const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** How far either side of a name to look, and how many ideographs that window needs before it tells anything. */
const CLASSICAL_WINDOW = 60;
const CLASSICAL_MIN_CJK = 40;

/**
 * True when [start, end) sits in classical Chinese (a Tang poem, a Song ci, classical prose): a long run of
 * ideographs around it without one modern word. A two-character company name there (百度 "a hundred measures", 華爲
 * "Mount Hua made into", 海康 in 寰海康) is two ordinary classical words, not the company.
 */
export function isClassicalChinese(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - CLASSICAL_WINDOW), end + CLASSICAL_WINDOW);
  if (MODERN_ZH.test(around)) return false;
  return (around.match(CJK_CHAR)?.length ?? 0) >= CLASSICAL_MIN_CJK;
}
