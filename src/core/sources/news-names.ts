import type { EntryName } from '../list/format.ts';
import { readCuratedFile } from './curated-file.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';

interface NewsEntry {
  name?: unknown;
  news_names?: unknown;
  source_url?: unknown;
  /** `app` for an app entry (apps join apps only); companies and organisations otherwise. */
  kind?: unknown;
}

const CJK = /[\p{Script=Han}]/u;

/**
 * Reads news-names.json: the names news writes for prominent listed parties (Hezbollah for HIZBALLAH, Wagner Group,
 * ISIS) and the short names that are well known as theirs (SMIC, ZTE, 华为). Each entry joins the list entry whose
 * listed name is `name` (exactly as the list writes it) and adds its names as curated, well-known names: the
 * compiler keeps them strong where a short or ambiguous name would otherwise be weak. Every entry cites a source.
 */
export function parseNewsNames(text: string, file: string): SourceBatch {
  const root = readCuratedFile<NewsEntry>(text, file);
  const records: SourceRecord[] = root.entries.map((e, i) => {
    const where = `entries[${i}]`;
    if (!e || typeof e.name !== 'string' || !e.name)
      throw new SourceError(file, where, 'entry has no "name"');
    const names = e.news_names;
    if (!Array.isArray(names) || names.length === 0 || names.some((n) => typeof n !== 'string' || !n))
      throw new SourceError(file, where, '"news_names" must be a non-empty list of names');
    if (typeof e.source_url !== 'string' || !/^https:\/\//.test(e.source_url))
      throw new SourceError(file, where, 'every entry needs an https "source_url"');
    if (e.kind !== undefined && e.kind !== 'app')
      throw new SourceError(file, where, '"kind" may only be "app"');
    const rec = newRecord(`${file}#${where}`, e.kind === 'app' ? 'app' : 'company', e.name);
    rec.role = 'enrich';
    rec.wellKnown = true;
    rec.names.push(
      ...(names as string[]).map((t): EntryName =>
        CJK.test(t) ? { text: t, type: 'local', lang: 'zh' } : { text: t, type: 'brand' },
      ),
    );
    rec.joinNames = [e.name];
    return rec;
  });
  return {
    source: 'curated-news-names',
    records,
    ...(root.data_as_of ? { dataDate: root.data_as_of } : {}),
  };
}
