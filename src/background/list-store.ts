// Loads the working list on wake: opens (or recreates) the database, checks it, re-seeds from the bundled snapshot
// when it is missing or damaged, and restores the match index. Module state elsewhere only caches what this returns.
import type { Entry, Feed } from '../core/list/format.ts';
import { buildMatchIndex, restoreMatchIndex, serializeMatchIndex, type MatchIndex } from './matcher.ts';
import { validateFeed } from './feed-check.ts';
import { deleteListDb, findByDomain, getEntries, openListDb, type ListDB, type ListMeta } from './list-db.ts';
import { commitList, metaFor, sha256Hex, type ListPayload } from './list-swap.ts';

/** Where entries are read from: IndexedDB normally, memory when the disk refused the list. */
export interface EntrySource {
  get: (ids: string[]) => Promise<Entry[]>;
  byDomain: (hostname: string) => Promise<Entry | null>;
}

export interface LoadedList {
  meta: ListMeta;
  index: MatchIndex;
  entries: EntrySource;
  /** null when IndexedDB could not be used at all. */
  db: ListDB | null;
  /** How the list was obtained and how long it took (ms), for logs and measurements. */
  how: 'restored' | 'rebuilt-index' | 'seeded' | 'memory';
  ms: number;
}

export interface StoreDeps {
  loadSnapshot: () => Promise<Uint8Array>;
  now: () => number;
  log: (msg: string) => void;
}

/** Decodes UTF-8 strictly, parses JSON and validates the feed; throws a plain-words Error. */
export function parseFeedBytes(bytes: Uint8Array): Feed {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Error('not valid JSON');
  }
  return validateFeed(json);
}

export function dbSource(db: ListDB): EntrySource {
  return { get: (ids) => getEntries(db, ids), byDomain: (h) => findByDomain(db, h) };
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
export async function openOrRecreate(log: StoreDeps['log']): Promise<ListDB | null> {
  try {
    return await openListDb();
  } catch (err) {
    log(`list database could not be opened (${String(err)}); recreating it`);
  }
  try {
    await deleteListDb();
    return await openListDb();
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
  const index = buildMatchIndex(feed.entries);
  if (db) {
    try {
      const meta = await commitList(db, payload, serializeMatchIndex(index));
      return { meta, index, entries: dbSource(db), db, how: 'seeded', ms: deps.now() - t0 };
    } catch (err) {
      deps.log(`snapshot could not be stored (${String(err)}); serving it from memory`);
    }
  }
  const meta = metaFor(payload);
  return { meta, index, entries: memorySource(feed.entries), db, how: 'memory', ms: deps.now() - t0 };
}

async function restoreOrRebuild(
  db: ListDB,
  meta: ListMeta,
  deps: StoreDeps,
  t0: number,
): Promise<LoadedList> {
  const stored = await db.get('matchIndex', 'current');
  if (stored && stored.feedHash === meta.feedHash) {
    try {
      const index = restoreMatchIndex(stored.buf);
      return { meta, index, entries: dbSource(db), db, how: 'restored', ms: deps.now() - t0 };
    } catch (err) {
      deps.log(`stored match index unreadable (${String(err)}); rebuilding it`);
    }
  }
  const index = buildMatchIndex(await db.getAll('entries'));
  try {
    await db.put('matchIndex', { feedHash: meta.feedHash, buf: serializeMatchIndex(index) }, 'current');
  } catch (err) {
    deps.log(`rebuilt match index not stored (${String(err)})`);
  }
  return { meta, index, entries: dbSource(db), db, how: 'rebuilt-index', ms: deps.now() - t0 };
}

/**
 * Returns a working list, whatever state the database is in: restored as stored, with its index rebuilt, or
 * re-seeded from the snapshot when metadata is missing or the entry count does not match it.
 */
export async function loadList(deps: StoreDeps): Promise<LoadedList> {
  const t0 = deps.now();
  const db = await openOrRecreate(deps.log);
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
