import type { Listing } from '../list/format.ts';
import { parseCsvObjects } from './csv.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the BIS Military-Intelligence End User transcription (header Type, Name, Alias, Country, Topics, Program,
 * Date, End date, Source URL; aliases separated by `;`). Each row is an organisation on US-BIS-MIEU.
 */
export function parseBisMieu(text: string, file: string): SourceBatch {
  const rows = parseCsvObjects(text, {
    file,
    required: ['Name', 'Alias', 'Country', 'Date', 'End date', 'Source URL'],
  });
  const records: SourceRecord[] = rows.map((row) => {
    const name = row.get('Name');
    if (!name) throw new SourceError(file, row.line, 'row has no name');
    const date = row.get('Date');
    if (!ISO.test(date)) throw new SourceError(file, row.line, `Date "${date}" is not YYYY-MM-DD`);
    const rec = newRecord(`${file}:${row.line}`, 'organization', name);
    for (const a of row
      .get('Alias')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean))
      rec.names.push({ text: a, type: 'alias' });
    const country = row.get('Country').toUpperCase();
    if (/^[A-Z]{2}$/.test(country)) rec.countries = [country];
    const listing: Listing = {
      list: 'US-BIS-MIEU',
      dateListed: date,
      citation: 'FR Doc. 2021-00977 (15 CFR 744.22)',
      status: 'in_force',
    };
    const end = row.get('End date');
    if (ISO.test(end)) Object.assign(listing, { status: 'removed', statusDate: end });
    const url = row.get('Source URL');
    if (url) listing.sourceUrl = url;
    rec.listings.push(listing);
    return rec;
  });
  const dataDate = rows
    .map((r) => r.get('Date'))
    .filter((d) => ISO.test(d))
    .sort()
    .pop();
  return {
    source: 'us-bis-mieu',
    records,
    licence: 'CC BY-NC 4.0 (transcription)',
    ...(dataDate ? { dataDate } : {}),
  };
}
