import type { Entry, NameType } from '../list/format.ts';
import type { FoldTable } from '../names/fold-table.ts';
import { nameKeys } from '../names/tokenize.ts';
import { equivalentLegalVariants, stripLegalForms } from '../names/legal-forms.ts';
import { isCommonWord } from '../names/common-words.ts';
import { NOT_LISTED_NAMES } from './not-listed.ts';

/** Confidence codes stored in the index: 0 confirmed, 1 likely, 2 possible. */
export const CONF_CONFIRMED = 0;
export const CONF_LIKELY = 1;
export const CONF_POSSIBLE = 2;

/** Pattern flag: the page text must be written in capitals (acronyms such as ZTE, SMIC). */
export const FLAG_UPPER = 1;
/** Pattern flag: a known unlisted name; a match suppresses shorter listed names inside it. */
export const FLAG_BLOCK = 2;

/** One searchable form of one entry name. */
export interface Pattern {
  keys: string[];
  entry: number;
  /** The entry name text it comes from (Hit.name). */
  name: string;
  conf: number;
  flags: number;
}

const BASE_CONF: Record<NameType, number> = {
  legal: CONF_CONFIRMED,
  alias: CONF_CONFIRMED,
  former: CONF_CONFIRMED,
  local: CONF_CONFIRMED,
  brand: CONF_LIKELY,
  weak: CONF_POSSIBLE,
};

function isCjkKey(k: string): boolean {
  const c = k.charCodeAt(0);
  return (
    k.length === 1 &&
    ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff))
  );
}

/** Lowest confidence a name can carry because of its shape: very short or an everyday word. */
function shapeCap(keys: readonly string[]): number {
  const cjk = keys.filter(isCjkKey).length;
  if (cjk === keys.length) return cjk <= 2 ? CONF_LIKELY : CONF_CONFIRMED;
  if (keys.length === 1) {
    const k = keys[0] ?? '';
    if (k.length <= 2 || isCommonWord(k)) return CONF_POSSIBLE;
  }
  return CONF_CONFIRMED;
}

/** Acronym rule: one short Latin word, listed in capitals (or ≤ 3 letters), must be in capitals in the text. */
function upperFlag(text: string, keys: readonly string[]): number {
  if (keys.length !== 1) return 0;
  const k = keys[0] ?? '';
  if (isCjkKey(k) || k.length > 5 || /^\d+$/.test(k)) return 0;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return k.length <= 3 || letters === letters.toUpperCase() ? FLAG_UPPER : 0;
}

function swapAnd(keys: readonly string[]): string[] | undefined {
  if (keys.includes('&')) return keys.map((k) => (k === '&' ? 'and' : k));
  if (keys.includes('and')) return keys.map((k) => (k === 'and' ? '&' : k));
  return undefined;
}

function isUsable(keys: readonly string[]): boolean {
  const chars = keys.reduce((n, k) => n + k.length, 0);
  return keys.length > 0 && chars >= 2;
}

/** Every pattern of one entry name: the name, legal-form equivalents, "&"/"and", and the derived core name. */
function namePatterns(text: string, type: NameType, entry: number, table: FoldTable): Pattern[] {
  const keys = nameKeys(text, table);
  const out: Pattern[] = [];
  const add = (k: string[], conf: number): void => {
    if (!isUsable(k)) return;
    const c = Math.max(conf, shapeCap(k));
    out.push({ keys: k, entry, name: text, conf: c, flags: upperFlag(text, k) });
  };
  const base = BASE_CONF[type];
  const exact = [keys, ...equivalentLegalVariants(keys)];
  for (const k of exact) {
    add(k, base);
    const swapped = swapAnd(k);
    if (swapped) add(swapped, base);
  }
  const core = stripLegalForms(keys);
  if (core.length < keys.length) {
    add(core, Math.max(base, CONF_LIKELY));
    const swapped = swapAnd(core);
    if (swapped) add(swapped, Math.max(base, CONF_LIKELY));
  }
  return out;
}

/** All patterns of all entries plus the built-in unlisted names that block false hits. */
export function collectPatterns(entries: readonly Entry[], table: FoldTable): Pattern[] {
  const out: Pattern[] = [];
  entries.forEach((e, i) => {
    for (const n of e.names) out.push(...namePatterns(n.text, n.type, i, table));
  });
  for (const text of NOT_LISTED_NAMES) {
    out.push({ keys: nameKeys(text, table), entry: -1, name: text, conf: CONF_POSSIBLE, flags: FLAG_BLOCK });
  }
  return out;
}
