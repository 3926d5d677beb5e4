import type { EntryKind, EntryName, Listing, ListingStatus, StatusQualifier } from '../list/format.ts';
import { STATUS_QUALIFIERS } from '../list/format.ts';
import { listIdForInstrument } from '../list/registry.ts';
import { readerText } from './reader-text.ts';
import { SourceError } from './source-error.ts';
import { newRecord, type SourceBatch, type SourceRecord } from './types.ts';

interface Restriction {
  instrument_key: string;
  instrument?: string;
  citation?: string;
  date?: string | null;
  status: string;
  status_detail?: string;
  source_url?: string | null;
  /** Optional finer state (format.ts STATUS_QUALIFIERS) and one-line meaning in English and Chinese. */
  qualifier?: string;
  meaning?: string;
  meaning_zh?: string;
  status_date?: string;
}

interface Party {
  id: string;
  names: string[];
  aliases?: string[];
  alias_notes?: Record<string, string>;
  kind: string;
  owner?: string | null;
  country?: string | null;
  restrictions: Restriction[];
  notes?: string;
  verified?: boolean;
}

const KINDS: Record<string, EntryKind> = {
  app: 'app',
  company: 'company',
  person: 'person',
  product_category: 'product',
};
const STATUSES: Record<string, ListingStatus> = {
  in_force: 'in_force',
  revoked: 'revoked',
  enjoined: 'enjoined',
  removed: 'removed',
  enacted_pending_effect: 'pending',
  covered_status_unclear: 'unclear',
};
const LEGAL_FORM = /\b(co|corp|corporation|company|inc|ltd|limited|llc|plc|group|gmbh|ao|ooo)\b\.?/i;

/** Types a curated alias: script decides `local`, the alias note decides `former`, a legal form means `alias`. */
export function curatedNameType(alias: string, note: string | undefined): EntryName {
  if (/[\p{Script=Han}]/u.test(alias)) return { text: alias, type: 'local', lang: 'zh' };
  if (/[\p{Script=Cyrillic}]/u.test(alias)) return { text: alias, type: 'local', lang: 'ru' };
  if (note && /former/i.test(note)) return { text: alias, type: 'former' };
  return { text: alias, type: LEGAL_FORM.test(alias) ? 'alias' : 'brand' };
}

function toListing(
  r: Restriction,
  where: string,
  file: string,
  names: ReadonlyMap<string, string>,
): Listing | undefined {
  const list = listIdForInstrument(r.instrument_key);
  if (!list) return undefined;
  const status = STATUSES[r.status];
  if (!status) throw new SourceError(file, where, `unknown status "${r.status}"`);
  const listing: Listing = { list, status };
  if (list === 'IN-MEITY-69A' && r.instrument) listing.programme = r.instrument;
  const fullDate = r.date && /^\d{4}-\d{2}-\d{2}$/.test(r.date);
  if (fullDate) listing.dateListed = r.date as string;
  if (r.citation) listing.citation = r.citation;
  // A partial date ("2024-06") cannot be a dateListed; it stays visible in the detail text.
  const said = r.status_detail ? readerText(r.status_detail, names) : '';
  const detail = [r.date && !fullDate ? `Dated ${r.date}.` : '', said].join(' ').trim();
  if (detail) listing.statusDetail = detail;
  if (r.qualifier !== undefined) {
    if (!(STATUS_QUALIFIERS as readonly string[]).includes(r.qualifier))
      throw new SourceError(file, where, `unknown qualifier "${r.qualifier}"`);
    listing.qualifier = r.qualifier as StatusQualifier;
  }
  if (r.meaning) listing.summary = r.meaning;
  if (r.meaning_zh) listing.summaryZh = r.meaning_zh;
  const found = status === 'in_force' ? undefined : /\d{4}-\d{2}-\d{2}/.exec(r.status_detail ?? '')?.[0];
  const changed = r.status_date && /^\d{4}-\d{2}-\d{2}$/.test(r.status_date) ? r.status_date : found;
  if (changed) listing.statusDate = changed;
  if (r.source_url) listing.sourceUrl = r.source_url;
  return listing;
}

function toRecord(p: Party, i: number, file: string, names: ReadonlyMap<string, string>): SourceRecord {
  const where = `parties[${i}] (${String(p?.id)})`;
  if (!p || typeof p.id !== 'string' || !Array.isArray(p.names) || typeof p.names[0] !== 'string') {
    throw new SourceError(file, where, 'party needs an id and at least one name');
  }
  const kind = KINDS[p.kind];
  if (!kind) throw new SourceError(file, where, `unknown kind "${p.kind}"`);
  if (!Array.isArray(p.restrictions)) throw new SourceError(file, where, 'restrictions must be an array');
  const rec = newRecord(`${file}#${where}`, kind, p.names[0]);
  if (kind === 'app') rec.names[0] = { text: p.names[0], type: 'brand' };
  for (const n of p.names.slice(1)) rec.names.push({ text: n, type: 'legal' });
  for (const a of p.aliases ?? []) rec.names.push(curatedNameType(a, p.alias_notes?.[a]));
  if (p.country) rec.countries = [p.country];
  const owner = p.owner?.split(/\s\(|;/)[0]?.trim();
  if (owner) rec.parentNames.push(owner);
  for (const r of p.restrictions) {
    const listing = toListing(r, where, file, names);
    if (listing) rec.listings.push(listing);
  }
  rec.id = p.id;
  rec.curated = true;
  if (p.notes) rec.notes = readerText(p.notes, names);
  return rec;
}

/** Reads the curated restrictions.json (apps, brands, app bans, statuses); each party keeps its curated id. */
export function parseCuratedRestrictions(text: string, file: string): SourceBatch {
  let root: { data_as_of?: string; source_id?: string; parties?: unknown };
  try {
    root = JSON.parse(text) as typeof root;
  } catch (err) {
    throw new SourceError(file, 'whole file', `not JSON (${(err as Error).message})`);
  }
  if (!root || !Array.isArray(root.parties))
    throw new SourceError(file, 'top level', 'expected {parties: []}');
  const parties = root.parties as Party[];
  const names = new Map<string, string>();
  for (const p of parties)
    if (typeof p?.id === 'string' && typeof p.names?.[0] === 'string') names.set(p.id, p.names[0]);
  const records = parties.map((p, i) => toRecord(p, i, file, names));
  return {
    // A second curated file (the project's review) names itself, so provenance keeps the two apart.
    source: typeof root.source_id === 'string' && root.source_id ? root.source_id : 'curated-restrictions',
    records,
    ...(root.data_as_of ? { dataDate: root.data_as_of } : {}),
  };
}
