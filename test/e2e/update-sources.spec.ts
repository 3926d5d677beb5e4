// Other sources: own watchlists (an imported file, a URL on 127.0.0.1) add names that are flagged in an already open
// tab; removing a watchlist takes its badges away again. The official sources: update-official.spec.ts.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { startFeedServer, type FeedServer } from './feed-server.ts';
import { sendFromUi } from './extension-calls.ts';
import { hits, patchSettings } from './content-helpers.ts';

let ext: ExtensionBrowser;
let host: FeedServer;
let tab: Page;

beforeAll(async () => {
  host = await startFeedServer(await mkdtemp(join(tmpdir(), 'sl-wl-')));
  host.server.routes.set('/page.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><title>P</title><p>Orders went to Brindlecombe Fasteners and to Varnholt Instruments.</p>',
    );
  });
  host.server.routes.set('/org-watchlist.csv', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    res.end('name,aliases,note\nVarnholt Instruments,,Under internal review\n');
  });
  ext = await launchWithExtension();
  tab = await ext.ctx.newPage();
  await tab.goto(`${host.server.origin}/page.html`);
});

afterAll(async () => {
  await ext?.close();
  await host?.close();
});

/** The tab's hits of entity `id` (tab/hits), with `count()` of them for polling. */
const badge = (id: string) => {
  const of = async (p: Page = tab) => (await hits(ext, p)).filter((h) => h.entityId === id && h.shown);
  return { all: of, count: async () => (await of()).length };
};

test('an imported CSV file flags its names in the open tab, and removing it takes them away', async () => {
  expect(await badge('wl-x').count()).toBe(0);
  const added = await sendFromUi(ext, 'watchlist/add', {
    type: 'file',
    fileName: 'suppliers.csv',
    text: 'name,aliases,note\nBrindlecombe Fasteners,Brindlecombe,Late deliveries\n',
  });
  expect(added.ok).toBe(true);
  if (!added.ok) return;
  expect(added.value).toMatchObject({
    name: 'suppliers.csv',
    entryCount: 1,
    isManaged: false,
    lastError: null,
  });
  const id = `wl-${added.value.id}-brindlecombe-fasteners`;
  await expect.poll(() => badge(id).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const [first] = await badge(id).all();
  expect(first!.text).toBe('Brindlecombe Fasteners');
  expect(first!.badgeRect).not.toBeNull();

  // Watchlist hits kept out of the page: still listed (shown), nothing drawn, no element of ours in the page.
  await patchSettings(ext, { watchlistHitsInPage: false });
  await expect
    .poll(async () => (await badge(id).all()).map((h) => [h.nameRects, h.badgeRect]), { timeout: 10_000 })
    .toEqual([[null, null]]);
  expect(await tab.evaluate(() => document.documentElement.children.length)).toBe(2);
  await patchSettings(ext, { watchlistHitsInPage: true });
  await expect.poll(async () => (await badge(id).all())[0]?.badgeRect ?? null).not.toBeNull();

  expect(await sendFromUi(ext, 'watchlist/remove', { id: added.value.id })).toEqual({ ok: true });
  await expect.poll(() => badge(id).count(), { timeout: 10_000 }).toBe(0);
});

test('a watchlist URL is fetched and its names flagged; a bad file is refused with the reason', async () => {
  const added = await sendFromUi(ext, 'watchlist/add', {
    type: 'url',
    url: `${host.server.origin}/org-watchlist.csv`,
  });
  expect(added.ok && added.value).toMatchObject({ entryCount: 1, lastError: null });
  const list = await sendFromUi(ext, 'watchlist/list');
  expect(list.ok && list.value.map((w) => w.source.type)).toEqual(['url']);
  const id = added.ok ? `wl-${added.value.id}-varnholt-instruments` : '';
  await expect.poll(() => badge(id).count(), { timeout: 10_000 }).toBeGreaterThan(0);

  const bad = await sendFromUi(ext, 'watchlist/add', {
    type: 'file',
    fileName: 'x.json',
    text: '{"entries": 3}',
  });
  expect(bad).toEqual({ ok: false, error: 'x.json: expected a list of {"name": …} items' });
  const plain = await sendFromUi(ext, 'watchlist/add', { type: 'url', url: 'http://example.org/list.csv' });
  expect(plain.ok ? '' : plain.error).toContain('HTTPS');
});
