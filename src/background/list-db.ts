// The list's home: IndexedDB via idb with a typed schema and numbered upgrade steps. Opened only by the background.
import type { DirectSourceState } from '../core/update/direct-schedule.ts';
import {
  deleteDB,
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { Entry, ListDefinition, SourceProvenance } from '../core/list/format.ts';
import type { ListStatus, SourceCount, WatchlistInfo } from '../shared/messages.ts';

export const DB_NAME = 'sanctions-lens';
export const DB_VERSION = 5;

/** Everything about the stored list except its entries. Written in the same transaction as the entries. */
export interface ListMeta {
  version: number;
  dataDate: string;
  generated: string;
  /** Number of records in `entries`; a mismatch on open means the store is damaged. */
  entryCount: number;
  origin: ListStatus['origin'];
  feedHash: string;
  sources: SourceCount[];
  /** Full provenance of each source (absent in lists stored by the first release). */
  provenance?: SourceProvenance[];
  lists: ListDefinition[];
  /** Entries per list id. */
  listCounts?: Record<string, number>;
  /** Where it was downloaded from and the validators for conditional requests (null for the snapshot). */
  sourceUrl: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** The stored match indexes: the list's ('current') and the watchlists' ('watchlists'). */
export type IndexName = 'current' | 'watchlists';

/**
 * A serialised match index: under 'current' the list's (tagged with its feed; watchRev '' since watchlists got an
 * index of their own), under 'watchlists' the watchlists' (tagged with their revision). Its bytes are either in
 * `buf` (as first stored) or, when `parts` is set, in that many ArrayBuffer records under [name, 0 … parts − 1]
 * (see index-store.ts) and `buf` is empty.
 */
export interface StoredIndex {
  feedHash: string;
  /** watchlistRevision() of the watchlists included; absent or '' when none. */
  watchRev?: string;
  /** MATCH_RULES_VERSION of the rules it was built with; absent before rules were versioned. */
  rules?: number;
  buf: ArrayBuffer;
  /** Number of part records holding the bytes; absent when `buf` holds them. */
  parts?: number;
  /** Total bytes of the parts. */
  bytes?: number;
}

/** A user's or organisation's own watchlist with its entries. */
export interface StoredWatchlist {
  id: string;
  name: string;
  source: WatchlistInfo['source'];
  /** The entries as objects: records written before the chunk store existed (empty when chunkSet is set). */
  entries: Entry[];
  /**
   * The entries are in the watchlistChunks store under [id, chunkSet, 0 … chunkCount − 1], as JSON text (see
   * core/update/watchlist-chunks.ts). A new set is written before the record that names it, so a record always
   * names a complete set.
   */
  chunkSet?: string;
  chunkCount?: number;
  /** Number of entries (set with chunkSet, so counting needs no decoding). */
  entryCount?: number;
  updatedAt: number | null;
  lastError: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** The last downloaded list as text, kept beside the entries: the fallback when they are found damaged. */
export interface StoredCopy {
  version: number;
  feedHash: string;
  origin: ListMeta['origin'];
  sourceUrl: string | null;
  etag: string | null;
  lastModified: string | null;
  /** The feed serialised (serializeFeed); validated again before use. */
  text: string;
}

/** Durable updater state: survives worker restarts (module state does not). */
export interface UpdaterRecord {
  failures: number;
  lastCheck: number | null;
  lastSuccess: number | null;
  lastError: string | null;
  nextCheck: number | null;
  /** Set when a download starts, cleared when it ends: still set on wake means the worker died mid-update. */
  inProgressSince: number | null;
  /** Since when the signed feed has failed with no success between (direct sources take over after a day). */
  feedFailingSince?: number | null;
  /** Direct mode's bookkeeping per official source (validators, daily schedule, back-off). */
  direct?: Record<string, DirectSourceState>;
  /** Validators of the feed manifest, so a check with nothing new is one 304. */
  manifest?: { url: string; etag: string | null; lastModified: string | null };
}

export interface ListSchema extends DBSchema {
  entries: { key: string; value: Entry; indexes: { byDomain: string } };
  meta: { key: 'list'; value: ListMeta };
  /** Index heads under their name, their parts (ArrayBuffers) under [name, n]: no upgrade step needed. */
  matchIndex: { key: IndexName | [IndexName, number]; value: StoredIndex | ArrayBuffer };
  updater: { key: 'state'; value: UpdaterRecord };
  watchlists: { key: string; value: StoredWatchlist };
  listCopy: { key: 'current'; value: StoredCopy };
  /** Watchlist entries as JSON text slices, keyed [watchlist id, chunk set, n] (see StoredWatchlist.chunkSet). */
  watchlistChunks: { key: WatchlistChunkKey; value: string };
}

export type WatchlistChunkKey = [string, string, number];

export type ListDB = IDBPDatabase<ListSchema>;
type UpgradeTx = IDBPTransaction<ListSchema, StoreNames<ListSchema>[], 'versionchange'>;

/**
 * Numbered upgrade steps: STEPS[n] brings a version-n database to n+1. Never edit or remove a step.
 * 1: entries (keyed by id) and list metadata — the layout of the first release.
 * 2: domain lookup index on entries, the stored match index, and durable updater state.
 * 3: the user's and organisation's own watchlists.
 * 4: a copy of the last downloaded list (the fallback when the stored entries are damaged).
 * 5: watchlist entries as text slices apart from the watchlist records (cheap to read and write in pieces).
 */
export const UPGRADE_STEPS: Record<number, (db: IDBPDatabase<ListSchema>, tx: UpgradeTx) => void> = {
  0: (db) => {
    db.createObjectStore('entries', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
  1: (db, tx) => {
    tx.objectStore('entries').createIndex('byDomain', 'domains', { multiEntry: true });
    db.createObjectStore('matchIndex');
    db.createObjectStore('updater');
  },
  2: (db) => {
    db.createObjectStore('watchlists', { keyPath: 'id' });
  },
  3: (db) => {
    db.createObjectStore('listCopy');
  },
  4: (db) => {
    db.createObjectStore('watchlistChunks');
  },
};

/** idb's shortcut methods (db.get, db.put …) that open a transaction of their own. */
const SHORTCUTS = new Set([
  'get',
  'getKey',
  'getAll',
  'getAllKeys',
  'count',
  'put',
  'add',
  'delete',
  'clear',
]);

/**
 * The database with every transaction's outcome observed. idb's shortcut reads (db.get, db.getAll, db.count) await
 * only their request, so a transaction that aborts (a disk error, the browser closing it) left its `done` promise
 * rejected with nobody listening: an unhandled AbortError. Callers that await `tx.done` still see the rejection.
 */
export function observeTransactions(db: ListDB): ListDB {
  const proxy: ListDB = new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction') {
        return (...args: Parameters<ListDB['transaction']>) => {
          const tx = target.transaction(...args);
          tx.done.catch(() => undefined);
          return tx;
        };
      }
      const shortcut = typeof prop === 'string' && SHORTCUTS.has(prop.replace(/FromIndex$/, ''));
      // A shortcut runs with `this` = the proxy, so the transaction it opens goes through the trap above.
      const value = Reflect.get(target, prop, shortcut ? proxy : target) as unknown;
      if (typeof value !== 'function') return value;
      return shortcut ? value : (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  return proxy;
}

/**
 * Opens the list database, running every upgrade step from the stored version up to `target`. When another
 * connection wants to upgrade or delete it, this one closes and `onClosed` lets the caller drop what it cached.
 */
export async function openListDb(target: number = DB_VERSION, onClosed?: () => void): Promise<ListDB> {
  const db = await openDB<ListSchema>(DB_NAME, target, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? target); v += 1) UPGRADE_STEPS[v]?.(db, tx);
    },
    blocking() {
      db.close();
      onClosed?.();
    },
  });
  return observeTransactions(db);
}

/** The watchlists of a database with their entry slices, as kept across a rebuild of the database. */
export interface KeptWatchlists {
  lists: StoredWatchlist[];
  chunks: [WatchlistChunkKey, string][];
}

/**
 * The watchlists (and their entry slices) of a database this build cannot open at its own version (written by a
 * newer one), read at the version it has; empty when it has no watchlist store. Throws when they cannot be read.
 */
export async function readWatchlistsAtAnyVersion(): Promise<KeptWatchlists> {
  const db = observeTransactions(await openDB<ListSchema>(DB_NAME));
  try {
    if (!db.objectStoreNames.contains('watchlists')) return { lists: [], chunks: [] };
    const lists = await db.getAll('watchlists');
    if (!db.objectStoreNames.contains('watchlistChunks')) return { lists, chunks: [] };
    const tx = db.transaction('watchlistChunks');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    return { lists, chunks: keys.map((k, i) => [k, values[i] as string]) };
  } finally {
    db.close();
  }
}

/** Deletes the database (used when it cannot be opened or is damaged beyond repair). */
export async function deleteListDb(db?: ListDB): Promise<void> {
  db?.close();
  await deleteDB(DB_NAME);
}

export const EMPTY_UPDATER: UpdaterRecord = {
  failures: 0,
  lastCheck: null,
  lastSuccess: null,
  lastError: null,
  nextCheck: null,
  inProgressSince: null,
};

export async function readUpdater(db: ListDB): Promise<UpdaterRecord> {
  return { ...EMPTY_UPDATER, ...((await db.get('updater', 'state')) ?? {}) };
}

export async function writeUpdater(db: ListDB, rec: UpdaterRecord): Promise<void> {
  await db.put('updater', rec, 'state');
}

/** Entries by id, in input order, skipping unknown ids. */
export async function getEntries(db: ListDB, ids: string[]): Promise<Entry[]> {
  const tx = db.transaction('entries');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return found.filter((e): e is Entry => e !== undefined);
}

/** The entry owning `hostname` or its closest parent domain (shop.dji.com → dji.com), or null. */
export async function findByDomain(db: ListDB, hostname: string): Promise<Entry | null> {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const index = db.transaction('entries').store.index('byDomain');
  for (let i = 0; i <= labels.length - 2; i += 1) {
    const found = await index.get(labels.slice(i).join('.'));
    if (found) return found;
  }
  return null;
}
