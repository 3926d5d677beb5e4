import { CLS_BREAK, CLS_CJK, CLS_DROP, CLS_WORD, type FoldTable } from './fold-table.ts';

/** One token of a string: [start, end) in UTF-16 units of the input, and its folded text. */
export interface Token {
  start: number;
  end: number;
  key: string;
  /** True for a single CJK/kana code unit (matched inside unspaced text). */
  isCjk: boolean;
  /** True for a sentence break (never part of a name). */
  isBreak: boolean;
}

/**
 * Splits text into folded tokens: Latin-like words (letters, digits, "&"; apostrophes and combining marks join),
 * single CJK code units, and sentence breaks. Separators (spaces, punctuation, dashes) are dropped.
 */
export function tokenize(text: string, table: FoldTable): Token[] {
  const { fold, cls } = table;
  const out: Token[] = [];
  let start = -1;
  let key = '';
  const flush = (end: number): void => {
    if (start >= 0) out.push({ start, end, key, isCjk: false, isBreak: false });
    start = -1;
    key = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = cls[c];
    if (k === CLS_WORD) {
      if (start < 0) start = i;
      key += String.fromCharCode(fold[c] ?? c);
    } else if (k === CLS_DROP) {
      continue;
    } else {
      flush(i);
      if (k === CLS_CJK) {
        out.push({
          start: i,
          end: i + 1,
          key: String.fromCharCode(fold[c] ?? c),
          isCjk: true,
          isBreak: false,
        });
      } else if (k === CLS_BREAK) {
        out.push({ start: i, end: i + 1, key: '', isCjk: false, isBreak: true });
      }
    }
  }
  flush(text.length);
  return out;
}

/** Folded token keys of a name (breaks dropped); the same rules as tokenize, without offsets. */
export function nameKeys(text: string, table: FoldTable): string[] {
  const { fold, cls } = table;
  const out: string[] = [];
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = cls[c];
    if (k === CLS_WORD) word += String.fromCharCode(fold[c] ?? c);
    else if (k === CLS_DROP) continue;
    else {
      if (word.length > 0) out.push(word);
      word = '';
      if (k === CLS_CJK) out.push(String.fromCharCode(fold[c] ?? c));
    }
  }
  if (word.length > 0) out.push(word);
  return out;
}
