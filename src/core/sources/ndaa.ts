import type { Listing } from '../list/format.ts';
import { entityKind } from '../list/kind-guess.ts';
import { parseCsvObjects } from './csv.ts';
import { findWrittenDates } from './dates.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';

const COUNTRIES: Record<string, string> = {
  china: 'CN',
  russia: 'RU',
  iran: 'IR',
  'north korea': 'KP',
  pakistan: 'PK',
  belarus: 'BY',
};

function listFor(program: string): string | undefined {
  if (/Section 154\b/.test(program)) return 'US-NDAA24-154';
  if (/Section 1286\b/.test(program)) return 'US-NDAA19-1286';
  return undefined;
}

function listingFor(list: string, get: (c: string) => string, line: number, file: string): Listing {
  const reported = get('report-date');
  const dateListed = /^\d{4}-\d{2}-\d{2}$/.test(reported) ? reported : undefined;
  const listing: Listing = { list, status: 'in_force' };
  if (dateListed) listing.dateListed = dateListed;
  else if (/^\d{4}$/.test(reported)) listing.programme = `${reported} list`;
  else throw new SourceError(file, line, `report-date "${reported}" is neither YYYY-MM-DD nor a year`);
  const starts = findWrittenDates(get('start-date'));
  if (starts[0] && starts[0] > (dateListed ?? '')) {
    listing.status = 'pending';
    listing.statusDetail = `Takes effect ${starts[0]}. ${get('notes')}`.trim();
  }
  const end = get('end-date');
  if (end) {
    listing.status = 'removed';
    if (/^\d{4}-\d{2}-\d{2}$/.test(end)) listing.statusDate = end;
  }
  const url = get('source_url');
  if (url) listing.sourceUrl = url;
  if (list === 'US-NDAA24-154') listing.citation = 'Pub. L. 118-31, sec. 154';
  return listing;
}

/**
 * Reads the NDAA statutory list transcriptions (section_154.csv, section_1286.csv; header schema, name, aliases,
 * program, report-date, start-date, end-date, country, notes, source_url). §1286 rows of several report years
 * stay separate listings by year; §154's start date in the future makes the listing `pending`.
 */
export function parseNdaaList(text: string, file: string): SourceBatch {
  const rows = parseCsvObjects(text, { file, required: ['name', 'aliases', 'program', 'report-date'] });
  const records: SourceRecord[] = [];
  for (const row of rows) {
    const name = row.get('name');
    if (!name) throw new SourceError(file, row.line, 'row has no name');
    const list = listFor(row.get('program'));
    if (!list) throw new SourceError(file, row.line, `unknown program "${row.get('program')}"`);
    const rec = newRecord(`${file}:${row.line}`, entityKind(name), name);
    for (const a of row
      .get('aliases')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean))
      rec.names.push({ text: a, type: 'alias' });
    const country = COUNTRIES[row.get('country').toLowerCase()];
    if (country) rec.countries = [country];
    rec.listings.push(listingFor(list, row.get, row.line, file));
    records.push(rec);
  }
  // Year-only report dates (§1286) count as 1 January of that year.
  const dates = rows.map((r) => r.get('report-date')).map((d) => (/^\d{4}$/.test(d) ? `${d}-01-01` : d));
  const dataDate = dates
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
    .pop();
  return {
    source: 'us-ndaa-procurement-lists',
    records,
    licence: 'CC BY-NC 4.0 (transcription)',
    ...(dataDate ? { dataDate } : {}),
  };
}
