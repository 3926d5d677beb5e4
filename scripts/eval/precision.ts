// Precision on ordinary text: which shown hits are false badges, why each one matched, and rates per MB.
import type { Entry } from '../../src/core/list/format.ts';
import type { Hit } from '../../src/core/match/types.ts';
import { nameForms, splitNameList } from '../../src/core/match/variants.ts';
import type { FoldTable } from '../../src/core/names/fold-table.ts';
import { stripLegalForms } from '../../src/core/names/legal-forms.ts';
import { nameKeys } from '../../src/core/names/tokenize.ts';

/** A true mention of a listed party in the corpus: every occurrence of `text` hit as `entityId` in `file`. */
export interface PrecisionLabel {
  file: string;
  text: string;
  entityId: string;
  why: string;
}

/** How a hit got through: the listed name it came from, that name's type and the form of it that matched. */
export interface HitPath {
  nameType: string;
  /** "as listed", "legal-form variant" (Co., Ltd. ↔ Company Limited, & ↔ and) or "derived: <form>". */
  form: string;
  /** Word shape of the matched text: acronym, one word, N CJK characters, N words. */
  shape: string;
}

/** True when `text`[start, end) as `entityId` in `file` is a labelled true mention. */
export function isTrueMention(
  labels: readonly PrecisionLabel[],
  file: string,
  entityId: string,
  surface: string,
): boolean {
  const s = surface.replace(/\s+/g, ' ').trim();
  return labels.some((l) => l.file === file && l.entityId === entityId && l.text === s);
}

/** The text around a hit: `radius` characters each side, line breaks shown as ⏎, the hit in [[ ]]. */
export function hitWindow(text: string, start: number, end: number, radius = 40): string {
  const flat = (s: string) => s.replace(/\r?\n/g, '⏎').replace(/\s+/g, ' ');
  return `${flat(text.slice(Math.max(0, start - radius), start))}[[${flat(text.slice(start, end))}]]${flat(
    text.slice(end, end + radius),
  )}`;
}

/** Hits per million UTF-8 bytes. */
export function perMb(count: number, bytes: number): number {
  return bytes > 0 ? (count * 1e6) / bytes : 0;
}

const isCjk = (k: string) => /^[\u2e80-\u9fff\uf900-\ufaff]$/.test(k);

function shapeOf(surface: string, keys: readonly string[]): string {
  if (keys.length > 0 && keys.every(isCjk)) return `${keys.length} CJK characters`;
  if (keys.length === 1) {
    const letters = surface.replace(/[^\p{L}]/gu, '');
    return letters.length > 1 && letters === letters.toUpperCase() ? 'acronym' : 'one word';
  }
  return `${keys.length} words`;
}

const same = (a: readonly string[], b: readonly string[]) => a.join('\u0001') === b.join('\u0001');

/** Re-derives which name of `entry` and which of its forms (see nameForms) matched `surface`. */
export function explainHit(entry: Entry, hit: Pick<Hit, 'name'>, surface: string, table: FoldTable): HitPath {
  const index = entry.names.findIndex((n) => splitNameList(n.text).includes(hit.name));
  const listed = entry.names[index];
  const nameType = !listed
    ? '?'
    : index === 0 && listed.type === 'brand'
      ? 'brand (display name)'
      : listed.type;
  const keys = nameKeys(surface, table);
  const core = stripLegalForms(keys);
  const forms = nameForms(nameKeys(hit.name, table), hit.name, table);
  const i = forms.findIndex((f) => same(f.keys, keys) || same(f.keys, core));
  const f = forms[i];
  const form = !f
    ? 'unknown form'
    : i === 0
      ? 'as listed'
      : f.isDerived
        ? `derived: ${f.keys.join(' ')}`
        : 'legal-form variant';
  return { nameType, form, shape: shapeOf(surface, f?.keys ?? core) };
}
