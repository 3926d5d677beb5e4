// Faults at worker start: nothing the user made is deleted, the stored list is not replaced because a read failed
// once, and a damaged list falls back to the newest good copy. Faults come from fake-indexeddb with injection.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  feedBytes,
  makeFeed,
  testEntry,
  FILE_WATCHLIST as WATCHLIST,
} from '../../test/fixtures/make-feed.ts';
import { installFaults } from '../../test/fixtures/idb-faults.ts';
import { DB_NAME, DB_VERSION, openListDb } from './list-db.ts';
import { saveWatchlist } from './watchlist-store.ts';
import { loadList, type StoreDeps } from './list-store.ts';
import { commitList } from './list-swap.ts';
import { buildMatchIndex, serializeMatchIndex } from '../core/match/index.ts';
import { packEntries } from '../core/update/packed-entries.ts';

const snapshot = makeFeed(3, [testEntry('dji', 'SZ DJI Technology', ['dji.com'])]);
const downloaded = makeFeed(7, [testEntry('dji', 'SZ DJI Technology'), testEntry('zte', 'ZTE Corporation')]);
const logs: string[] = [];
const deps: StoreDeps = {
  loadSnapshot: async () => feedBytes(snapshot),
  now: Date.now,
  log: (m) => logs.push(m),
  sleep: async () => undefined,
};
const faults = installFaults();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
afterAll(() => {
  faults.uninstall();
  process.off('unhandledRejection', onUnhandled);
});

/** A database holding a downloaded list v7 (with its copy) and one imported watchlist. */
async function storedFeedAndWatchlist(): Promise<void> {
  const db = await openListDb();
  await db.put('watchlists', WATCHLIST);
  const payload = {
    feed: downloaded,
    feedHash: 'h7',
    origin: 'feed' as const,
    sourceUrl: null,
    etag: null,
    lastModified: null,
  };
  await commitList(db, payload, serializeMatchIndex(buildMatchIndex(downloaded.entries)));
  db.close();
}

async function watchlistIds(): Promise<string[]> {
  const db = await openListDb();
  const ids = (await db.getAll('watchlists')).map((w) => w.id);
  db.close();
  return ids;
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  faults.reset();
  logs.length = 0;
  unhandled.length = 0;
  await storedFeedAndWatchlist();
});
afterEach(() => faults.reset());

describe('transient faults at start', () => {
  test('one failed open (UnknownError) is retried: the downloaded list and the watchlist stay', async () => {
    faults.reset({ at: 0, span: 1, name: 'UnknownError' });
    const list = await loadList(deps);
    expect(faults.injected).toBe(1);
    expect(list.meta.version).toBe(7);
    expect(list.extra.slice().map((e) => e.id)).toEqual(['wl-f-mine-acme']);
    list.db?.close();
  });

  test('an open that keeps failing serves the snapshot from memory and deletes nothing', async () => {
    faults.reset({ at: 0, span: Infinity, name: 'UnknownError' });
    const list = await loadList(deps);
    expect(list.how).toBe('memory');
    expect(list.problem).toMatch(/could not be opened/);
    faults.reset();
    const later = await loadList(deps);
    expect(later.meta.version).toBe(7);
    expect(await watchlistIds()).toEqual(['f-mine']);
    later.db?.close();
  });

  test.each(['throw', 'abort'] as const)(
    'a failed read of the list metadata (%s) does not re-seed over it',
    async (kind) => {
      // Operation 0 opens, 1 starts the read transaction, 2 is the metadata read.
      faults.reset({ at: 2, span: 1, kind, name: 'AbortError' });
      const list = await loadList(deps);
      expect(faults.injected).toBe(1);
      expect(list.meta.version).toBe(7);
      expect(list.how).not.toBe('seeded');
      list.db?.close();
    },
  );

  test('reads that keep failing leave the stored list for the next start', async () => {
    faults.reset({ at: 1, span: 40, name: 'UnknownError' });
    const list = await loadList(deps);
    expect(list.how).toBe('memory');
    expect(list.problem).toBeTruthy();
    list.db?.close();
    faults.reset();
    const later = await loadList(deps);
    expect(later.meta.version).toBe(7);
    expect(later.extra).toHaveLength(1);
    later.db?.close();
  });
});

describe('a database that is really damaged', () => {
  test('entries lost behind the metadata: the newest good copy (the download, v7) comes back, not the snapshot v3', async () => {
    const db = await openListDb();
    await db.delete('entries', 'zte');
    db.close();
    const list = await loadList(deps);
    expect(list.how).toBe('seeded');
    expect(list.meta.version).toBe(7);
    expect(list.meta.origin).toBe('feed');
    expect(await watchlistIds()).toEqual(['f-mine']);
    list.db?.close();
  });

  test('a database of a newer layout is rebuilt with its watchlists carried over', async () => {
    const db = await openListDb();
    const sliced = { ...testEntry('wl-f-sliced-a', 'Slicedco Holdings'), listings: [] };
    const { entries: _, ...fields } = { ...WATCHLIST, id: 'f-sliced', name: 'sliced.csv' };
    await saveWatchlist(db, fields, packEntries([sliced]));
    db.close();
    const future = await openDB(DB_NAME, DB_VERSION + 5, {
      upgrade: (d) => void d.createObjectStore('other'),
    });
    future.close();
    const list = await loadList(deps);
    expect(list.db?.version).toBe(DB_VERSION);
    expect(
      list.extra
        .slice()
        .map((e) => e.id)
        .sort(),
    ).toEqual(['wl-f-mine-acme', 'wl-f-sliced-a']);
    list.db?.close();
  });
});

test('idb shortcut reads whose transaction aborts raise no unhandled rejection', async () => {
  const db = await openListDb();
  for (let at = 0; at < 3; at++) {
    faults.reset({ at, span: 1, kind: 'abort', name: 'AbortError' });
    await db.get('meta', 'list').catch(() => undefined);
    await db.count('entries').catch(() => undefined);
    await db.getAll('watchlists').catch(() => undefined);
  }
  faults.reset();
  await new Promise((r) => setTimeout(r, 0));
  db.close();
  expect(unhandled).toEqual([]);
});

test('an update whose start record cannot be written reports a storage failure instead of rejecting', async () => {
  const { runUpdate } = await import('./list-updater.ts');
  const current = await loadList(deps);
  faults.reset({ at: 0, span: Infinity, name: 'UnknownError' });
  const out = await runUpdate({
    db: current.db!,
    current,
    feedUrl: 'http://127.0.0.1:9/feed.json',
    publicKeys: [],
    intervalHours: 6,
    fetch: async () => new Response(null, { status: 500 }),
    now: Date.now,
    random: () => 0.5,
    tzOffsetMinutes: () => 0,
  });
  faults.reset();
  expect(out.result).toMatchObject({ ok: false, changed: false, version: 7 });
  expect(out.result.ok ? '' : out.result.error).toMatch(/could not be stored/);
  current.db?.close();
});
