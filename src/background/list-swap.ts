// Replaces the stored list — entries, metadata and match index — in ONE IndexedDB transaction, so a worker killed
// or a disk filling up mid-swap leaves the previous list whole.
import type { Feed } from '../core/list/format.ts';
import type { ListStatus } from '../shared/messages.ts';
import type { ListDB, ListMeta } from './list-db.ts';
import { serializeFeed } from '../core/list/serialize.ts';
import { MATCH_RULES_VERSION } from '../core/match/index.ts';
import { putIndexIn } from './index-store.ts';

/** Called at each step of an update; tests throw from it to simulate the worker dying there. */
export type Checkpoint = (step: string) => void;

export interface ListPayload {
  feed: Feed;
  feedHash: string;
  origin: ListStatus['origin'];
  sourceUrl: string | null;
  etag: string | null;
  lastModified: string | null;
}

function countByList(feed: Feed): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of feed.entries) {
    for (const list of new Set(e.listings.map((l) => l.list))) counts[list] = (counts[list] ?? 0) + 1;
  }
  return counts;
}

export function metaFor(p: ListPayload): ListMeta {
  const { feed } = p;
  return {
    version: feed.version,
    dataDate: feed.dataDate,
    generated: feed.generated,
    entryCount: feed.entries.length,
    origin: p.origin,
    feedHash: p.feedHash,
    sources: feed.sources.map((s) => ({ id: s.id, records: s.records })),
    provenance: feed.sources,
    lists: feed.lists,
    listCounts: countByList(feed),
    sourceUrl: p.sourceUrl,
    etag: p.etag,
    lastModified: p.lastModified,
  };
}

/**
 * Writes the new list in one readwrite transaction over entries, meta, matchIndex and (for a download) its copy. Any error (including one
 * thrown by `checkpoint`) aborts the transaction, so IndexedDB keeps the previous list. Rejects with the error.
 */
export async function commitList(
  db: ListDB,
  payload: ListPayload,
  indexBuf: ArrayBuffer,
  checkpoint: Checkpoint = () => undefined,
): Promise<ListMeta> {
  const meta = metaFor(payload);
  const tx = db.transaction(['entries', 'meta', 'matchIndex', 'listCopy'], 'readwrite');
  // Observe the outcome from the start so an abort is never an unhandled rejection.
  const done = tx.done.then(
    () => null,
    (err: unknown) => err ?? new Error('transaction aborted'),
  );
  try {
    const entries = tx.objectStore('entries');
    await entries.clear();
    checkpoint('swap:cleared');
    const { entries: list } = payload.feed;
    const half = Math.floor(list.length / 2);
    const puts: Promise<unknown>[] = [];
    list.forEach((e, i) => {
      const put = entries.put(e);
      put.catch(() => undefined); // rejections surface through Promise.all or the abort below
      puts.push(put);
      if (i === half) checkpoint('swap:half-written');
    });
    await Promise.all(puts);
    checkpoint('swap:entries-written');
    await tx.objectStore('meta').put(meta, 'list');
    checkpoint('swap:meta-written');
    const head = { feedHash: payload.feedHash, watchRev: '', rules: MATCH_RULES_VERSION };
    await putIndexIn(tx.objectStore('matchIndex'), 'current', head, indexBuf);
    checkpoint('swap:index-written');
    if (payload.origin !== 'snapshot') {
      // The downloaded list kept as text too: the fallback if its entries are ever found damaged.
      const { feedHash, origin, sourceUrl, etag, lastModified } = payload;
      const text = serializeFeed(payload.feed);
      const copy = { version: meta.version, feedHash, origin, sourceUrl, etag, lastModified, text };
      await tx.objectStore('listCopy').put(copy, 'current');
    }
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already aborted by IndexedDB itself (e.g. QuotaExceededError).
    }
    await done;
    throw err;
  }
  const failure = await done;
  if (failure) throw failure;
  return meta;
}
