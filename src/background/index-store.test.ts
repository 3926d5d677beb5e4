// The match index stored in parts: written and read back whole, a shorter index leaves no stale parts, a damaged
// set of parts reads as unreadable (so the index is rebuilt), an index stored whole by earlier releases still loads,
// and a start with either layout restores the list without rebuilding it.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, test } from 'vitest';
import { feedBytes, makeFeed, testEntry } from '../../test/fixtures/make-feed.ts';
import {
  buildMatchIndex,
  findMatches,
  MATCH_RULES_VERSION,
  serializeMatchIndex,
} from '../core/match/index.ts';
import { openListDb, type ListDB } from './list-db.ts';
import { INDEX_PART_BYTES, deleteIndex, isIndexHead, putIndex, readIndex } from './index-store.ts';
import { loadList } from './list-store.ts';

const DJI = testEntry('dji', 'SZ DJI Technology', ['dji.com']);
const snapshot = makeFeed(3, [DJI]);
const deps = { loadSnapshot: async () => feedBytes(snapshot), now: Date.now, log: () => undefined };
const HEAD = { feedHash: 'h', watchRev: 'w@1#1', rules: MATCH_RULES_VERSION };

/** Bytes 0, 1, 2 … (mod 251, so no part repeats another's bytes at the same offsets). */
function counting(n: number): ArrayBuffer {
  const a = new Uint8Array(n);
  for (let i = 0; i < n; i++) a[i] = i % 251;
  return a.buffer;
}

const partKeys = async (db: ListDB) =>
  (await db.getAllKeys('matchIndex')).filter((k) => Array.isArray(k) && k[0] === 'watchlists');

let db: ListDB;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openListDb();
});

test('an index is stored in parts of INDEX_PART_BYTES and read back byte for byte', async () => {
  const buf = counting(INDEX_PART_BYTES * 2 + 1000);
  await putIndex(db, 'watchlists', HEAD, buf);
  expect(await partKeys(db)).toHaveLength(3);
  const head = await db.get('matchIndex', 'watchlists');
  expect(isIndexHead(head) && head.buf.byteLength).toBe(0);
  const back = await readIndex(db, 'watchlists');
  expect(back).toMatchObject({ ...HEAD, parts: 3, bytes: buf.byteLength });
  expect(new Uint8Array(back!.buf)).toEqual(new Uint8Array(buf));
});

test('a shorter index removes the parts of the longer one it replaces; delete removes all', async () => {
  await putIndex(db, 'watchlists', HEAD, counting(INDEX_PART_BYTES * 4));
  await putIndex(db, 'watchlists', HEAD, counting(10));
  expect(await partKeys(db)).toEqual([['watchlists', 0]]);
  expect((await readIndex(db, 'watchlists'))?.buf.byteLength).toBe(10);
  await deleteIndex(db, 'watchlists');
  expect(await partKeys(db)).toEqual([]);
  expect(await readIndex(db, 'watchlists')).toBeUndefined();
});

test('a missing or foreign part reads as an empty buffer (rebuilt by the caller), never as other bytes', async () => {
  await putIndex(db, 'watchlists', HEAD, counting(INDEX_PART_BYTES * 2 + 5));
  await db.delete('matchIndex', ['watchlists', 1]);
  expect((await readIndex(db, 'watchlists'))?.buf.byteLength).toBe(0);
  await putIndex(db, 'watchlists', HEAD, counting(INDEX_PART_BYTES * 2 + 5));
  await db.put('matchIndex', counting(INDEX_PART_BYTES * 2), ['watchlists', 2]);
  expect((await readIndex(db, 'watchlists'))?.buf.byteLength).toBe(0);
});

test('an index stored whole (the layout of earlier releases) is read as it is', async () => {
  const buf = counting(1234);
  await db.put('matchIndex', { ...HEAD, buf }, 'watchlists');
  const back = await readIndex(db, 'watchlists');
  expect(back?.parts).toBeUndefined();
  expect(new Uint8Array(back!.buf)).toEqual(new Uint8Array(buf));
});

test('a list whose index was stored whole by an earlier release is restored from it, not rebuilt', async () => {
  db.close();
  const first = await loadList(deps);
  expect(first.how).toBe('seeded');
  const whole = serializeMatchIndex(buildMatchIndex(snapshot.entries));
  const feedHash = first.meta.feedHash;
  await deleteIndex(first.db!, 'current');
  await first.db!.put(
    'matchIndex',
    { feedHash, watchRev: '', rules: MATCH_RULES_VERSION, buf: whole },
    'current',
  );
  first.db!.close();
  const second = await loadList(deps);
  expect(second.how).toBe('restored');
  expect(findMatches(second.index, 'drones by SZ DJI Technology')[0]?.entityId).toBe('dji');
  second.db!.close();
});

test('a list whose stored index lost a part is rebuilt from its entries, and the list is kept', async () => {
  db.close();
  const first = await loadList(deps);
  const head = await readIndex(first.db!, 'current');
  expect(head?.parts).toBeGreaterThan(1);
  await first.db!.delete('matchIndex', ['current', 1]);
  first.db!.close();
  const second = await loadList(deps);
  expect(second.how).toBe('rebuilt-index');
  expect(second.meta.version).toBe(3);
  expect(findMatches(second.index, 'drones by SZ DJI Technology')[0]?.entityId).toBe('dji');
  second.db!.close();
  expect((await loadList(deps)).how).toBe('restored');
});
