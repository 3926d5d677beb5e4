// The update plan's paths through the real updater and a fake network: the feed's patch path (and its fallback to
// the full feed), a version from the far future, the official sources (304, daily schedule, one failing source),
// the fallback to them after a day of feed failures, and the "What changed" record.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { makeFeed, makeKey, testEntry, type TestKey } from '../../test/fixtures/make-feed.ts';
import type { Feed } from '../core/list/format.ts';
import { serializeFeed } from '../core/list/serialize.ts';
import { buildManifest } from '../core/feed/manifest.ts';
import { makePatch } from '../core/feed/patch.ts';
import { sha256Hex, utf8Encode } from '../core/feed/platform.ts';
import { findMatches } from '../core/match/index.ts';
import { loadList, type LoadedList } from './list-store.ts';
import { runUpdate, type UpdaterDeps } from './list-updater.ts';
import type { FetchFn } from './fetch-capped.ts';

const BASE = 'http://127.0.0.1:9';
const CSL_URL = `${BASE}/consolidated.json`;
const UN_URL = `${BASE}/consolidated.xml`;
const EU_URL = `${BASE}/eu-fsf.xml`;
const UK_URL = `${BASE}/uk.csv`;
const OLD = testEntry('old-co', 'Oldname Electronics');
const NEW = testEntry('new-co', 'Freshly Listed Robotics');
const sorted = (f: Feed): Feed => ({ ...f, entries: [...f.entries].sort((a, b) => (a.id < b.id ? -1 : 1)) });
const v1 = sorted(makeFeed(1, [OLD]));
const v2 = sorted(makeFeed(2, [OLD, NEW]));
const bytes = (f: Feed) => utf8Encode(serializeFeed(f));
const csl = readFileSync(new URL('../../test/fixtures/sources/csl-official.json', import.meta.url));
const un = readFileSync(new URL('../../test/fixtures/sources/un-sc.xml', import.meta.url));
const eu = readFileSync(new URL('../../test/fixtures/sources/eu-fsf.xml', import.meta.url));

let key: TestKey;
let routes: Map<string, () => Response>;
let asked: string[];
const fakeFetch: FetchFn = async (url) => {
  asked.push(url);
  return routes.get(url)?.() ?? new Response(null, { status: 404 });
};
const ok =
  (body: Uint8Array | string, headers: Record<string, string> = {}) =>
  () =>
    new Response(body as BodyInit, { status: 200, headers });

async function publish(feed: Feed, patchFrom?: { feed: Feed; tamper?: boolean }): Promise<void> {
  const b = bytes(feed);
  routes.set(`${BASE}/feed.json`, ok(b));
  routes.set(`${BASE}/feed.json.sig`, ok(await key.sign(b)));
  if (!patchFrom) return;
  const base = bytes(patchFrom.feed);
  const patch = makePatch(patchFrom.feed, await sha256Hex(base), feed, await sha256Hex(b));
  if (patchFrom.tamper)
    patch.put = patch.put.map((e) => ({ ...e, names: [{ text: 'Tampered', type: 'legal' }] }));
  const patchBytes = utf8Encode(JSON.stringify(patch));
  const ref = {
    from: patchFrom.feed.version,
    fromSha256: patch.from.sha256,
    url: 'patches/p.json',
    bytes: 1,
  };
  const manifest = utf8Encode(
    JSON.stringify(await buildManifest(feed, b, { full: 'feed.json', patches: [ref] })),
  );
  routes.set(`${BASE}/feed-manifest.json`, ok(manifest, { etag: '"m2"' }));
  routes.set(`${BASE}/feed-manifest.json.sig`, ok(await key.sign(manifest)));
  routes.set(`${BASE}/patches/p.json`, ok(patchBytes));
}

const load = () => loadList({ loadSnapshot: async () => bytes(v1), now: Date.now, log: () => undefined });

function deps(current: LoadedList, extra: Partial<UpdaterDeps> = {}): UpdaterDeps {
  return {
    db: current.db!,
    current,
    feedUrl: `${BASE}/feed.json`,
    directSourceUrls: {
      'us-trade-csl': CSL_URL,
      'un-sc-consolidated': UN_URL,
      'eu-fsf': EU_URL,
      'uk-sanctions-list': UK_URL,
    },
    publicKeys: [key.publicKey],
    intervalHours: 6,
    fetch: fakeFetch,
    now: Date.now,
    random: () => 0.5,
    tzOffsetMinutes: () => 0,
    ...extra,
  };
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  key = await makeKey();
  routes = new Map();
  asked = [];
});

describe('the feed', () => {
  test('a good patch is applied without downloading the full feed; the change is recorded', async () => {
    const first = await load();
    await publish(v2, { feed: v1 });
    const out = await runUpdate(deps(first));
    expect(out.result).toEqual({ ok: true, changed: true, version: 2 });
    expect(asked).not.toContain(`${BASE}/feed.json`);
    expect(findMatches(out.list!.index, 'Freshly Listed Robotics').length).toBe(1);
    expect(out.change?.listingsAdded.map((l) => l.entityId)).toEqual(['new-co']);
  });

  test('a broken patch falls back to the full feed', async () => {
    const first = await load();
    await publish(v2, { feed: v1, tamper: true });
    const out = await runUpdate(deps(first));
    expect(out.result).toEqual({ ok: true, changed: true, version: 2 });
    expect(asked).toContain(`${BASE}/feed.json`);
    expect(findMatches(out.list!.index, 'Tampered').length).toBe(0);
  });

  test('nothing new is one 304 of the manifest', async () => {
    const first = await load();
    await publish(v2, { feed: v1 });
    const a = await runUpdate(deps(first));
    routes.set(`${BASE}/feed-manifest.json`, () => new Response(null, { status: 304 }));
    asked = [];
    const b = await runUpdate(deps(a.list!));
    expect(b.result).toEqual({ ok: true, changed: false, version: 2 });
    expect(asked).toEqual([`${BASE}/feed-manifest.json`]);
  });

  test('a correctly signed feed with version 2^53-1 is refused with a plain reason; the list stays', async () => {
    const first = await load();
    await publish({ ...v2, version: Number.MAX_SAFE_INTEGER });
    const out = await runUpdate(deps(first));
    expect(out.result.ok).toBe(false);
    // Validation (version bound) or the version rule: either way a plain reason naming the future.
    expect(out.result.error).toMatch(/from the future|dated after tomorrow/);
    expect(out.result.version).toBe(1);
  });
});

describe('the official sources', () => {
  test('with no feed they are read; a failing source keeps the others; then at most daily, 304 costs no parse', async () => {
    const first = await load();
    routes.set(CSL_URL, ok(new Uint8Array(csl), { etag: '"c1"' }));
    routes.set(UN_URL, () => new Response(null, { status: 503 }));
    routes.set(EU_URL, ok(new Uint8Array(eu)));
    routes.set(UK_URL, ok('Report Date: 20-Aug-2026\nnot,the,UK,list\n'));
    const now = Date.parse('2026-12-06T10:00:00Z');
    const a = await runUpdate(deps(first, { feedUrl: '', now: () => now }));
    expect(a.result).toMatchObject({ ok: true, changed: true });
    expect(a.list!.meta.origin).toBe('direct');
    expect(findMatches(a.list!.index, 'Hangzhou Hikvision Digital Technology').length).toBeGreaterThan(0);
    expect(findMatches(a.list!.index, 'Example Province Public Security Bureau').length).toBe(1);
    expect(a.updater.direct?.['un-sc-consolidated']?.lastError).toContain('503');
    expect(a.updater.direct?.['uk-sanctions-list']?.lastError).toMatch(
      /^UK Sanctions List \(FCDO\): .*Unique ID/,
    );
    asked = [];
    routes.set(UN_URL, ok(new Uint8Array(un)));
    const b = await runUpdate(deps(a.list!, { feedUrl: '', now: () => now + 3_600_000 }));
    expect(asked).toEqual([UN_URL]);
    expect(b.result.changed).toBe(true);
    asked = [];
    routes.set(CSL_URL, () => new Response(null, { status: 304 }));
    routes.set(UN_URL, () => new Response(null, { status: 304 }));
    routes.set(EU_URL, () => new Response(null, { status: 304 }));
    routes.set(UK_URL, () => new Response(null, { status: 304 }));
    const c = await runUpdate(deps(b.list!, { feedUrl: '', now: () => now + 2 * 86_400_000 }));
    expect(asked.sort()).toEqual([CSL_URL, UN_URL, EU_URL, UK_URL].sort());
    expect(c.result).toMatchObject({ ok: true, changed: false });
  });

  test('a feed that has failed for a day hands over to the official sources', async () => {
    const first = await load();
    routes.set(CSL_URL, ok(new Uint8Array(csl)));
    routes.set(`${BASE}/feed.json`, () => new Response(null, { status: 503 }));
    const now = Date.parse('2026-12-06T10:00:00Z');
    const a = await runUpdate(deps(first, { now: () => now }));
    expect(a.result.ok).toBe(false);
    expect(asked).not.toContain(CSL_URL);
    const b = await runUpdate(deps(first, { now: () => now + 86_400_000 }));
    expect(b.result).toMatchObject({ ok: true, changed: true });
    expect(b.list!.meta.origin).toBe('direct');
  });
});
