// Loads the working list on wake: opens (or recreates) the database, checks it, re-seeds from the bundled snapshot
// when it is missing or damaged, and restores the match index. Module state elsewhere only caches what this returns.
import type { Entry } from '../core/list/format.ts';
import {
  MATCH_RULES_VERSION,
  restoreMatchIndex,
  serializeMatchIndex,
  type MatchIndex,
} from '../core/match/index.ts';
import {
  deleteListDb,
  findByDomain,
  getEntries,
  openListDb,
  readWatchlistsAtAnyVersion,
  type ListDB,
  type ListMeta,
} from './list-db.ts';
import {
  newestCopy,
  STORE_RETRY_DELAYS_MS,
  storeErrorKind,
  type ListCopy,
} from '../core/update/store-recovery.ts';
import { watchlistRevision } from '../core/update/watchlist.ts';
import {
  NO_PACKED_ENTRIES,
  PackedEntriesBuilder,
  type PackedEntries,
} from '../core/update/packed-entries.ts';
import { buildIndexInSlices } from './slices.ts';
import { putIndex, readIndex } from './index-store.ts';
import { entriesOf, entryCountOf, watchIndexFor } from './watchlist-store.ts';
import { sha256Hex } from '../core/feed/platform.ts';
import { parseFeed, parseFeedBytes } from '../core/list/parse.ts';
import { commitList, metaFor, type ListPayload } from './list-swap.ts';

/** Where entries are read from: IndexedDB normally, memory when the disk refused the list. */
export interface EntrySource {
  get: (ids: string[]) => Promise<Entry[]>;
  byDomain: (hostname: string) => Promise<Entry | null>;
}

export interface LoadedList {
  meta: ListMeta;
  /** The list's own index (without the watchlists). */
  index: MatchIndex;
  /** The watchlists' index (see watchlist-store.ts); null or absent when there are none. */
  watchIndex?: MatchIndex | null;
  entries: EntrySource;
  /** Entries of the watchlists (the watchlists' index is built from them), kept as text (see packed-entries.ts). */
  extra: PackedEntries;
  watchRev: string;
  /** null when IndexedDB could not be used at all. */
  db: ListDB | null;
  /** How the list was obtained and how long it took (ms), for logs and measurements. */
  how: 'restored' | 'rebuilt-index' | 'seeded' | 'memory';
  ms: number;
  /** Why the stored list is not in use this time (kept on disk, tried again at the next start). */
  problem?: string;
}

export interface StoreDeps {
  loadSnapshot: () => Promise<Uint8Array>;
  /** Called when the database connection was closed for another context's upgrade or deletion. */
  onClosed?: () => void;
  now: () => number;
  log: (msg: string) => void;
  /** Waits between retries of a failed open or read (a timer in the worker, instant in tests). */
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export { buildIndexInSlices };

/**
 * Runs a database operation, retrying after STORE_RETRY_DELAYS_MS while it fails with an error that may pass.
 * Throws the last error when every attempt failed (or at once for a newer layout, which no retry fixes).
 */
export async function withRetries<T>(what: string, work: () => Promise<T>, deps: StoreDeps): Promise<T> {
  let last: unknown;
  for (const delay of [0, ...STORE_RETRY_DELAYS_MS]) {
    if (delay) await (deps.sleep ?? wait)(delay);
    try {
      return await work();
    } catch (err) {
      last = err;
      if (storeErrorKind(err) === 'layout') break;
      deps.log(`${what} failed (${String(err)})`);
    }
  }
  throw last;
}

/** Entries from the database, with watchlist entries (kept in memory, they are few) answered first. */
/** Entries kept in memory per list for page matching (FIFO): a few hundred KB at most. */
const CACHED_ENTRIES = 2_000;

/**
 * The list's entries as read from the database (the watchlists' from `extra`). Entries read once are kept for this
 * list (a new list gets a new source), so a page/match whose names were seen before is answered without a storage
 * read: each read's answer is a task of its own that waits behind whatever the worker is doing (an index rebuild).
 */
export function dbSource(db: ListDB, extra: PackedEntries = NO_PACKED_ENTRIES): EntrySource {
  const cache = new Map<string, Entry>();
  return {
    get: async (ids) => {
      // Watchlist entries are decoded from their text each time (a hit's entry: a few microseconds).
      const byId = new Map<string, Entry>();
      for (const id of ids) {
        const e = extra.get(id);
        if (e) byId.set(id, e);
      }
      const missing = ids.filter((id) => !byId.has(id) && !cache.has(id));
      if (missing.length > 0) {
        for (const e of await getEntries(db, missing)) {
          byId.set(e.id, e);
          if (cache.size >= CACHED_ENTRIES) cache.delete(cache.keys().next().value as string);
          cache.set(e.id, e);
        }
      }
      return ids.flatMap((id) => byId.get(id) ?? cache.get(id) ?? []);
    },
    byDomain: (h) => findByDomain(db, h),
  };
}

/**
 * The watchlists' entries and the revision that tags an index built with them. `known` holds entries already in
 * memory by watchlist id (one just saved), which are then not read back.
 */
export async function readWatchlistEntries(
  db: ListDB | null,
  deps?: StoreDeps,
  known?: Map<string, PackedEntries>,
): Promise<{ extra: PackedEntries; watchRev: string }> {
  if (!db) return { extra: NO_PACKED_ENTRIES, watchRev: '' };
  // A read that keeps failing throws: an index silently built without the watchlists would hide them.
  const read = () => db.getAll('watchlists');
  const lists = deps ? await withRetries('reading the watchlists', read, deps) : await read();
  const watchRev = watchlistRevision(lists.map((l) => ({ ...l, entryCount: entryCountOf(l) })));
  const each: PackedEntries[] = [];
  for (const l of lists) each.push(known?.get(l.id) ?? (await entriesOf(db, l)));
  if (each.length <= 1) return { extra: each[0] ?? NO_PACKED_ENTRIES, watchRev };
  const extra = new PackedEntriesBuilder();
  for (const p of each) extra.addPacked(p);
  return { extra: extra.finish(), watchRev };
}

export function memorySource(entries: Entry[]): EntrySource {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byDomain = new Map<string, Entry>();
  for (const e of entries) for (const d of e.domains ?? []) if (!byDomain.has(d)) byDomain.set(d, e);
  return {
    get: async (ids) => ids.flatMap((id) => byId.get(id) ?? []),
    byDomain: async (hostname) => {
      const labels = hostname.toLowerCase().split('.');
      for (let i = 0; i <= labels.length - 2; i += 1) {
        const hit = byDomain.get(labels.slice(i).join('.'));
        if (hit) return hit;
      }
      return null;
    },
  };
}

/**
 * Opens the database, retrying errors that may pass. Only a database this build can never open (a newer layout)
 * is deleted and recreated, and only after its watchlists were read, so they are written back; otherwise nothing
 * is deleted and null means "serve the list from memory this time".
 */
export async function openOrRecreate(deps: StoreDeps): Promise<ListDB | null> {
  try {
    return await withRetries('opening the list database', () => openListDb(undefined, deps.onClosed), deps);
  } catch (err) {
    if (storeErrorKind(err) !== 'layout') {
      deps.log(`list database unavailable (${String(err)}); serving the list from memory, nothing deleted`);
      return null;
    }
    deps.log(`list database could not be opened (${String(err)}); recreating it, keeping the watchlists`);
  }
  try {
    const kept = await withRetries('reading the watchlists', readWatchlistsAtAnyVersion, deps);
    await deleteListDb();
    const db = await openListDb(undefined, deps.onClosed);
    for (const [key, text] of kept.chunks) await db.put('watchlistChunks', text, key);
    for (const w of kept.lists) await db.put('watchlists', w);
    return db;
  } catch (err) {
    deps.log(`list database unusable (${String(err)}); keeping the list in memory`);
    return null;
  }
}

/** The bundled snapshot as a payload. */
async function snapshotPayload(deps: StoreDeps): Promise<ListPayload> {
  const bytes = await deps.loadSnapshot();
  return {
    feed: parseFeedBytes(bytes),
    feedHash: await sha256Hex(bytes),
    origin: 'snapshot',
    sourceUrl: null,
    etag: null,
    lastModified: null,
  };
}

/** The stored copy of the last downloaded list, validated again; null when there is none or it does not validate. */
async function storedCopy(db: ListDB, deps: StoreDeps): Promise<ListCopy<ListPayload> | null> {
  try {
    const rec = await withRetries('reading the list copy', () => db.get('listCopy', 'current'), deps);
    if (!rec) return null;
    const feed = parseFeed(rec.text);
    const { feedHash, origin, sourceUrl, etag, lastModified } = rec;
    return {
      source: 'copy',
      version: feed.version,
      value: { feed, feedHash, origin, sourceUrl, etag, lastModified },
    };
  } catch (err) {
    deps.log(`list copy unusable (${String(err)})`);
    return null;
  }
}

/**
 * Loads the newest good copy of the list (the stored copy of the last download, or the bundled snapshot) into the
 * database, or into memory if the database refuses it. The watchlists are never touched.
 */
export async function seedFromSnapshot(db: ListDB | null, deps: StoreDeps): Promise<LoadedList> {
  const t0 = deps.now();
  const snapshot: ListCopy<ListPayload> = await snapshotPayload(deps).then((value) => ({
    source: 'snapshot',
    version: value.feed.version,
    value,
  }));
  const payload = (newestCopy([snapshot, db ? await storedCopy(db, deps) : null]) ?? snapshot).value;
  const { feed } = payload;
  const { extra, watchRev } = await readWatchlistEntries(db, deps);
  const index = await buildIndexInSlices(feed.entries);
  const watchIndex = await watchIndexFor(db, extra, watchRev, deps.log);
  if (db) {
    try {
      const meta = await commitList(db, payload, serializeMatchIndex(index));
      const entries = dbSource(db, extra);
      return { meta, index, watchIndex, entries, extra, watchRev, db, how: 'seeded', ms: deps.now() - t0 };
    } catch (err) {
      deps.log(`snapshot could not be stored (${String(err)}); serving it from memory`);
    }
  }
  const meta = metaFor(payload);
  const entries = memorySource([...extra.slice(), ...feed.entries]);
  return { meta, index, watchIndex, entries, extra, watchRev, db, how: 'memory', ms: deps.now() - t0 };
}

async function restoreOrRebuild(
  db: ListDB,
  meta: ListMeta,
  deps: StoreDeps,
  t0: number,
): Promise<LoadedList> {
  const { extra, watchRev } = await readWatchlistEntries(db, deps);
  const watchIndex = await watchIndexFor(db, extra, watchRev, deps.log);
  const base = { meta, entries: dbSource(db, extra), extra, watchRev, watchIndex, db };
  const stored = await withRetries('reading the match index', () => readIndex(db, 'current'), deps);
  // An index stored with watchlists in it (before they had their own), or built with other rules, is rebuilt.
  const isCurrent =
    stored?.feedHash === meta.feedHash &&
    (stored.watchRev ?? '') === '' &&
    stored.rules === MATCH_RULES_VERSION;
  if (stored && isCurrent) {
    try {
      return { ...base, index: restoreMatchIndex(stored.buf), how: 'restored', ms: deps.now() - t0 };
    } catch (err) {
      deps.log(`stored match index unreadable (${String(err)}); rebuilding it`);
    }
  }
  const index = await rebuildIndex(db, meta.feedHash, deps.log);
  return { ...base, index, how: 'rebuilt-index', ms: deps.now() - t0 };
}

/** Builds the list's index from the stored entries, and stores it (a failure to store is only logged). */
export async function rebuildIndex(db: ListDB, feedHash: string, log: StoreDeps['log']): Promise<MatchIndex> {
  const index = await buildIndexInSlices(await db.getAll('entries'));
  try {
    await putIndex(
      db,
      'current',
      { feedHash, watchRev: '', rules: MATCH_RULES_VERSION },
      serializeMatchIndex(index),
    );
  } catch (err) {
    log(`rebuilt match index not stored (${String(err)})`);
  }
  return index;
}

/**
 * Returns a working list, whatever state the database is in: restored as stored, with its index rebuilt, or
 * re-seeded from the newest good copy when metadata is missing or the entry count does not match it. Reads that
 * keep failing leave the stored list alone: the snapshot is served from memory and the reason given in `problem`.
 */
export async function loadList(deps: StoreDeps): Promise<LoadedList> {
  const t0 = deps.now();
  const db = await openOrRecreate(deps);
  if (!db)
    return { ...(await seedFromSnapshot(null, deps)), problem: 'the list database could not be opened' };
  let state: { meta: ListMeta | undefined; count: number };
  try {
    state = await withRetries(
      'reading the stored list',
      async () => ({ meta: await db.get('meta', 'list'), count: await db.count('entries') }),
      deps,
    );
  } catch (err) {
    deps.log(
      `stored list unreadable (${String(err)}); serving the bundled list from memory, the stored one is kept`,
    );
    const memory = await seedFromSnapshot(null, deps);
    return { ...memory, problem: 'the stored list could not be read' };
  }
  const { meta, count } = state;
  if (meta && meta.entryCount === count && count > 0) {
    try {
      return await restoreOrRebuild(db, meta, deps, t0);
    } catch (err) {
      deps.log(`stored list unreadable (${String(err)}); serving the bundled list from memory`);
      return { ...(await seedFromSnapshot(null, deps)), problem: 'the stored list could not be read' };
    }
  }
  deps.log(meta ? `stored list damaged (${count} of ${meta.entryCount} entries); re-seeding` : 'no list yet');
  try {
    return await seedFromSnapshot(db, deps);
  } catch (err) {
    deps.log(`re-seeding failed (${String(err)}); serving the bundled list from memory`);
    return { ...(await seedFromSnapshot(null, deps)), problem: 'the list could not be stored' };
  }
}
