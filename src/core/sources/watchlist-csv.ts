import { ENTRY_KINDS, type EntryKind } from '../list/format.ts';
import { readCsvObjects, type CsvObject } from './csv.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';

const KINDS = new Set<EntryKind>(ENTRY_KINDS);

function toRecord(row: CsvObject, file: string): SourceRecord {
  const name = row.get('name');
  if (!name) throw new SourceError(file, row.line, 'name is empty');
  const kind = (row.get('kind') || 'company') as EntryKind;
  if (!KINDS.has(kind))
    throw new SourceError(file, row.line, `kind "${kind}" is not one of ${[...KINDS].join(', ')}`);
  const rec = newRecord(`${file}:${row.line}`, kind, name);
  const aliases = row
    .get('aliases')
    .split(/[;|]/)
    .map((a) => a.trim());
  for (const alias of aliases.filter(Boolean)) rec.names.push({ text: alias, type: 'alias' });
  const country = row.get('country').toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country))
    throw new SourceError(file, row.line, `country "${country}" is not a two-letter code`);
  if (country) rec.countries = [country];
  const note = row.get('note');
  rec.listings.push(
    note
      ? { list: 'WATCHLIST', status: 'in_force', statusDetail: note }
      : { list: 'WATCHLIST', status: 'in_force' },
  );
  return rec;
}

/**
 * Reads a user watchlist CSV row by row: header `name,aliases,note` (optional `country`, `kind`). Aliases are
 * separated by `;` or `|`. Every row becomes an entry on the `WATCHLIST` list.
 */
export function* readWatchlistCsv(text: string, file: string): Generator<SourceRecord, void, void> {
  for (const row of readCsvObjects(text, { file, required: ['name'] })) yield toRecord(row, file);
}

/** The whole watchlist CSV at once (see readWatchlistCsv). */
export function parseWatchlistCsv(text: string, file: string): SourceBatch {
  return { source: 'watchlist', records: [...readWatchlistCsv(text, file)] };
}
