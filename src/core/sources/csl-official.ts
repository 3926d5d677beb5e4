import type { Listing } from '../list/format.ts';
import { cslRecord } from './csl-compact.ts';
import { cslListId, tidyCitation } from './csl-lists.ts';
import { parseListedName } from './listed-name.ts';
import { SourceError } from './source-error.ts';
import type { SourceBatch, SourceRecord } from './types.ts';

/** One record of trade.gov's consolidated.json `results[]` (the fields this adapter reads). */
interface CslResult {
  id?: string;
  name?: string;
  alt_names?: string[] | null;
  type?: string | null;
  source?: string;
  programs?: string[] | null;
  addresses?: { country?: string | null }[] | null;
  federal_register_notice?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  license_policy?: string | null;
  source_list_url?: string | null;
  source_information_url?: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function toListing(r: CslResult, list: string): Listing {
  const listing: Listing = { list, status: 'in_force' };
  if (r.programs && r.programs.length > 0) listing.programme = r.programs.join('; ');
  if (r.start_date && ISO.test(r.start_date)) listing.dateListed = r.start_date;
  if (r.federal_register_notice) listing.citation = tidyCitation(r.federal_register_notice);
  if (r.end_date && ISO.test(r.end_date)) {
    listing.status = 'removed';
    listing.statusDate = r.end_date;
  }
  if (r.license_policy) listing.statusDetail = `Licence policy: ${r.license_policy}`;
  const url = r.source_list_url ?? r.source_information_url;
  if (url) listing.sourceUrl = url;
  return listing;
}

function toRecord(raw: unknown, i: number, file: string): SourceRecord | undefined {
  const r = raw as CslResult;
  const where = `results[${i}]`;
  if (!r || typeof r.name !== 'string' || !r.name.trim())
    throw new SourceError(file, where, 'missing "name"');
  if (typeof r.source !== 'string') throw new SourceError(file, where, 'missing "source"');
  const list = cslListId(r.source);
  if (!list) return undefined;
  const alts = (r.alt_names ?? []).filter((a): a is string => typeof a === 'string' && a.trim() !== '');
  const rec = cslRecord(`${file}#${where}`, r.type, parseListedName(r.name), alts);
  const countries = (r.addresses ?? []).map((a) => a?.country ?? '').filter((c) => /^[A-Z]{2}$/.test(c));
  rec.countries = [...new Set(countries)].sort();
  rec.joinNames = [r.name];
  rec.listings.push(toListing(r, list));
  return rec;
}

/**
 * Reads the official Consolidated Screening List bulk file (data.trade.gov consolidated.json, `{results: [...]}`):
 * name, alt_names, type, source, programs, addresses[].country, federal_register_notice, start_date, end_date,
 * license_policy, source_list_url. Rows from lists the registry does not carry are skipped.
 */
export function parseCslOfficial(text: string, file: string): SourceBatch {
  let root: { results?: unknown };
  try {
    root = JSON.parse(text) as typeof root;
  } catch (err) {
    throw new SourceError(file, 'whole file', `not JSON (${(err as Error).message})`);
  }
  if (!root || !Array.isArray(root.results))
    throw new SourceError(file, 'top level', 'expected {results: [...]}');
  const records: SourceRecord[] = [];
  root.results.forEach((raw, i) => {
    const rec = toRecord(raw, i, file);
    if (rec) records.push(rec);
  });
  const dates = records
    .flatMap((r) => r.listings.map((l) => l.dateListed ?? ''))
    .filter(Boolean)
    .sort();
  const newest = dates[dates.length - 1];
  return { source: 'us-trade-csl', records, ...(newest ? { dataDate: newest } : {}) };
}
