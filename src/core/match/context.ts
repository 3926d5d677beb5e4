// Company context around a weak form: the words that show a name is meant as a company ("shares of", "the company",
// a legal form, 公司). Pure and small: the scanner calls it only for weak forms that corroboration can show.

/** Words right before a name that introduce a company or an armed group ("shares of X", "Chinese chipmaker X"). */
const BEFORE =
  /(?:\bshares? (?:of|in)|\bstake in|\bsubsidiar(?:y|ies) of|\bunits? of|\bspun off from|\bacquired by|\b(?:company|companies|firm|corporation|conglomerate|group|maker|manufacturer|supplier|vendor|contractor|producer|exporter|lender|bank|carrier|operator|miner|shipper|chipmaker|automaker|militia|organi[sz]ation))\s+$/i;
/** Words right after a name ("X's shares", "X, the company", "X said in a statement", "X Inc" is a legal form). */
const AFTER =
  /^(?:['’]s\s+)?(?:shares|stock|\s*,\s*(?:the|a|an)\s+(?:\w+\s+)?(?:company|firm|group|maker|manufacturer|supplier|bank|lender|conglomerate|militia))\b/i;
/** Chinese: 公司 (company), 集团 (group), 股份 (shares), 旗下 (owned by), 股价 (share price) right after the name. */
const AFTER_ZH = /^[\s]?(?:公司|集团|集團|股份|旗下|股价|股價|企业|企業)/;

/** True when the text around [start, end) says the name is a company (same sentence, a few words away). */
export function hasCompanyContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return BEFORE.test(before) || AFTER.test(after) || AFTER_ZH.test(after);
}
