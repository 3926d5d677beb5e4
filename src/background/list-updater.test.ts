import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { feedBytes, makeFeed, makeKey, testEntry, type TestKey } from '../../test/fixtures/make-feed.ts';
import type { Feed } from '../core/list/format.ts';
import { findMatches } from '../core/match/index.ts';
import { loadList, type LoadedList } from './list-store.ts';
import { readUpdater } from './list-db.ts';
import { runUpdate, type UpdaterDeps } from './list-updater.ts';
import type { FetchFn } from './fetch-capped.ts';

const FEED_URL = 'http://127.0.0.1:9/feed.json';
const OLD = testEntry('old-co', 'Oldname Electronics', ['oldname.example']);
const NEW = testEntry('new-co', 'Freshly Listed Robotics');
const snapshot = makeFeed(1, [OLD]);
let key: TestKey;
let served: { status: number; body?: Uint8Array | string; headers?: Record<string, string> }[];
let sig: { status: number; body?: string };
let seen: Headers[];

const storeDeps = { loadSnapshot: async () => feedBytes(snapshot), now: Date.now, log: () => undefined };

/** Answers by address first (manifests, patches, other sources); anything else takes the next `served` answer. */
let routes: Map<string, () => Response>;

const fakeFetch: FetchFn = async (url, init) => {
  const route = routes.get(url);
  if (route) return route();
  if (url.includes('-manifest.json') || url.includes('scsanctions.un.org'))
    return new Response(null, { status: 404 });
  if (url.endsWith('.sig')) return new Response(sig.body ?? null, { status: sig.status });
  seen.push(new Headers(init.headers));
  const next = served.shift() ?? { status: 500 };
  return new Response(next.status === 304 ? null : ((next.body ?? null) as BodyInit | null), {
    status: next.status,
    headers: next.headers,
  });
};

async function serveFeed(feed: Feed, mutate: (b: Uint8Array) => Uint8Array = (b) => b, headers = {}) {
  const bytes = feedBytes(feed);
  served.push({ status: 200, body: mutate(bytes), headers });
  sig = { status: 200, body: await key.sign(bytes) };
}

function deps(current: LoadedList, extra: Partial<UpdaterDeps> = {}): UpdaterDeps {
  return {
    db: current.db!,
    current,
    feedUrl: FEED_URL,
    publicKeys: [key.publicKey],
    intervalHours: 6,
    fetch: fakeFetch,
    now: Date.now,
    random: () => 0.5,
    tzOffsetMinutes: () => 0,
    ...extra,
  };
}

/** Reopens the list as a freshly started worker would, and checks it is whole and matches its names. */
async function reopen(): Promise<LoadedList> {
  const list = await loadList(storeDeps);
  expect(await list.db!.count('entries')).toBe(list.meta.entryCount);
  expect(findMatches(list.index, 'a deal with Oldname Electronics').map((h) => h.entityId)).toContain(
    'old-co',
  );
  return list;
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  key = await makeKey();
  served = [];
  sig = { status: 404 };
  seen = [];
  routes = new Map();
});

describe('a good update', () => {
  test('applies a newer signed feed, then uses its ETag and handles 304', async () => {
    const first = await loadList(storeDeps);
    await serveFeed(makeFeed(2, [OLD, NEW]), undefined, { etag: '"v2"' });
    const out = await runUpdate(deps(first));
    expect(out.result).toEqual({ ok: true, changed: true, version: 2 });
    expect(findMatches(out.list!.index, 'Freshly Listed Robotics').length).toBe(1);
    first.db!.close();
    const again = await reopen();
    expect(again.meta.version).toBe(2);
    served.push({ status: 304 });
    const second = await runUpdate(deps(again));
    expect(second.result).toEqual({ ok: true, changed: false, version: 2 });
    expect(seen[1]!.get('if-none-match')).toBe('"v2"');
    expect(second.updater.lastError).toBeNull();
  });
});

describe('hostile or broken feeds are refused and the old list stays', () => {
  const cases: [string, () => Promise<void>, string][] = [
    [
      'tampered by one byte',
      () => serveFeed(makeFeed(2, [OLD, NEW]), (b) => flipOne(b)),
      'signature did not verify',
    ],
    [
      'unsigned',
      async () => void served.push({ status: 200, body: feedBytes(makeFeed(2, [OLD, NEW])) }),
      'not signed',
    ],
    [
      'signed by another key',
      async () => {
        const other = await makeKey();
        const bytes = feedBytes(makeFeed(2, [OLD, NEW]));
        served.push({ status: 200, body: bytes });
        sig = { status: 200, body: await other.sign(bytes) };
      },
      'signature did not verify',
    ],
    ['older version', () => serveFeed(makeFeed(1, [OLD, NEW], 41)), 'not newer'],
    [
      'truncated',
      () => serveFeed(makeFeed(2, [OLD, NEW]), (b) => b.slice(0, b.length >> 1)),
      'signature did not verify',
    ],
    ['too large', () => serveFeed(makeFeed(2, [OLD, NEW], 2000)), 'larger than'],
    [
      'invalid JSON, correctly signed',
      async () => {
        const bytes = new TextEncoder().encode('{"format":1, nope');
        served.push({ status: 200, body: bytes });
        sig = { status: 200, body: await key.sign(bytes) };
      },
      'not valid JSON',
    ],
    ['an unexplained shrink', () => serveFeed(makeFeed(2, [OLD], 5)), 'did not explain'],
    ['a server error', async () => void served.push({ status: 503 }), 'server answered 503, retrying at'],
  ];
  test.each(cases)('%s', async (_name, arrange, reason) => {
    const first = await loadList(storeDeps);
    await arrange();
    const out = await runUpdate(deps(first, { maxBytes: 100_000 }));
    expect(out.result.ok).toBe(false);
    expect(out.result.error).toContain(reason);
    expect((await readUpdater(first.db!)).lastError).toContain(reason);
    first.db!.close();
    expect((await reopen()).meta.version).toBe(1);
  });
  test('the same list again (200, new ETag) is no change, and its ETag is used next time', async () => {
    const first = await loadList(storeDeps);
    await serveFeed(snapshot, undefined, { etag: '"same"' });
    expect((await runUpdate(deps(first))).result).toEqual({ ok: true, changed: false, version: 1 });
    served.push({ status: 304 });
    await runUpdate(deps(first));
    expect(seen.at(-1)!.get('if-none-match')).toBe('"same"');
  });
  test('a signed feed with an explained shrink is accepted', async () => {
    const first = await loadList(storeDeps);
    await serveFeed(makeFeed(2, [OLD], 5, { shrinkReason: 'Delisting of 35 entries' }));
    expect((await runUpdate(deps(first))).result.ok).toBe(true);
  });
});

function flipOne(b: Uint8Array): Uint8Array {
  const copy = b.slice();
  const i = copy.indexOf(0x4f); // first "O" of "Oldname": still valid JSON, different name
  copy[i] = 0x30;
  return copy;
}

const STEPS = [
  'fetch',
  'downloaded',
  'signature-downloaded',
  'verified',
  'validated',
  'checked',
  'indexed',
  'swap:cleared',
  'swap:half-written',
  'swap:entries-written',
  'swap:meta-written',
  'swap:index-written',
  'committed',
];

describe('an update killed at any step leaves a working list', () => {
  test.each(STEPS)('killed at %s', async (step) => {
    const first = await loadList(storeDeps);
    await serveFeed(makeFeed(2, [OLD, NEW]));
    const checkpoint = (s: string) => {
      if (s === step) throw new Error(`killed at ${s}`);
    };
    const out = await runUpdate(deps(first, { checkpoint }));
    expect(out.result.ok).toBe(false);
    first.db!.close();
    const after = await reopen();
    // Only a kill after the transaction committed may leave the new list; every earlier kill keeps the old one.
    expect(after.meta.version).toBe(step === 'committed' ? 2 : 1);
    expect(after.how).toBe('restored');
  });
  test('a full disk during the swap keeps the old list and says so', async () => {
    const first = await loadList(storeDeps);
    await serveFeed(makeFeed(2, [OLD, NEW]));
    const checkpoint = (s: string) => {
      if (s === 'swap:half-written') throw new DOMException('quota', 'QuotaExceededError');
    };
    const out = await runUpdate(deps(first, { checkpoint }));
    expect(out.result.error).toContain('not enough disk space');
    first.db!.close();
    expect((await reopen()).meta.version).toBe(1);
  });
  test('a download that never finishes times out', async () => {
    const first = await loadList(storeDeps);
    const hang: FetchFn = (_u, init) =>
      new Promise((_r, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const out = await runUpdate(deps(first, { fetch: hang, timeoutMs: 50 }));
    expect(out.result.error).toContain('did not finish');
  });
});

describe('direct mode', () => {
  const csl = readFileSync(new URL('../../test/fixtures/sources/csl-official.json', import.meta.url));
  test('the official CSL file is compiled with the list in use; no signature is asked for', async () => {
    const first = await loadList(storeDeps);
    served.push({ status: 200, body: new Uint8Array(csl), headers: { etag: '"csl-1"' } });
    const out = await runUpdate(
      deps(first, {
        mode: 'direct',
        directSourceUrls: { 'us-trade-csl': 'http://localhost:9/consolidated.json' },
      }),
    );
    expect(out.result).toMatchObject({ ok: true, changed: true });
    expect(out.list!.meta.origin).toBe('direct');
    expect(findMatches(out.list!.index, 'Hangzhou Hikvision Digital Technology').length).toBeGreaterThan(0);
    expect(findMatches(out.list!.index, 'Oldname Electronics').length).toBe(1);
  });
  test('a file that is not the CSL bulk file leaves the list alone', async () => {
    const first = await loadList(storeDeps);
    served.push({ status: 200, body: '{"hello":1}' });
    const out = await runUpdate(
      deps(first, {
        mode: 'direct',
        directSourceUrls: { 'us-trade-csl': 'https://h.example/consolidated.json' },
      }),
    );
    expect(out.result.ok).toBe(false);
    expect(out.result.error).toContain('not valid');
    first.db!.close();
    expect((await reopen()).meta.version).toBe(1);
  });
});

describe('when the next check is planned', () => {
  const HOUR = 3_600_000;
  test('a server error retries within minutes; a refused list waits for the regular interval', async () => {
    const first = await loadList(storeDeps);
    const now = 1_800_000_000_000;
    served.push({ status: 503 });
    const a = await runUpdate(deps(first, { now: () => now }));
    expect(a.updater.nextCheck! - now).toBeLessThanOrEqual(5 * 60_000);
    expect(a.updater.failures).toBe(1);
    await serveFeed(makeFeed(2, [OLD, NEW]), (b) => flipOne(b));
    const b = await runUpdate(deps(first, { now: () => now }));
    expect(b.updater.nextCheck).toBe(now + 6 * HOUR);
    expect(b.updater.lastError).toBe('signature did not verify');
    served.push({ status: 304 });
    const c = await runUpdate(deps(first, { now: () => now }));
    expect(c.updater).toMatchObject({
      failures: 0,
      lastError: null,
      lastSuccess: now,
      nextCheck: now + 6 * HOUR,
    });
  });
});
