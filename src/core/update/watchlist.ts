// A user's or organisation's own watchlist (CSV or JSON) turned into entries on the WATCHLIST list.
import { ENTRY_KINDS, type Entry, type EntryKind } from '../list/format.ts';
import { readWatchlistCsv } from '../sources/watchlist-csv.ts';
import { finishSteps, type Steps } from '../steps.ts';
import { newRecord, type SourceRecord } from '../sources/types.ts';
import { JSON_PAUSE, JsonNotListError, jsonListItems } from '../sources/json-list.ts';
import type { EntryList } from '../match/build-index.ts';
import { PackedEntriesBuilder, type PackedEntries } from './packed-entries.ts';

/** Most names one watchlist may hold (keeps the match index and the popup reasonable). */
export const MAX_WATCHLIST_ENTRIES = 20_000;
/** Longest name or alias, and most aliases, one row may carry (a real company name is far shorter). */
export const MAX_WATCHLIST_NAME = 300;
export const MAX_WATCHLIST_ALIASES = 50;
/** Longest note one row may carry. */
export const MAX_WATCHLIST_NOTE = 2_000;
/** Rows read between two pauses of a stepped parse. */
const ROWS_PER_STEP = 100;
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

/** Longest JSON item (a row's object) in characters: far above a row at every limit below, escapes and all. */
const MAX_JSON_ITEM_CHARS = 128 * 1024;
/** Deepest nesting inside one JSON item (a row is an object holding a list of aliases). */
const MAX_JSON_DEPTH = 16;

/**
 * The rows of a JSON watchlist, item by item (see jsonListItems): a 5 MB file is read in slices, never in one
 * JSON.parse of the whole text.
 */
function* jsonRecords(text: string, file: string): Generator<SourceRecord | typeof JSON_PAUSE, void, void> {
  const opts = { file, key: 'entries', maxItemChars: MAX_JSON_ITEM_CHARS, maxDepth: MAX_JSON_DEPTH };
  let i = 0;
  try {
    for (const item of jsonListItems(text, opts)) {
      if (item === JSON_PAUSE) yield JSON_PAUSE;
      else yield fromJsonRow(item, i++, file);
    }
  } catch (err) {
    if (err instanceof JsonNotListError) throw new Error(`${file}: expected a list of {"name": …} items`);
    throw err;
  }
}

/** Refuses a row whose name, aliases or note are beyond any real company's (they would bloat the index). */
function checkSizes(rec: SourceRecord, n: number, file: string): void {
  const long = rec.names.find((x) => x.text.length > MAX_WATCHLIST_NAME);
  if (long) throw new Error(`${file}: name ${n} is longer than ${MAX_WATCHLIST_NAME} characters`);
  if (rec.names.length > MAX_WATCHLIST_ALIASES + 1)
    throw new Error(`${file}: name ${n} has more than ${MAX_WATCHLIST_ALIASES} aliases`);
  const note = rec.listings[0]?.statusDetail ?? '';
  if (note.length > MAX_WATCHLIST_NOTE)
    throw new Error(`${file}: the note of name ${n} is longer than ${MAX_WATCHLIST_NOTE} characters`);
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
 * `wl-<watchlistId>-<name>` on the WATCHLIST list, packed as text as they are read (see packed-entries.ts: no entry
 * outlives the slice that read it as an object). Throws an Error naming the file and the problem. Linear in the
 * text's size; yields every few hundred rows so the worker can answer pages meanwhile (see runSteps).
 */
export function* watchlistSteps(text: string, fileName: string, watchlistId: string): Steps<PackedEntries> {
  const body = text.replace(/^\uFEFF/, '');
  const isJson = /^\s*[[{]/.test(body);
  const records: Iterable<SourceRecord | typeof JSON_PAUSE> = isJson
    ? jsonRecords(body, fileName)
    : readWatchlistCsv(body, fileName);
  const entries = new PackedEntriesBuilder();
  /** How many entries already use each id stem, so a repeated name costs one lookup, not one per repeat. */
  const stems = new Map<string, number>();
  const seen = new Set<string>();
  for (const rec of records) {
    if (rec === JSON_PAUSE) {
      yield;
      continue;
    }
    if (entries.length >= MAX_WATCHLIST_ENTRIES)
      throw new Error(`${fileName}: more than ${MAX_WATCHLIST_ENTRIES} names`);
    checkSizes(rec, entries.length + 1, fileName);
    const stem = `wl-${watchlistId}-${slug(rec.names[0]!.text)}`;
    let n = stems.get(stem) ?? 1;
    let id = n === 1 ? stem : `${stem}-${n}`;
    while (seen.has(id)) id = `${stem}-${(n += 1)}`;
    stems.set(stem, n + 1);
    seen.add(id);
    entries.add({
      id,
      kind: rec.kind,
      names: rec.names,
      countries: rec.countries,
      domains: [],
      parents: [],
      listings: rec.listings,
    });
    if (entries.length % ROWS_PER_STEP === 0) yield;
  }
  if (entries.length === 0) throw new Error(`${fileName}: no names in the file`);
  return entries.finish();
}

/** The whole watchlist at once, as objects (see watchlistSteps). */
export function parseWatchlist(text: string, fileName: string, watchlistId: string): Entry[] {
  return finishSteps(watchlistSteps(text, fileName, watchlistId)).slice();
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

/** An imported watchlist as far as a new import needs to know it. */
export interface ImportedWatchlist {
  id: string;
  name: string;
  entries: EntryList;
}

/** What importing a file does next to the watchlists already imported from files. */
export type ImportPlan =
  | { kind: 'new' }
  | { kind: 'already-imported'; id: string; name: string }
  | { kind: 'replace'; id: string; name: string };

/** An entry's content without its id (ids carry the watchlist's own id, so two imports never share them). */
function contentKey(e: Entry): string {
  return JSON.stringify([e.kind, e.names, e.countries, e.listings]);
}

/** Entries compared between two pauses of planWatchlistImportSteps. */
const COMPARED_PER_STEP = 500;

/**
 * Same content, entry by entry, stopping at the first difference, pausing every COMPARED_PER_STEP entries (20,000
 * entries of the same content took about 100 ms at once). Only watchlists of as many entries are compared: an
 * import of 20,000 names with nothing of its size stored costs nothing here.
 */
function* sameContent(a: EntryList, b: EntryList): Steps<boolean> {
  if (a.length !== b.length) return false;
  for (let at = 0; at < a.length; at += COMPARED_PER_STEP) {
    const x = a.slice(at, at + COMPARED_PER_STEP);
    const y = b.slice(at, at + COMPARED_PER_STEP);
    for (let k = 0; k < x.length; k++) if (contentKey(x[k]!) !== contentKey(y[k]!)) return false;
    yield;
  }
  return true;
}

/**
 * Decides what an import of `entries` from file `name` means: `already-imported` when a watchlist with the same
 * names, kinds, countries and notes exists (whatever its file name, in whatever line endings or formatting);
 * `replace` when a watchlist of the same file name holds other content (a newer version of the same file); else
 * `new`. Pauses between slices of the comparison (see runSteps).
 */
export function* planWatchlistImportSteps(
  name: string,
  entries: EntryList,
  imported: readonly ImportedWatchlist[],
): Steps<ImportPlan> {
  for (const w of imported) {
    if (yield* sameContent(w.entries, entries)) return { kind: 'already-imported', id: w.id, name: w.name };
  }
  const named = imported.find((w) => w.name === name);
  return named ? { kind: 'replace', id: named.id, name: named.name } : { kind: 'new' };
}

/** planWatchlistImportSteps at once. */
export function planWatchlistImport(
  name: string,
  entries: EntryList,
  imported: readonly ImportedWatchlist[],
): ImportPlan {
  return finishSteps(planWatchlistImportSteps(name, entries, imported));
}

/**
 * Moves entries parsed for watchlist `fromId` onto watchlist `toId` (their ids carry the watchlist's id), packed,
 * pausing every ROWS_PER_STEP entries.
 */
export function* rekeyWatchlistSteps(entries: EntryList, fromId: string, toId: string): Steps<PackedEntries> {
  const from = `wl-${fromId}-`;
  const out = new PackedEntriesBuilder();
  for (let at = 0; at < entries.length; at += ROWS_PER_STEP) {
    for (const e of entries.slice(at, at + ROWS_PER_STEP))
      out.add(e.id.startsWith(from) ? { ...e, id: `wl-${toId}-${e.id.slice(from.length)}` } : e);
    yield;
  }
  return out.finish();
}

/** rekeyWatchlistSteps at once, as objects. */
export function rekeyWatchlistEntries(entries: EntryList, fromId: string, toId: string): Entry[] {
  return finishSteps(rekeyWatchlistSteps(entries, fromId, toId)).slice();
}
