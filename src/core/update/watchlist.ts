// A user's or organisation's own watchlist (CSV or JSON) turned into entries on the WATCHLIST list.
import { ENTRY_KINDS, type Entry, type EntryKind } from '../list/format.ts';
import { parseWatchlistCsv } from '../sources/watchlist-csv.ts';
import { newRecord, type SourceRecord } from '../sources/types.ts';

/** Most names one watchlist may hold (keeps the match index and the popup reasonable). */
export const MAX_WATCHLIST_ENTRIES = 20_000;
export const WATCHLIST_LIST_ID = 'WATCHLIST';

const KINDS = new Set<EntryKind>(ENTRY_KINDS);
type Row = Record<string, unknown>;

function fromJsonRow(row: unknown, i: number, file: string): SourceRecord {
  if (!row || typeof row !== 'object') throw new Error(`${file}: item ${i + 1} is not an object`);
  const r = row as Row;
  const name = typeof r.name === 'string' ? r.name.trim() : '';
  if (!name) throw new Error(`${file}: item ${i + 1} has no "name"`);
  const kind =
    typeof r.kind === 'string' && KINDS.has(r.kind as EntryKind) ? (r.kind as EntryKind) : 'company';
  const rec = newRecord(`${file}#${i}`, kind, name);
  const aliases = Array.isArray(r.aliases)
    ? r.aliases
    : typeof r.aliases === 'string'
      ? r.aliases.split(/[;|]/)
      : [];
  for (const a of aliases)
    if (typeof a === 'string' && a.trim()) rec.names.push({ text: a.trim(), type: 'alias' });
  if (typeof r.country === 'string' && /^[A-Za-z]{2}$/.test(r.country))
    rec.countries = [r.country.toUpperCase()];
  const note = typeof r.note === 'string' && r.note.trim() ? r.note.trim() : undefined;
  rec.listings.push({ list: WATCHLIST_LIST_ID, status: 'in_force', ...(note ? { statusDetail: note } : {}) });
  return rec;
}

function parseJson(text: string, file: string): SourceRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file}: not valid JSON`);
  }
  const rows = Array.isArray(json) ? json : (json as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a list of {"name": …} items`);
  return rows.map((r, i) => fromJsonRow(r, i, file));
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'name'
  );
}

/**
 * Reads watchlist text: JSON when it starts with `[` or `{` (a list of `{name, aliases?, note?, country?, kind?}`,
 * or `{entries: [...]}`), otherwise CSV with a `name,aliases,note` header. Returns entries with ids
 * `wl-<watchlistId>-<name>` on the WATCHLIST list. Throws an Error naming the file and the problem.
 */
export function parseWatchlist(text: string, fileName: string, watchlistId: string): Entry[] {
  const body = text.replace(/^\uFEFF/, '');
  const isJson = /^\s*[[{]/.test(body);
  const records = isJson ? parseJson(body, fileName) : parseWatchlistCsv(body, fileName).records;
  if (records.length === 0) throw new Error(`${fileName}: no names in the file`);
  if (records.length > MAX_WATCHLIST_ENTRIES)
    throw new Error(`${fileName}: more than ${MAX_WATCHLIST_ENTRIES} names`);
  const seen = new Set<string>();
  return records.map((rec) => {
    let id = `wl-${watchlistId}-${slug(rec.names[0]!.text)}`;
    for (let n = 2; seen.has(id); n += 1) id = `wl-${watchlistId}-${slug(rec.names[0]!.text)}-${n}`;
    seen.add(id);
    return {
      id,
      kind: rec.kind,
      names: rec.names,
      countries: rec.countries,
      domains: [],
      parents: [],
      listings: rec.listings,
    };
  });
}

/** A short key that changes whenever the set of watchlists or their contents change (tags the match index). */
export function watchlistRevision(
  lists: { id: string; updatedAt: number | null; entryCount: number }[],
): string {
  if (lists.length === 0) return '';
  return lists
    .map((l) => `${l.id}@${l.updatedAt ?? 0}#${l.entryCount}`)
    .sort()
    .join(',');
}
