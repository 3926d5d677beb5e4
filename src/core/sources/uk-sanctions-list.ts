import type { EntryKind, Listing } from '../list/format.ts';
import { entityKind } from '../list/kind-guess.ts';
import { countryCode } from './countries.ts';
import { parseCsv, type CsvRow } from './csv.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';
import { ukDate, ukNames, type Get, type UkNameColumns } from './uk-names.ts';

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const REQUIRED = ['Unique ID', 'Name 6', 'Name type', 'Regime Name', 'Designation Type'];
const NAME_COLUMNS: UkNameColumns = {
  nameType: 'Name type',
  strength: 'Alias strength',
  nonLatin: 'Name non-latin script',
  language: 'Non-latin script language',
};

/** The first line, `Report Date: 13-Feb-2026`, to ISO. */
function reportDate(line: string): string | undefined {
  const m = /(\d{1,2})-([A-Za-z]{3})-(\d{4})/.exec(line);
  const month = m ? MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1 : 0;
  return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1]?.padStart(2, '0')}` : undefined;
}

/**
 * The regime's short name, as OFSI's consolidated list wrote it: "The Russia (Sanctions) (EU Exit) Regulations 2019"
 * → "Russia". A qualifier that tells two regimes of one country apart is kept ("The Iran (Sanctions) (Nuclear) (EU
 * Exit) Regulations 2019" → "Iran (Nuclear)", "The Counter-Terrorism (International Sanctions) …" →
 * "Counter-Terrorism (International)"); "The Global Human Rights Sanctions Regulations 2020" → "Global Human Rights".
 */
export function regimeShort(name: string): string {
  const short = name
    .trim()
    .replace(/^The /, '')
    .replace(/ Regulations(?: \d{4})?$/, '')
    .replace(/ \(EU Exit\)/g, '')
    .replace(/ \(Sanctions\)/g, '')
    .replace(/ \(United Nations Sanctions\)/g, '')
    .replace(/\((\w[\w ]*?) Sanctions\)/g, '($1)')
    .replace(/ Sanctions$/, '')
    .trim();
  return short || name;
}

const KINDS: Record<string, EntryKind> = { individual: 'person', ship: 'vessel' };

interface Designation {
  id: string;
  line: number;
  rows: Get[];
}

function toRecord(d: Designation, file: string): SourceRecord {
  const first = d.rows[0] as Get;
  const type = first('Designation Type').toLowerCase();
  const read = ukNames(d.rows, KINDS[type] ?? 'company', NAME_COLUMNS);
  if (!read) throw new SourceError(file, d.line, `designation ${d.id} has no primary name`);
  const rec = newRecord(`${file}:${d.line}`, KINDS[type] ?? entityKind(read.primary), read.primary);
  rec.names.push(...read.others);
  const countries = d.rows.map((g) => countryCode(g('Address Country'))).filter((c) => c !== undefined);
  rec.countries = [...new Set(countries)].sort();
  const listing: Listing = {
    list: 'UK-SANCTIONS',
    status: 'in_force',
    citation: `UK Sanctions List ${d.id}`,
  };
  const regime = first('Regime Name');
  if (regime) listing.programme = regimeShort(regime);
  const designated = d.rows.map((g) => ukDate(g('Date Designated'))).find((x) => x);
  if (designated) listing.dateListed = designated;
  const measures = [...new Set(d.rows.flatMap((g) => g('Sanctions Imposed').split('|')))]
    .map((m) => m.trim())
    .filter(Boolean);
  if (measures.length > 0) listing.statusDetail = `Sanctions imposed: ${measures.join(', ')}.`;
  rec.listings.push(listing);
  return rec;
}

/**
 * Reads the UK Sanctions List CSV as the FCDO publishes it: a first line `Report Date: DD-Mon-YYYY`, a header row
 * (Last Updated, Unique ID, OFSI Group ID, UN Reference Number, Name 6, Name 1–5, Name type, Alias strength,
 * Name non-latin script, Regime Name, Designation Type, Sanctions Imposed, Address Country, Date Designated …), then
 * one row per name or address of a designation; rows sharing a Unique ID are one designation.
 */
export function parseUkSanctionsCsv(text: string, file: string): SourceBatch {
  const rows = parseCsv(text, { file });
  const headerAt = rows.findIndex((r) => r.cells.some((c) => c.trim() === 'Unique ID'));
  if (headerAt < 0) throw new SourceError(file, 1, 'no header row with a "Unique ID" column');
  const header = rows[headerAt] as CsvRow;
  const index = new Map(header.cells.map((h, i) => [h.trim(), i]));
  for (const col of REQUIRED)
    if (!index.has(col)) throw new SourceError(file, header.line, `missing column "${col}"`);
  const byId = new Map<string, Designation>();
  for (const row of rows.slice(headerAt + 1)) {
    const get: Get = (c) => (row.cells[index.get(c) ?? -1] ?? '').trim();
    const id = get('Unique ID');
    if (!id) {
      if (row.cells.some((c) => c.trim())) throw new SourceError(file, row.line, 'row has no Unique ID');
      continue;
    }
    const d = byId.get(id) ?? { id, line: row.line, rows: [] };
    d.rows.push(get);
    byId.set(id, d);
  }
  const records = [...byId.values()].map((d) => toRecord(d, file));
  const preamble = rows
    .slice(0, headerAt)
    .map((r) => r.cells.join(','))
    .join(' ');
  const date = reportDate(preamble);
  return {
    source: 'uk-sanctions-list',
    records,
    licence:
      'Contains public sector information licensed under the Open Government Licence v3.0 (UK Sanctions List, FCDO)',
    ...(date ? { dataDate: date } : {}),
  };
}
