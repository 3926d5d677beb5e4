// Watchlist records in and out of IndexedDB: entries as JSON text slices in their own store, each written and
// read in a task of its own (see core/update/watchlist-chunks.ts), and the watchlists' own match index, built
// apart from the list's so that a watchlist change never rebuilds the list's.
import {
  MATCH_RULES_VERSION,
  type EntryList,
  restoreMatchIndex,
  serializeMatchIndex,
  type MatchIndex,
} from '../core/match/index.ts';
import { decodeEntryChunks } from '../core/update/watchlist-chunks.ts';
import { finishSteps } from '../core/steps.ts';
import { packEntries, PackedEntriesBuilder, type PackedEntries } from '../core/update/packed-entries.ts';
import type { ListDB, StoredWatchlist } from './list-db.ts';
import { buildIndexInSlices, pause } from './slices.ts';
import { putIndex, readIndex } from './index-store.ts';

type WatchlistFields = Omit<StoredWatchlist, 'entries' | 'chunkSet' | 'chunkCount' | 'entryCount'>;

/** Every chunk key of watchlist `id` (arrays sort after numbers and strings, so [id, []] ends the range). */
const allChunksOf = (id: string) => IDBKeyRange.bound([id], [id, []]);

/**
 * Stores a watchlist with `entries`: a new set of slices first (one write per slice, a task yield between), then
 * the record naming it, then the slices of the set it replaces. A fault part-way leaves the previous record
 * and its slices whole; only unreferenced slices can be left over, and the next save of that id removes them.
 */
export async function saveWatchlist(
  db: ListDB,
  rec: WatchlistFields,
  entries: PackedEntries,
): Promise<StoredWatchlist> {
  // Already text: each stored slice is one of the packed texts in brackets.
  const chunks = entries.chunkTexts();
  const chunkSet = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
  for (const [n, text] of chunks.entries()) {
    await db.put('watchlistChunks', text, [rec.id, chunkSet, n]);
    await pause();
  }
  const stored: StoredWatchlist = {
    ...rec,
    entries: [],
    chunkSet,
    chunkCount: chunks.length,
    entryCount: entries.length,
  };
  await db.put('watchlists', stored);
  const keys = await db.getAllKeys('watchlistChunks', allChunksOf(rec.id));
  for (const key of keys) if (key[1] !== chunkSet) await db.delete('watchlistChunks', key);
  return stored;
}

/** Deletes a watchlist and its slices. */
export async function deleteWatchlist(db: ListDB, id: string): Promise<void> {
  await db.delete('watchlists', id);
  await db.delete('watchlistChunks', allChunksOf(id));
}

/** How many entries a stored watchlist holds (either layout). */
export function entryCountOf(w: StoredWatchlist): number {
  return w.chunkSet ? (w.entryCount ?? 0) : w.entries.length;
}

/**
 * A stored watchlist's entries (either layout), packed (see packed-entries.ts): one slice read, checked and packed
 * per task. Throws on a missing or damaged slice.
 */
export async function entriesOf(db: ListDB, w: StoredWatchlist): Promise<PackedEntries> {
  if (!w.chunkSet) return packEntries(w.entries);
  const out = new PackedEntriesBuilder();
  for (let n = 0; n < (w.chunkCount ?? 0); n++) {
    const text = await db.get('watchlistChunks', [w.id, w.chunkSet, n]);
    if (text === undefined) throw new Error(`watchlist ${w.name}: part ${n + 1} is missing`);
    for (const e of finishSteps(decodeEntryChunks([text]))) out.add(e);
    await pause();
  }
  return out.finish();
}

/**
 * The watchlists' match index for `watchRev`: the stored one when it was built for that revision (and these rules),
 * else built (in
 * slices) and stored; null when there are no watchlist entries. A failure to store is only logged.
 */
export async function watchIndexFor(
  db: ListDB | null,
  extra: EntryList,
  watchRev: string,
  log: (msg: string) => void,
  mayRestore = true,
): Promise<MatchIndex | null> {
  if (extra.length === 0) return null;
  const stored = db && mayRestore ? await readIndex(db, 'watchlists') : undefined;
  if (stored && stored.watchRev === watchRev && stored.rules === MATCH_RULES_VERSION) {
    try {
      return restoreMatchIndex(stored.buf);
    } catch (err) {
      log(`stored watchlist index unreadable (${String(err)}); rebuilding it`);
    }
  }
  const index = await buildIndexInSlices(extra);
  try {
    const head = { feedHash: '', watchRev, rules: MATCH_RULES_VERSION };
    if (db) await putIndex(db, 'watchlists', head, serializeMatchIndex(index));
  } catch (err) {
    log(`watchlist index not stored (${String(err)})`);
  }
  return index;
}
