import type { EntryKind, EntryName } from '../list/format.ts';
import { splitTrailingAlias } from './listed-name.ts';

// Names as the two UK lists print them (the FCDO's UK Sanctions List and OFSI's former consolidated list): one row per
// name and address of a designation, the name in Name 6 (an entity's whole name, a person's family name) and Name 1–5
// (a person's given names).

/** Reads one column of a row. */
export type Get = (column: string) => string;

/** Columns of the name fields, which the two files spell differently. */
export interface UkNameColumns {
  nameType: string;
  strength: string;
  nonLatin: string;
  language: string;
}

const LANGS: Record<string, string> = {
  russian: 'ru',
  chinese: 'zh',
  arabic: 'ar',
  persian: 'fa',
  'persian/farsi': 'fa',
  korean: 'ko',
  belarusian: 'be',
  ukrainian: 'uk',
};

/** `dd/mm/yyyy` (the lists' dates) to ISO, or undefined. */
export function ukDate(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}` : undefined;
}

/** The name of one row: a person's given names before the family name, an entity's Name 6 first. */
export function fullName(get: Get, kind: EntryKind): string {
  const given = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'].map(get).filter(Boolean);
  const parts = kind === 'person' ? [...given, get('Name 6')] : [get('Name 6'), ...given];
  return parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/** The primary name's row: the first marked "Primary name", else the first row. */
function primaryRow(rows: readonly Get[], cols: UkNameColumns): Get | undefined {
  return rows.find((g) => /^primary name$/i.test(g(cols.nameType))) ?? rows[0];
}

/**
 * A designation's primary name and its other names, each once (the files print every name once per address). A
 * trailing short form in brackets is a name of its own ("LIBERATION TIGERS OF TAMIL EELAM (LTTE)" → that name
 * without it, and "LTTE"); a "Low quality" alias is weak (it may never badge on its own). Undefined without a name.
 */
export function ukNames(
  rows: readonly Get[],
  kind: EntryKind,
  cols: UkNameColumns,
): { primary: string; others: EntryName[] } | undefined {
  const first = primaryRow(rows, cols);
  const written = first ? fullName(first, kind) : '';
  if (!written) return undefined;
  const split = (text: string): { name: string; alias?: string } =>
    kind === 'person' ? { name: text } : splitTrailingAlias(text);
  const head = split(written);
  const names = new Map<string, EntryName | null>([[head.name, null]]);
  const add = (text: string | undefined, type: EntryName['type']): void => {
    if (text && !names.has(text)) names.set(text, { text, type });
  };
  add(head.alias, 'alias');
  for (const get of rows) {
    const weak = /low/i.test(get(cols.strength)) ? 'weak' : 'alias';
    const own = split(fullName(get, kind));
    add(own.name, weak);
    add(own.alias, weak);
    const local = get(cols.nonLatin);
    const lang = LANGS[get(cols.language).toLowerCase()];
    if (local && !names.has(local))
      names.set(local, lang ? { text: local, type: 'local', lang } : { text: local, type: 'local' });
  }
  return { primary: head.name, others: [...names.values()].filter((n): n is EntryName => n !== null) };
}
