// Other sources: own watchlists (an imported file, a URL on 127.0.0.1) and direct CSL mode add names that are
// flagged in an already open tab; removing a watchlist takes its badges away again.
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

test('direct mode reads the official CSL bulk file and flags its new names in the open tab', async () => {
  const csl = {
    total: 1,
    results: [
      {
        id: 'x1',
        type: 'Entity',
        name: 'Trelloway Avionics Co., Ltd.',
        addresses: [{ country: 'CN' }],
        federal_register_notice: '91 FR 10001',
        start_date: '2026-07-30',
        alt_names: [],
        source: 'Entity List (EL) - Bureau of Industry and Security',
      },
    ],
  };
  host.server.routes.set('/consolidated.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(csl));
  });
  host.server.routes.set('/csl-page.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>C</title><p>Parts came from Trelloway Avionics Co., Ltd. last year.</p>');
  });
  const page = await ext.ctx.newPage();
  await page.goto(`${host.server.origin}/csl-page.html`);
  const ui = await ext.ctx.newPage();
  await ui.goto(ext.extensionUrl('src/ui/options/index.html'));
  const directUrl = `${host.server.origin}/consolidated.json`;
  const t0 = performance.now();
  await ui.evaluate(async (url) => {
    type Local = { get: (k: string) => Promise<Record<string, unknown>>; set: (v: object) => Promise<void> };
    const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
    const { settings } = await local.get('settings');
    await local.set({ settings: { ...(settings as object), useDirectCsl: true, directCslUrl: url } });
  }, directUrl);
  const flagged = async () => (await hits(ext, page)).filter((h) => h.text.startsWith('Trelloway Avionics'));
  await expect.poll(async () => (await flagged()).length, { timeout: 30_000 }).toBeGreaterThan(0);
  console.info(`direct CSL mode: settings change to badge in ${Math.round(performance.now() - t0)} ms`);
  const st = await sendFromUi(ext, 'list/status');
  expect(st.ok && st.value).toMatchObject({ origin: 'direct', lastError: null });
  await ui.close();
  await page.close();
});
