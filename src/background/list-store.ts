// Loads the working list on wake: opens (or recreates) the database, checks it, re-seeds from the bundled snapshot
// when it is missing or damaged, and restores the match index. Module state elsewhere only caches what this returns.
import type { Entry } from '../core/list/format.ts';
import {
  buildMatchIndex,
  restoreMatchIndex,
  serializeMatchIndex,
  type MatchIndex,
} from '../core/match/index.ts';
import { deleteListDb, findByDomain, getEntries, openListDb, type ListDB, type ListMeta } from './list-db.ts';
import { watchlistRevision } from '../core/update/watchlist.ts';
import { sha256Hex } from '../core/feed/platform.ts';
import { parseFeedBytes } from '../core/list/parse.ts';
import { commitList, metaFor, type ListPayload } from './list-swap.ts';

/** Where entries are read from: IndexedDB normally, memory when the disk refused the list. */
export interface EntrySource {
  get: (ids: string[]) => Promise<Entry[]>;
  byDomain: (hostname: string) => Promise<Entry | null>;
}

export interface LoadedList {
  meta: ListMeta;
  index: MatchIndex;
  entries: EntrySource;
  /** Entries of the watchlists, included in the index. */
  extra: Entry[];
  watchRev: string;
  /** null when IndexedDB could not be used at all. */
  db: ListDB | null;
  /** How the list was obtained and how long it took (ms), for logs and measurements. */
  how: 'restored' | 'rebuilt-index' | 'seeded' | 'memory';
  ms: number;
}

export interface StoreDeps {
  loadSnapshot: () => Promise<Uint8Array>;
  /** Called when the database connection was closed for another context's upgrade or deletion. */
  onClosed?: () => void;
  now: () => number;
  log: (msg: string) => void;
}

/** Entries from the database, with watchlist entries (kept in memory, they are few) answered first. */
export function dbSource(db: ListDB, extra: Entry[] = []): EntrySource {
  const own = new Map(extra.map((e) => [e.id, e]));
  return {
    get: async (ids) => {
      const fromDb = await getEntries(
        db,
        ids.filter((id) => !own.has(id)),
      );
      const byId = new Map(fromDb.map((e) => [e.id, e]));
      return ids.flatMap((id) => own.get(id) ?? byId.get(id) ?? []);
    },
    byDomain: (h) => findByDomain(db, h),
  };
}

/** The watchlists' entries and the revision that tags an index built with them. */
export async function readWatchlistEntries(db: ListDB | null): Promise<{ extra: Entry[]; watchRev: string }> {
  if (!db) return { extra: [], watchRev: '' };
  try {
    const lists = await db.getAll('watchlists');
    const watchRev = watchlistRevision(lists.map((l) => ({ ...l, entryCount: l.entries.length })));
    return { extra: lists.flatMap((l) => l.entries), watchRev };
  } catch {
    return { extra: [], watchRev: '' };
  }
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

/** Opens the database; if that fails (damaged files, a newer layout), deletes it and starts empty. */
export async function openOrRecreate(log: StoreDeps['log'], onClosed?: () => void): Promise<ListDB | null> {
  try {
    return await openListDb(undefined, onClosed);
  } catch (err) {
    log(`list database could not be opened (${String(err)}); recreating it`);
  }
  try {
    await deleteListDb();
    return await openListDb(undefined, onClosed);
  } catch (err) {
    log(`list database unusable (${String(err)}); keeping the list in memory`);
    return null;
  }
}

/** Loads the bundled snapshot into the database (or memory, if the database refuses it). */
export async function seedFromSnapshot(db: ListDB | null, deps: StoreDeps): Promise<LoadedList> {
  const t0 = deps.now();
  const bytes = await deps.loadSnapshot();
  const feed = parseFeedBytes(bytes);
  const payload: ListPayload = {
    feed,
    feedHash: await sha256Hex(bytes),
    origin: 'snapshot',
    sourceUrl: null,
    etag: null,
    lastModified: null,
  };
  const { extra, watchRev } = await readWatchlistEntries(db);
  const index = buildMatchIndex([...feed.entries, ...extra]);
  if (db) {
    try {
      const meta = await commitList(db, payload, serializeMatchIndex(index), undefined, watchRev);
      const entries = dbSource(db, extra);
      return { meta, index, entries, extra, watchRev, db, how: 'seeded', ms: deps.now() - t0 };
    } catch (err) {
      deps.log(`snapshot could not be stored (${String(err)}); serving it from memory`);
    }
  }
  const meta = metaFor(payload);
  const entries = memorySource([...extra, ...feed.entries]);
  return { meta, index, entries, extra, watchRev, db, how: 'memory', ms: deps.now() - t0 };
}

async function restoreOrRebuild(
  db: ListDB,
  meta: ListMeta,
  deps: StoreDeps,
  t0: number,
): Promise<LoadedList> {
  const { extra, watchRev } = await readWatchlistEntries(db);
  const base = { meta, entries: dbSource(db, extra), extra, watchRev, db };
  const stored = await db.get('matchIndex', 'current');
  if (stored && stored.feedHash === meta.feedHash && (stored.watchRev ?? '') === watchRev) {
    try {
      return { ...base, index: restoreMatchIndex(stored.buf), how: 'restored', ms: deps.now() - t0 };
    } catch (err) {
      deps.log(`stored match index unreadable (${String(err)}); rebuilding it`);
    }
  }
  const index = await rebuildIndex(db, meta.feedHash, extra, watchRev, deps.log);
  return { ...base, index, how: 'rebuilt-index', ms: deps.now() - t0 };
}

/** Builds the index from the stored entries plus `extra`, and stores it (a failure to store is only logged). */
export async function rebuildIndex(
  db: ListDB,
  feedHash: string,
  extra: Entry[],
  watchRev: string,
  log: StoreDeps['log'],
): Promise<MatchIndex> {
  const index = buildMatchIndex([...(await db.getAll('entries')), ...extra]);
  try {
    await db.put('matchIndex', { feedHash, watchRev, buf: serializeMatchIndex(index) }, 'current');
  } catch (err) {
    log(`rebuilt match index not stored (${String(err)})`);
  }
  return index;
}

/**
 * Returns a working list, whatever state the database is in: restored as stored, with its index rebuilt, or
 * re-seeded from the snapshot when metadata is missing or the entry count does not match it.
 */
export async function loadList(deps: StoreDeps): Promise<LoadedList> {
  const t0 = deps.now();
  const db = await openOrRecreate(deps.log, deps.onClosed);
  if (!db) return seedFromSnapshot(null, deps);
  try {
    const meta = await db.get('meta', 'list');
    const count = await db.count('entries');
    if (meta && meta.entryCount === count && count > 0) return await restoreOrRebuild(db, meta, deps, t0);
    deps.log(
      meta ? `stored list damaged (${count} of ${meta.entryCount} entries); re-seeding` : 'no list yet',
    );
  } catch (err) {
    deps.log(`stored list unreadable (${String(err)}); re-seeding`);
  }
  return seedFromSnapshot(db, deps);
}
