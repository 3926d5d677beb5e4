import type { EntryKind, EntryName, Listing } from '../list/format.ts';
import { entityKind } from '../list/kind-guess.ts';
import { countryCode } from './countries.ts';
import { parseCsvObjects } from './csv.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);

/** "12.9.2014" or "14 June 2022" (as the annexes write dates) to ISO, or undefined. */
export function journalDate(text: string): string | undefined {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (dotted) return `${dotted[3]}-${dotted[2]?.padStart(2, '0')}-${dotted[1]?.padStart(2, '0')}`;
  const written = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text.trim());
  const month = written ? MONTHS.indexOf((written[2] ?? '').toLowerCase()) + 1 : 0;
  return written && month > 0
    ? `${written[3]}-${String(month).padStart(2, '0')}-${written[1]?.padStart(2, '0')}`
    : undefined;
}

/** The EU act of each file and the list its rows go on. */
const ACTS: Record<string, { act: string; list: (annex: string) => string }> = {
  '32014R0269': { act: 'Council Regulation (EU) No 269/2014', list: () => 'EU-FSF' },
  '32020R1998': { act: 'Council Regulation (EU) 2020/1998', list: () => 'EU-FSF' },
  '32014R0833': {
    act: 'Council Regulation (EU) No 833/2014',
    // Annex IV names end users of dual-use and advanced technology items: an export restriction.
    list: (annex) => (annex === 'IV' ? 'EU-RUS-EXPORT' : 'EU-RUS-SECTORAL'),
  },
};

function kindOf(schema: string, name: string): EntryKind | undefined {
  if (schema === 'Person') return 'person';
  if (schema === 'Vessel') return 'vessel';
  if (schema === 'Asset') return undefined;
  return schema === 'Company' ? 'company' : entityKind(name);
}

function split(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Country from the country column, else from the last part of the first address that names one. */
function countriesOf(country: string, address: string): string[] {
  const direct = split(country).map(countryCode);
  const fromAddress = split(address).map((a) => countryCode(a.split(',').pop() ?? ''));
  const codes = [...direct, ...fromAddress].filter((c): c is string => c !== undefined);
  return [...new Set(codes)].sort();
}

/**
 * Reads per-regulation transcriptions of the annexes of EU sanctions acts as published in the Official Journal
 * (header celex, annex, measure, startDate, schema, name, alias, weakAlias, previousName, country, address …; one
 * row per annex entry). Regulation 269/2014 and 2020/1998 rows are asset freezes (EU-FSF); Regulation 833/2014
 * Annex IV rows are export restrictions (EU-RUS-EXPORT), its other annexes sectoral measures (EU-RUS-SECTORAL).
 * Assets (aircraft types, securities) are skipped.
 */
export function parseEuJournalCsv(text: string, file: string): SourceBatch {
  const rows = parseCsvObjects(text, {
    file,
    required: ['celex', 'annex', 'measure', 'startDate', 'schema', 'name', 'alias'],
  });
  const records: SourceRecord[] = [];
  for (const row of rows) {
    const celex = row.get('celex');
    const act = ACTS[celex];
    if (!act) throw new SourceError(file, row.line, `unknown act "${celex}"`);
    const name = row.get('name');
    if (!name) throw new SourceError(file, row.line, 'row has no name');
    const kind = kindOf(row.get('schema'), name);
    if (!kind) continue;
    const rec = newRecord(`${file}:${row.line}`, kind, name);
    const names: EntryName[] = [
      ...split(row.get('alias')).map((t): EntryName => ({ text: t, type: 'alias' })),
      ...split(row.get('weakAlias')).map((t): EntryName => ({ text: t, type: 'weak' })),
      ...split(row.get('previousName')).map((t): EntryName => ({ text: t, type: 'former' })),
    ];
    for (const n of names) {
      if (n.type === 'alias' && /\p{Script=Cyrillic}/u.test(n.text))
        Object.assign(n, { type: 'local', lang: 'ru' });
      if (n.type === 'alias' && /\p{Script=Han}/u.test(n.text))
        Object.assign(n, { type: 'local', lang: 'zh' });
    }
    rec.names.push(...names);
    rec.countries = countriesOf(row.get('country'), row.get('address'));
    const annex = row.get('annex');
    const listing: Listing = {
      list: act.list(annex),
      programme: `${act.act.replace(/^Council Regulation \(EU\) (No )?/, '')}, Annex ${annex}: ${row.get('measure')}`,
      citation: `${act.act}, Annex ${annex}`,
      status: 'in_force',
      sourceUrl: `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`,
    };
    const date = journalDate(row.get('startDate'));
    if (date) listing.dateListed = date;
    rec.listings.push(listing);
    records.push(rec);
  }
  return {
    source: 'eu-journal-sanctions',
    records,
    licence:
      'EU Official Journal annexes (reusable, Commission Decision 2011/833/EU); transcription CC BY-NC 4.0',
  };
}
