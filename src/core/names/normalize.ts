import { getFoldTable, type FoldTable } from './fold-table.ts';
import { nameKeys } from './tokenize.ts';
import { stripLegalForms } from './legal-forms.ts';

/**
 * Normalised form of a name: NFKC, case folded, diacritics removed, traditional Chinese folded to simplified,
 * punctuation, quotes, dashes and whitespace variants collapsed to single spaces. CJK characters stay unspaced.
 */
export function normalizeName(text: string, table: FoldTable = getFoldTable()): string {
  return joinKeys(nameKeys(text, table));
}

/** Normalised name with legal forms (Co., Ltd., GmbH, 有限公司 …) and a leading "the" removed. */
export function coreName(text: string, table: FoldTable = getFoldTable()): string {
  return joinKeys(stripLegalForms(nameKeys(text, table)));
}

/** Joins token keys: a space between Latin-like tokens, nothing next to CJK characters. */
export function joinKeys(keys: readonly string[]): string {
  let out = '';
  let prevCjk = true;
  for (const k of keys) {
    const isCjk = k.length === 1 && isCjkKey(k);
    if (out.length > 0 && !isCjk && !prevCjk) out += ' ';
    out += k;
    prevCjk = isCjk;
  }
  return out;
}

function isCjkKey(k: string): boolean {
  const c = k.charCodeAt(0);
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff);
}
