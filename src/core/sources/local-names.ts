import type { EntryName } from '../list/format.ts';
import { readCuratedFile } from './curated-file.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';

interface LocalEntry {
  name: string;
  names_as_listed?: Record<string, string[]>;
  zh_hans?: string[];
  zh_hant?: string[];
  short_zh_hans?: string[];
  short_zh_hant?: string[];
  short_zh_ambiguous?: string[];
  short_en?: string[];
  verified?: boolean;
}

function strings(value: unknown, file: string, where: string, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new SourceError(file, where, `"${field}" must be an array of strings`);
  }
  return value as string[];
}

function namesOf(e: LocalEntry, file: string, where: string): EntryName[] {
  const ambiguous = new Set(strings(e.short_zh_ambiguous, file, where, 'short_zh_ambiguous'));
  const typed = (text: string, lang?: string): EntryName => {
    const type = ambiguous.has(text) ? 'weak' : lang ? 'local' : 'brand';
    return lang ? { text, type, lang } : { text, type };
  };
  return [
    ...strings(e.zh_hans, file, where, 'zh_hans').map((t) => typed(t, 'zh-Hans')),
    ...strings(e.zh_hant, file, where, 'zh_hant').map((t) => typed(t, 'zh-Hant')),
    ...strings(e.short_zh_hans, file, where, 'short_zh_hans').map((t) => typed(t, 'zh-Hans')),
    ...strings(e.short_zh_hant, file, where, 'short_zh_hant').map((t) => typed(t, 'zh-Hant')),
    ...strings(e.short_en, file, where, 'short_en').map((t) => typed(t)),
  ];
}

/**
 * Reads local-names.json: Chinese legal and short names keyed by the exact English names used on each list.
 * Records are `enrich` records: they join the list entries they name and add names, never entries of their own.
 * Short names the file marks ambiguous become `weak`.
 */
export function parseLocalNames(text: string, file: string): SourceBatch {
  const root = readCuratedFile<LocalEntry>(text, file);
  const records: SourceRecord[] = root.entries.map((e, i) => {
    const where = `entries[${i}]`;
    if (!e || typeof e.name !== 'string' || !e.name)
      throw new SourceError(file, where, 'entry has no "name"');
    const rec = newRecord(`${file}#${where}`, 'company', e.name);
    rec.role = 'enrich';
    rec.names.push(...namesOf(e, file, where));
    const listed = Object.values(e.names_as_listed ?? {}).flatMap((v) =>
      strings(v, file, where, 'names_as_listed'),
    );
    rec.joinNames = [...new Set([e.name, ...listed])];
    return rec;
  });
  return {
    // A second names file (the project's additions) names itself, so provenance keeps the two apart.
    source: typeof root.source_id === 'string' && root.source_id ? root.source_id : 'curated-local-names',
    records,
    ...(root.data_as_of ? { dataDate: root.data_as_of } : {}),
  };
}
