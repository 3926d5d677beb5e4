import type { EntryKind, Listing } from '../list/format.ts';
import { entityKind } from '../list/kind-guess.ts';
import { countryCode } from './countries.ts';
import { parseCsv, type CsvRow } from './csv.ts';
import { findWrittenDates } from './dates.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceInput, type SourceRecord } from './types.ts';

const EMPTY = '-0-';

function val(cells: string[], i: number): string {
  const v = (cells[i] ?? '').trim();
  return v === EMPTY ? '' : v;
}

function kindOf(type: string, name: string): EntryKind {
  if (type === 'individual') return 'person';
  if (type === 'vessel') return 'vessel';
  if (type === 'aircraft') return 'aircraft';
  return entityKind(name);
}

/** Non-SDN programme → list (the consolidated file mixes NS-CMIC, SSI, NS-PLC and menu-based sanctions). */
function nonSdnList(programs: string[]): string {
  if (programs.includes('CMIC-EO13959')) return 'US-OFAC-CMIC';
  if (programs.includes('NS-PLC')) return 'US-OFAC-PLC';
  if (programs.some((p) => p.startsWith('UKRAINE-EO13662'))) return 'US-OFAC-SSI';
  return 'US-OFAC-MBS';
}

function byEntity(rows: CsvRow[], file: string, minCells: number): Map<string, CsvRow[]> {
  const map = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const id = val(row.cells, 0);
    if (!/^\d+$/.test(id)) throw new SourceError(file, row.line, `ent_num "${id}" is not a number`);
    if (row.cells.length < minCells)
      throw new SourceError(file, row.line, `${row.cells.length} fields, expected ${minCells}`);
    map.set(id, [...(map.get(id) ?? []), row]);
  }
  return map;
}

/** Dates and aliases written inside OFAC remarks ("Listing Date (CMIC) 03 Jun 2021; a.k.a. 'AECC'."). */
export function readRemarks(remarks: string): {
  aliases: string[];
  formers: string[];
  listed?: string;
  effective?: string;
} {
  const aliases = [...remarks.matchAll(/\ba\.k\.a\.,? '([^']+)'/g)].map((m) => m[1] as string);
  const formers = [...remarks.matchAll(/\bf\.k\.a\.,? '([^']+)'/g)].map((m) => m[1] as string);
  const listed = findWrittenDates(/Listing Date \([^)]*\):? ([^;.]+)/.exec(remarks)?.[1] ?? '')[0];
  const effective = findWrittenDates(/Effective Date \([^)]*\):? ([^;.]+)/.exec(remarks)?.[1] ?? '')[0];
  return { aliases, formers, ...(listed ? { listed } : {}), ...(effective ? { effective } : {}) };
}

function pick(inputs: SourceInput[], pattern: RegExp): SourceInput | undefined {
  return inputs.find((f) => pattern.test(f.name.split('/').pop() ?? ''));
}

interface Parts {
  prim: SourceInput;
  alt: Map<string, CsvRow[]>;
  add: Map<string, CsvRow[]>;
  comments: Map<string, string>;
}

function readParts(inputs: SourceInput[]): Parts {
  const prim =
    pick(inputs, /^(sdn|cons_prim)\.csv$/i) ?? inputs.find((f) => !/(alt|add|comments)/i.test(f.name));
  if (!prim)
    throw new SourceError(
      inputs[0]?.name ?? 'OFAC files',
      'file set',
      'no primary file (sdn.csv or cons_prim.csv)',
    );
  const load = (re: RegExp, min: number): Map<string, CsvRow[]> => {
    const f = pick(inputs, re);
    return f ? byEntity(parseCsv(f.text, { file: f.name }), f.name, min) : new Map();
  };
  const comments = new Map<string, string>();
  for (const [id, rows] of load(/comments/i, 2)) comments.set(id, rows.map((r) => val(r.cells, 1)).join(''));
  return { prim, alt: load(/alt/i, 4), add: load(/add/i, 5), comments };
}

function toRecord(row: CsvRow, parts: Parts, isSdn: boolean): SourceRecord {
  const file = parts.prim.name;
  const id = val(row.cells, 0);
  const name = val(row.cells, 1);
  if (!name) throw new SourceError(file, row.line, 'SDN_Name is empty');
  const programs = val(row.cells, 3)
    .split('] [')
    .map((p) => p.replace(/[[\]]/g, '').trim())
    .filter(Boolean);
  const remarks = val(row.cells, 11) + (parts.comments.get(id) ?? '');
  const rec = newRecord(`${file}:${row.line}`, kindOf(val(row.cells, 2), name), name);
  const notes = readRemarks(remarks);
  for (const alt of parts.alt.get(id) ?? []) {
    const text = val(alt.cells, 3);
    if (text) rec.names.push({ text, type: /^f\.?k\.?a/i.test(val(alt.cells, 2)) ? 'former' : 'alias' });
  }
  for (const a of notes.aliases) rec.names.push({ text: a, type: 'alias' });
  for (const f of notes.formers) rec.names.push({ text: f, type: 'former' });
  const countries = (parts.add.get(id) ?? []).map((a) => countryCode(val(a.cells, 4)));
  rec.countries = [...new Set(countries.filter((c): c is string => c !== undefined))].sort();
  const listing: Listing = { list: isSdn ? 'US-OFAC-SDN' : nonSdnList(programs), status: 'in_force' };
  if (programs.length > 0) listing.programme = programs.join('; ');
  if (notes.listed) listing.dateListed = notes.listed;
  if (notes.effective) listing.statusDetail = `Effective ${notes.effective}.`;
  rec.listings.push(listing);
  return rec;
}

/**
 * Reads OFAC's legacy CSV set (no header, `-0-` for empty): `sdn.csv` or `cons_prim.csv` with optional
 * alt/add/comments files, joined on ent_num. Aliases come from alt.csv and from "a.k.a." remarks; countries from
 * add.csv; listing and effective dates from remarks. `isSdn` picks the SDN list, else the non-SDN list by programme.
 */
export function parseOfacLegacy(inputs: SourceInput[], isSdn: boolean): SourceBatch {
  const parts = readParts(inputs);
  const rows = byEntity(parseCsv(parts.prim.text, { file: parts.prim.name }), parts.prim.name, 12);
  const records = [...rows.values()].map((r) => toRecord(r[0] as CsvRow, parts, isSdn));
  return {
    source: isSdn ? 'us-ofac-sdn' : 'us-ofac-consolidated-non-sdn',
    records,
    licence: 'public domain (US Government work)',
  };
}
