import type { EntryKind, Listing } from '../list/format.ts';
import { entityKind, guessKind } from '../list/kind-guess.ts';
import { cslListId, tidyCitation } from './csl-lists.ts';
import { parseListedName, splitPackedNames, type ListedName } from './listed-name.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';

interface CompactEntry {
  n: string;
  a?: string[];
  s: number;
  t?: string;
  c?: string[];
  e?: string;
  lp?: number;
  pg?: number;
  fr?: string;
  u?: number;
}

interface CompactTables {
  sources: string[];
  programmes?: string[];
  licencePolicies?: string[];
  urls?: string[];
}

/** Entry kind from a CSL `type` ("Entity", "Individual", "Vessel", "Aircraft") or, when absent, from the name. */
export function cslKind(type: string | undefined | null, name: string, aliases: string[] = []): EntryKind {
  if (type === 'Individual') return 'person';
  if (type === 'Vessel') return 'vessel';
  if (type === 'Aircraft') return 'aircraft';
  if (type === 'Entity') return entityKind(name);
  return guessKind(name, aliases);
}

/**
 * A record for one CSL row: kind from the type, else from a "(Russian entity)" descriptor, else guessed from the
 * names (then marked `kindGuessed`); alt_names that pack several names are split.
 */
export function cslRecord(
  ref: string,
  type: string | undefined | null,
  listed: ListedName,
  alts: string[],
): SourceRecord {
  const aliases = [...listed.aliases, ...alts.flatMap(splitPackedNames)];
  const guessed = !type && !listed.kind;
  const kind = type ? cslKind(type, listed.name) : (listed.kind ?? guessKind(listed.name, aliases));
  const rec = newRecord(ref, kind, listed.name);
  if (guessed) rec.kindGuessed = true;
  for (const a of aliases) rec.names.push({ text: a, type: 'alias' });
  for (const f of listed.formers) rec.names.push({ text: f, type: 'former' });
  if (listed.parent) rec.parentNames.push(listed.parent);
  return rec;
}

function readRoot(text: string, file: string): { tables: CompactTables; entries: unknown[]; date?: string } {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (err) {
    throw new SourceError(file, 'whole file', `not JSON (${(err as Error).message})`);
  }
  const r = root as { tables?: CompactTables; entries?: unknown[]; sourceGeneratedAt?: string };
  if (!r || !Array.isArray(r.entries) || !r.tables || !Array.isArray(r.tables.sources)) {
    throw new SourceError(file, 'top level', 'expected {tables: {sources: []}, entries: []}');
  }
  return { tables: r.tables, entries: r.entries, date: r.sourceGeneratedAt?.slice(0, 10) };
}

function toRecord(raw: unknown, i: number, tables: CompactTables, file: string): SourceRecord | undefined {
  const e = raw as CompactEntry;
  const where = `entries[${i}]`;
  if (!e || typeof e.n !== 'string' || e.n.trim() === '')
    throw new SourceError(file, where, 'missing name "n"');
  const source = tables.sources[e.s];
  if (source === undefined)
    throw new SourceError(file, where, `source index ${String(e.s)} not in tables.sources`);
  const list = cslListId(source);
  if (!list) return undefined;
  const rec = cslRecord(`${file}#${where}`, e.t, parseListedName(e.n), e.a ?? []);
  rec.countries = [...new Set(e.c ?? [])];
  rec.joinNames = [e.n];
  const listing: Listing = { list, status: 'in_force' };
  const programme = e.pg === undefined ? undefined : tables.programmes?.[e.pg];
  if (programme) listing.programme = programme;
  if (e.fr) listing.citation = tidyCitation(e.fr);
  const policy = e.lp === undefined ? undefined : tables.licencePolicies?.[e.lp];
  if (policy) listing.statusDetail = `Licence policy: ${policy}`;
  const url = e.u === undefined ? undefined : tables.urls?.[e.u];
  if (url) listing.sourceUrl = url;
  rec.listings.push(listing);
  return rec;
}

/**
 * Reads the compact CSL projection (`{tables, entries: [{n, a, s, t, c, e, lp, pg, fr, u}]}`): one record per
 * entry, Entity List "Affiliated Entity" names split into child and parent. Rows of unknown lists are skipped.
 */
export function parseCslCompact(text: string, file: string): SourceBatch {
  const { tables, entries, date } = readRoot(text, file);
  const records: SourceRecord[] = [];
  entries.forEach((raw, i) => {
    const rec = toRecord(raw, i, tables, file);
    if (rec) records.push(rec);
  });
  return { source: 'us-trade-csl', records, ...(date ? { dataDate: date } : {}) };
}
