import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { feedBytes, makeFeed, testEntry, TEST_LIST } from '../../test/fixtures/make-feed.ts';
import type { SenderInfo } from '../shared/messaging.ts';

vi.mock('../shared/browser.ts', async () => ({
  browser: (await import('@webext-core/fake-browser')).fakeBrowser,
}));

const snapshot = makeFeed(7, [testEntry('dji', 'SZ DJI Technology', ['dji.com'])]);
let listener: (m: unknown, s: unknown) => Promise<unknown> | undefined;
const asContent = { tab: { id: 4 }, frameId: 0 };
const asUi = {};

beforeAll(async () => {
  vi.stubGlobal('fetch', async () => new Response(feedBytes(snapshot) as BodyInit));
  const { createListener } = await import('../shared/messaging.ts');
  const { handlers } = await import('./handlers.ts');
  // The browser establishes who sent a message; here the fake sender says it directly.
  const identify = (s: { tab?: { id: number }; frameId?: number }): SenderInfo =>
    s.tab ? { caller: 'content', tabId: s.tab.id, frameId: s.frameId } : { caller: 'ui' };
  listener = createListener(handlers, identify as never) as typeof listener;
});

beforeEach(async () => {
  await fakeBrowser.storage.managed.clear();
  (await import('./worker-settings.ts')).forgetEffectiveSettings();
});

const call = (type: string, body: unknown, sender: object) => listener({ type, body }, sender);

describe('who may call what', () => {
  test.each([
    ['list/refresh', undefined, asContent],
    ['watchlist/add', { type: 'url', url: 'https://x.example/w.csv' }, asContent],
    ['watchlist/remove', { id: 'x' }, asContent],
    ['watchlist/upload', { importId: 'imp-00001', seq: 0, text: 'name\n' }, asContent],
    ['lookup/search', { query: 'dji' }, asContent],
    ['page/match', { chunks: ['x'] }, asUi],
    ['page/hit-count', { count: 1 }, asUi],
  ])('%s is refused from the wrong caller', async (type, body, sender) => {
    expect(await call(type, body, sender)).toEqual({
      ok: false,
      error: `${type} is not allowed from this sender`,
    });
  });
  test('unknown messages are not answered at all', () => {
    expect(call('list/delete-everything', undefined, asUi)).toBeUndefined();
  });
});

describe('bodies are re-validated', () => {
  test.each([
    ['page/match', { chunks: 'text' }],
    ['page/match', { chunks: [1, 2] }],
    ['page/match', { chunks: new Array(20_001).fill('') }],
    ['page/match', { text: 42 }],
    ['page/match', { text: '\n'.repeat(20_000) }],
    ['page/match', { text: 'x'.repeat(8_000_001) }],
    ['page/site-entity', { hostname: '<script>' }],
    ['page/hit-count', { count: -1 }],
    ['entity/get', { ids: 'dji' }],
  ])('%s with %j is refused', async (type, body) => {
    const r = (await call(type, body, asContent)) as { ok: boolean };
    expect(r.ok).toBe(false);
  });
});

describe('answers', () => {
  test('page/match returns hits per chunk with their entries and lists', async () => {
    const r = (await call('page/match', { chunks: ['none', 'made by SZ DJI Technology'] }, asContent)) as {
      ok: true;
      value: {
        hits: { entityId: string }[][];
        entities: { id: string }[];
        lists: { id: string }[];
        listVersion: number;
      };
    };
    expect(r.value.hits[0]).toEqual([]);
    expect(r.value.hits[1]!.map((h) => h.entityId)).toEqual(['dji']);
    expect(r.value.entities.map((e) => e.id)).toEqual(['dji']);
    expect(r.value.lists.map((l) => l.id)).toEqual([TEST_LIST.id]);
    expect(r.value.listVersion).toBe(7);
  });
  test('a packed page/match answers only the runs with hits, by index', async () => {
    const text = ['none', 'made by SZ DJI Technology', 'nothing', 'SZ DJI Technology again'].join('\n');
    const r = (await call('page/match', { text }, asContent)) as {
      ok: true;
      value: { hits: { entityId: string; start: number }[][]; runs: number[] };
    };
    expect(r.value.runs).toEqual([1, 3]);
    expect(r.value.hits.map((h) => h.map((x) => [x.entityId, x.start]))).toEqual([
      [['dji', 8]],
      [['dji', 0]],
    ]);
  });
  test('a list turned off by organisation policy produces no hits', async () => {
    await fakeBrowser.storage.managed.set({ disabledLists: [TEST_LIST.id] });
    const r = (await call('page/match', { chunks: ['SZ DJI Technology'] }, asContent)) as {
      value: { hits: unknown[][]; entities: unknown[] };
    };
    expect(r.value.hits[0]).toEqual([]);
    expect(r.value.entities).toEqual([]);
    expect(await call('page/site-entity', { hostname: 'dji.com' }, asContent)).toEqual({
      ok: true,
      value: null,
    });
  });
  test('site entity covers subdomains; hit count sets the toolbar badge for the sending tab', async () => {
    const site = (await call('page/site-entity', { hostname: 'store.dji.com' }, asContent)) as {
      value: { id: string };
    };
    expect(site.value.id).toBe('dji');
    expect(await call('page/hit-count', { count: 2 }, asContent)).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('2');
    await call('page/hit-count', { count: 0 }, asContent);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });
});

describe('a file sent in pieces', () => {
  const importId = 'imp-handlers-1';
  const matchText = async (text: string) =>
    (
      (await call('page/match', { chunks: [text] }, asContent)) as {
        value: { hits: { entityId: string }[][] };
      }
    ).value.hits[0]!.map((h) => h.entityId);

  test('is imported once all pieces arrived in order, and its names are then matched', async () => {
    const csv = 'name,aliases,note\nBrindlecombe Fasteners,Brindlecombe,late\nQuillory Metals,,\n';
    const [a, b] = [csv.slice(0, 20), csv.slice(20)];
    expect(await call('watchlist/upload', { importId, seq: 0, text: a }, asUi)).toEqual({
      ok: true,
      value: { received: 20 },
    });
    expect(await call('watchlist/upload', { importId, seq: 1, text: b }, asUi)).toEqual({
      ok: true,
      value: { received: csv.length },
    });
    const added = (await call(
      'watchlist/add',
      { type: 'upload', fileName: 'mine.csv', importId, pieces: 2 },
      asUi,
    )) as { ok: true; value: { entryCount: number; name: string } };
    expect(added.value).toMatchObject({ entryCount: 2, name: 'mine.csv' });
    await vi.waitFor(async () => expect(await matchText('paid Quillory Metals')).toHaveLength(1), {
      timeout: 10_000,
    });
    expect(await matchText('SZ DJI Technology and Quillory Metals')).toEqual([
      'dji',
      expect.stringMatching(/^wl-.*quillory-metals$/),
    ]);
  });

  test('a second add of the same import, or one with pieces missing, is refused and adds nothing', async () => {
    const count = async () =>
      ((await call('watchlist/list', undefined, asUi)) as { value: unknown[] }).value.length;
    const before = await count();
    const again = { type: 'upload', fileName: 'mine.csv', importId, pieces: 2 };
    expect(await call('watchlist/add', again, asUi)).toMatchObject({
      ok: false,
      error: expect.stringContaining('unknown'),
    });
    await call('watchlist/upload', { importId: 'imp-handlers-2', seq: 0, text: 'name\nX Co\n' }, asUi);
    const short = { type: 'upload', fileName: 'x.csv', importId: 'imp-handlers-2', pieces: 3 };
    expect(await call('watchlist/add', short, asUi)).toMatchObject({
      ok: false,
      error: expect.stringContaining('1 of 3 pieces arrived'),
    });
    expect(await call('watchlist/add', { ...short, pieces: 0 }, asUi)).toMatchObject({ ok: false });
    expect(await count()).toBe(before);
  });
});
