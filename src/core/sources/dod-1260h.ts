import type { Listing } from '../list/format.ts';
import { parseCsvObjects } from './csv.ts';
import { splitTrailingAlias } from './listed-name.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';

interface Row1260H {
  line: number;
  name: string;
  listedAs: string;
  alias: string;
  previous: string;
  parent: string;
  start: string;
  end: string;
  url: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const COLUMNS = [
  'Name',
  'Clean Name',
  'Alias',
  'Previous Name',
  'Parent Name',
  'Start date',
  'End date',
  'Source Url',
];

function readRows(text: string, file: string): Row1260H[] {
  return parseCsvObjects(text, { file, required: COLUMNS }).map((r) => {
    const row: Row1260H = {
      line: r.line,
      name: r.get('Clean Name') || splitTrailingAlias(r.get('Name')).name,
      listedAs: r.get('Name'),
      alias: r.get('Alias'),
      previous: r.get('Previous Name'),
      parent: r.get('Parent Name'),
      start: r.get('Start date'),
      end: r.get('End date'),
      url: r.get('Source Url'),
    };
    if (!row.name) throw new SourceError(file, r.line, 'row has no name');
    if (!ISO.test(row.start))
      throw new SourceError(file, r.line, `Start date "${row.start}" is not YYYY-MM-DD`);
    if (row.end && !ISO.test(row.end))
      throw new SourceError(file, r.line, `End date "${row.end}" is not YYYY-MM-DD`);
    return row;
  });
}

function listingFor(rows: Row1260H[], newestEdition: string): Listing {
  const sorted = [...rows].sort((a, b) => (a.start < b.start ? -1 : 1));
  const open = sorted.filter((r) => !r.end);
  const editions = [...new Set(sorted.map((r) => r.start))];
  const last = sorted[sorted.length - 1] as Row1260H;
  const listing: Listing = {
    list: 'US-DOD-1260H',
    dateListed: (open[0] ?? (sorted[0] as Row1260H)).start,
    citation: `DoD 1260H list, edition${editions.length > 1 ? 's' : ''} ${editions.join(', ')}`,
    status: open.length > 0 ? 'in_force' : 'removed',
  };
  if (open.length === 0) {
    const ends = sorted.map((r) => r.end).sort();
    listing.statusDate = ends[ends.length - 1];
  } else if (!open.some((r) => r.start === newestEdition)) {
    listing.status = 'unclear';
    listing.statusDetail = `Not named in the ${newestEdition} edition as transcribed; no removal date recorded.`;
  }
  const url = [...sorted].reverse().find((r) => r.url)?.url ?? last.url;
  if (url) listing.sourceUrl = url;
  return listing;
}

/**
 * Reads the DoD Section 1260H list transcription (one row per entity per edition). Rows of the same entity
 * become one record with one listing: earliest open edition as date, removed when every row has an End date,
 * `unclear` when still open but missing from the newest edition.
 */
export function parseDod1260h(text: string, file: string): SourceBatch {
  const rows = readRows(text, file);
  const newestEdition =
    rows
      .map((r) => r.start)
      .sort()
      .pop() ?? '';
  const groups = new Map<string, Row1260H[]>();
  for (const row of rows) groups.set(row.name, [...(groups.get(row.name) ?? []), row]);
  const records: SourceRecord[] = [];
  for (const [name, group] of groups) {
    const first = group[0] as Row1260H;
    const rec = newRecord(`${file}:${first.line}`, 'company', name);
    for (const r of group) {
      if (r.alias) rec.names.push({ text: r.alias, type: 'alias' });
      if (r.previous) rec.names.push({ text: r.previous, type: 'former' });
      if (r.parent && !rec.parentNames.includes(r.parent)) rec.parentNames.push(r.parent);
    }
    rec.countries = ['CN'];
    rec.joinNames = [...new Set(group.map((r) => r.listedAs))];
    rec.listings.push(listingFor(group, newestEdition));
    records.push(rec);
  }
  return {
    source: 'us-dod-1260h',
    records,
    dataDate: newestEdition,
    licence: 'CC BY-NC 4.0 (transcription)',
  };
}
