import 'fake-indexeddb/auto';
import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { feedBytes, makeFeed, testEntry } from '../../test/fixtures/make-feed.ts';
import {
  buildMatchIndex,
  findMatches,
  findMatchesWith,
  MATCH_RULES_VERSION,
  serializeMatchIndex,
} from '../core/match/index.ts';
import type { Entry } from '../core/list/format.ts';
import { saveWatchlist, deleteWatchlist } from './watchlist-store.ts';
import { DB_NAME, DB_VERSION, openListDb } from './list-db.ts';
import { loadList } from './list-store.ts';
import { metaFor } from './list-swap.ts';
import { readIndex } from './index-store.ts';
import { packEntries } from '../core/update/packed-entries.ts';

const DJI = testEntry('dji', 'SZ DJI Technology', ['dji.com']);
const snapshot = makeFeed(3, [DJI]);
const logs: string[] = [];
const deps = {
  loadSnapshot: async () => feedBytes(snapshot),
  now: Date.now,
  log: (m: string) => logs.push(m),
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  logs.length = 0;
});

describe('first start and wake', () => {
  test('an empty database is seeded from the snapshot, then restored on the next wake', async () => {
    const seeded = await loadList(deps);
    expect(seeded.how).toBe('seeded');
    expect(seeded.meta).toMatchObject({
      version: 3,
      origin: 'snapshot',
      entryCount: snapshot.entries.length,
    });
    seeded.db!.close();
    const woken = await loadList(deps);
    expect(woken.how).toBe('restored');
    expect(findMatches(woken.index, 'drones by SZ DJI Technology')[0]?.entityId).toBe('dji');
  });
  test('entries read for page matching are read from the database once per list', async () => {
    const list = await loadList(deps);
    const opened = vi.spyOn(IDBDatabase.prototype, 'transaction');
    expect((await list.entries.get(['dji', 'nobody'])).map((e) => e.id)).toEqual(['dji']);
    const reads = opened.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    expect((await list.entries.get(['dji'])).map((e) => e.id)).toEqual(['dji']);
    expect(opened.mock.calls.length).toBe(reads);
    opened.mockRestore();
  });
  test('site lookup finds the owner of a domain and of its subdomains, nothing for look-alikes', async () => {
    const list = await loadList(deps);
    expect((await list.entries.byDomain('dji.com'))?.id).toBe('dji');
    expect((await list.entries.byDomain('store.dji.com'))?.id).toBe('dji');
    expect(await list.entries.byDomain('notdji.com')).toBeNull();
    expect(await list.entries.byDomain('com')).toBeNull();
  });
});

describe('damaged databases end with a working list', () => {
  test('entries missing behind the metadata: re-seeded', async () => {
    const list = await loadList(deps);
    await list.db!.delete('entries', 'dji');
    list.db!.close();
    const again = await loadList(deps);
    expect(again.how).toBe('seeded');
    expect(await again.db!.count('entries')).toBe(snapshot.entries.length);
  });
  test('metadata missing: re-seeded', async () => {
    const list = await loadList(deps);
    await list.db!.delete('meta', 'list');
    list.db!.close();
    expect((await loadList(deps)).how).toBe('seeded');
  });
  test('an unreadable stored index is rebuilt from the entries', async () => {
    const list = await loadList(deps);
    const junk = new Uint8Array([0xff, 0x00, 0x13]).buffer;
    await list.db!.put('matchIndex', { feedHash: list.meta.feedHash, buf: junk }, 'current');
    list.db!.close();
    const again = await loadList(deps);
    expect(again.how).toBe('rebuilt-index');
    expect(findMatches(again.index, 'SZ DJI Technology').length).toBe(1);
    again.db!.close();
    expect((await loadList(deps)).how).toBe('restored');
  });
  test('an index stored by other matching rules is rebuilt, then restored', async () => {
    const list = await loadList(deps);
    const stored = await readIndex(list.db!, 'current');
    expect(stored?.rules).toBe(MATCH_RULES_VERSION);
    await list.db!.put('matchIndex', { ...stored!, rules: MATCH_RULES_VERSION - 1 }, 'current');
    list.db!.close();
    const again = await loadList(deps);
    expect(again.how).toBe('rebuilt-index');
    again.db!.close();
    expect((await loadList(deps)).how).toBe('restored');
  });
  test('a database from a newer layout is replaced by the snapshot', async () => {
    const future = await openDB(DB_NAME, DB_VERSION + 5, {
      upgrade: (db) => void db.createObjectStore('other'),
    });
    future.close();
    const list = await loadList(deps);
    expect(list.how).toBe('seeded');
    expect(logs.join(' ')).toContain('could not be opened');
  });
  test('a snapshot the disk refuses is still served from memory', async () => {
    const broken = { ...deps, loadSnapshot: deps.loadSnapshot };
    globalThis.indexedDB = {
      open: () => {
        throw new Error('disk gone');
      },
      deleteDatabase: () => {
        throw new Error('disk gone');
      },
    } as unknown as IDBFactory;
    const list = await loadList(broken);
    expect(list.how).toBe('memory');
    expect((await list.entries.get(['dji']))[0]?.id).toBe('dji');
  });
});

describe('numbered upgrade steps', () => {
  test('a version-1 database (first release layout) keeps its list and gains the domain index', async () => {
    const v1 = await openListDb(1);
    expect([...v1.objectStoreNames].sort()).toEqual(['entries', 'meta']);
    const old = makeFeed(2, [DJI]);
    const meta = metaFor({
      feed: old,
      feedHash: 'h-old',
      origin: 'feed',
      sourceUrl: null,
      etag: null,
      lastModified: null,
    });
    const tx = v1.transaction(['entries', 'meta'], 'readwrite');
    await Promise.all([
      ...old.entries.map((e) => tx.objectStore('entries').put(e)),
      tx.objectStore('meta').put(meta, 'list'),
    ]);
    await tx.done;
    v1.close();
    const list = await loadList(deps);
    expect(list.how).toBe('rebuilt-index');
    expect(list.meta.version).toBe(2);
    expect(list.db!.version).toBe(DB_VERSION);
    expect([...list.db!.objectStoreNames].sort()).toEqual([
      'entries',
      'listCopy',
      'matchIndex',
      'meta',
      'updater',
      'watchlistChunks',
      'watchlists',
    ]);
    expect((await list.entries.byDomain('www.dji.com'))?.id).toBe('dji');
  });
});

describe('watchlists in the index', () => {
  test('stored watchlist entries are matched, and a changed watchlist rebuilds the stored index', async () => {
    const first = await loadList(deps);
    const wl = testEntry('wl-x-acme', 'Acmewidget Holdings');
    await first.db!.put('watchlists', {
      id: 'x',
      name: 'mine.csv',
      source: { type: 'file', fileName: 'mine.csv' },
      entries: [{ ...wl, listings: [{ list: 'WATCHLIST', status: 'in_force' }] }],
      updatedAt: 1,
      lastError: null,
      etag: null,
      lastModified: null,
    });
    first.db!.close();
    const second = await loadList(deps);
    // The list's own index stays as stored; the watchlists get an index of their own.
    expect(second.how).toBe('restored');
    expect(findMatches(second.index, 'we met Acmewidget Holdings')).toEqual([]);
    const text = 'we met Acmewidget Holdings';
    expect(findMatchesWith(second.index, second.watchIndex, text)[0]?.entityId).toBe('wl-x-acme');
    expect((await second.entries.get(['wl-x-acme', 'dji'])).map((e) => e.id)).toEqual(['wl-x-acme', 'dji']);
    const storedWatch = await readIndex(second.db!, 'watchlists');
    expect(storedWatch?.watchRev).toBe(second.watchRev);
    second.db!.close();
    const third = await loadList(deps);
    expect(third.how).toBe('restored');
    expect(findMatchesWith(third.index, third.watchIndex, text)[0]?.entityId).toBe('wl-x-acme');
    third.db!.close();
  });

  test('a list index stored with watchlist entries in it (older releases) is rebuilt once without them', async () => {
    const first = await loadList(deps);
    const wl: Entry = { ...testEntry('wl-x-acme', 'Acmewidget Holdings'), listings: [] };
    const mixed = serializeMatchIndex(buildMatchIndex([DJI, wl]));
    await first.db!.put(
      'matchIndex',
      { feedHash: first.meta.feedHash, watchRev: 'x@1#1', rules: MATCH_RULES_VERSION, buf: mixed },
      'current',
    );
    first.db!.close();
    const second = await loadList(deps);
    expect(second.how).toBe('rebuilt-index');
    expect(findMatches(second.index, 'we met Acmewidget Holdings')).toEqual([]);
    expect((await readIndex(second.db!, 'current'))?.watchRev).toBe('');
    second.db!.close();
  });

  test('a watchlist saved in slices is read back whole; a new save replaces the slices; delete removes them', async () => {
    const first = await loadList(deps);
    const db = first.db!;
    const many = Array.from({ length: 2_500 }, (_, i) => ({
      ...testEntry(`wl-y-${i}`, `Widgetco Number ${i} Holdings`),
      listings: [{ list: 'WATCHLIST', status: 'in_force' as const }],
    }));
    const fields = {
      id: 'y',
      name: 'big.csv',
      source: { type: 'file' as const, fileName: 'big.csv' },
      updatedAt: 1,
      lastError: null,
      etag: null,
      lastModified: null,
    };
    const saved = await saveWatchlist(db, fields, packEntries(many));
    expect(saved).toMatchObject({ entries: [], chunkCount: 3, entryCount: 2_500 });
    expect(await db.count('watchlistChunks')).toBe(3);
    await saveWatchlist(db, { ...fields, updatedAt: 2 }, packEntries(many.slice(0, 10)));
    expect(await db.count('watchlistChunks')).toBe(1);
    db.close();
    const second = await loadList(deps);
    expect(second.extra.slice().map((e) => e.id)).toEqual(many.slice(0, 10).map((e) => e.id));
    const text = 'sold by Widgetco Number 7 Holdings';
    expect(findMatchesWith(second.index, second.watchIndex, text)[0]?.entityId).toBe('wl-y-7');
    await deleteWatchlist(second.db!, 'y');
    expect(await second.db!.count('watchlistChunks')).toBe(0);
    expect(await second.db!.count('watchlists')).toBe(0);
    second.db!.close();
  });
});
