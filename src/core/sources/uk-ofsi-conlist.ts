import type { EntryKind, Listing } from '../list/format.ts';
import { entityKind } from '../list/kind-guess.ts';
import { countryCode } from './countries.ts';
import { parseCsv, type CsvRow } from './csv.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';
import { ukDate, ukNames, type Get, type UkNameColumns } from './uk-names.ts';

// OFSI's Consolidated List of Financial Sanctions Targets (ConList, "2022 format"): the UK asset-freeze list that
// OFSI published until it closed on 28 January 2026 in favour of the UK Sanctions List. Its designations carry the
// UK Sanctions List reference in "Other Information", so a ConList listing cites the same id as the FCDO file.

const REQUIRED = ['Name 6', 'Group Type', 'Alias Type', 'Regime', 'Group ID'];
const KINDS: Record<string, EntryKind> = { individual: 'person', ship: 'vessel' };
const NAME_COLUMNS: UkNameColumns = {
  nameType: 'Alias Type',
  strength: 'Alias Quality',
  nonLatin: 'Name Non-Latin Script',
  language: 'Non-Latin Script Language',
};

/** Measures named in "Other Information" besides the asset freeze every ConList target has. */
function measures(rows: Get[]): string[] {
  const extra = rows.flatMap((g) => {
    const m = /in addition to an asset freeze:\s*([^.]+)\./i.exec(g('Other Information'));
    return m?.[1] ? m[1].split(/,\s*(?=[A-Z])/).map((s) => s.trim()) : [];
  });
  return ['Asset freeze', ...new Set(extra)];
}

function toRecord(id: string, line: number, rows: Get[], file: string, asOf?: string): SourceRecord {
  const first = rows[0] as Get;
  const type = first('Group Type').toLowerCase();
  const read = ukNames(rows, KINDS[type] ?? 'company', NAME_COLUMNS);
  if (!read) throw new SourceError(file, line, `group ${id} has no primary name`);
  const rec = newRecord(`${file}:${line}`, KINDS[type] ?? entityKind(read.primary), read.primary);
  rec.names.push(...read.others);
  rec.countries = [
    ...new Set(rows.map((g) => countryCode(g('Country'))).filter((c) => c !== undefined)),
  ].sort();
  const ref = rows
    .map((g) => /\(UK Sanctions List Ref\):\s*([A-Z]{2,4}\d{4})/.exec(g('Other Information'))?.[1])
    .find((x) => x);
  const listing: Listing = {
    list: 'UK-SANCTIONS',
    status: 'in_force',
    citation: ref ? `UK Sanctions List ${ref} (OFSI group ${id})` : `OFSI Consolidated List group ${id}`,
    // The list closed in January 2026: the card says which edition the listing was read from.
    statusDetail: `Sanctions imposed: ${measures(rows).join(', ')}.${asOf ? ` As on OFSI's consolidated list of ${asOf}.` : ''}`,
  };
  const regimes = [...new Set(rows.map((g) => g('Regime')).filter(Boolean))];
  if (regimes.length > 0) listing.programme = regimes.join('; ');
  const listed = rows.map((g) => ukDate(g('Listed On'))).filter((d) => d !== undefined);
  if (listed.length > 0) listing.dateListed = listed.sort()[0];
  rec.listings.push(listing);
  return rec;
}

/**
 * Reads OFSI's ConList CSV (2022 format): a first row `Last Updated,dd/mm/yyyy`, a header row (Name 6, Name 1–5,
 * Title, Name Non-Latin Script, … Country, Other Information, Group Type, Alias Type, Alias Quality, Regime, Listed
 * On, UK Sanctions List Date Designated, Last Updated, Group ID), then one row per name and address of a target;
 * rows sharing a Group ID are one target.
 */
export function parseOfsiConListCsv(text: string, file: string): SourceBatch {
  const rows = parseCsv(text, { file });
  const headerAt = rows.findIndex((r) => r.cells.some((c) => c.trim() === 'Group ID'));
  if (headerAt < 0) throw new SourceError(file, 1, 'no header row with a "Group ID" column');
  const header = rows[headerAt] as CsvRow;
  const index = new Map(header.cells.map((h, i) => [h.trim(), i]));
  for (const col of REQUIRED)
    if (!index.has(col)) throw new SourceError(file, header.line, `missing column "${col}"`);
  const groups = new Map<string, { line: number; rows: Get[] }>();
  for (const row of rows.slice(headerAt + 1)) {
    const get: Get = (c) => (row.cells[index.get(c) ?? -1] ?? '').trim();
    const id = get('Group ID');
    if (!id) {
      if (row.cells.some((c) => c.trim())) throw new SourceError(file, row.line, 'row has no Group ID');
      continue;
    }
    const g = groups.get(id) ?? { line: row.line, rows: [] };
    g.rows.push(get);
    groups.set(id, g);
  }
  const stamp = rows.slice(0, headerAt).flatMap((r) => r.cells.map((c) => ukDate(c)).filter((d) => d));
  const records = [...groups].map(([id, g]) => toRecord(id, g.line, g.rows, file, stamp[0]));
  return {
    source: 'uk-ofsi-conlist',
    records,
    licence:
      'Contains public sector information licensed under the Open Government Licence v3.0 (OFSI Consolidated List, HM Treasury)',
    ...(stamp[0] ? { dataDate: stamp[0] } : {}),
  };
}
