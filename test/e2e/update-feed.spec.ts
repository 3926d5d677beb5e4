// A list update from an organisation's feed host (set by browser policy) reaches an already open tab without a
// reload; a repeated check uses the ETag and a 304 changes nothing.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithFeedPolicy, nextRelease, type FeedSetup } from './feed-server.ts';
import { sendFromContent, sendFromUi } from './extension-calls.ts';
import { hits } from './content-helpers.ts';
import { testEntry } from '../fixtures/make-feed.ts';
import type { Page } from 'playwright-core';

const FRESH = {
  ...testEntry('e2e-fresh-listing', 'Quillmont Robotics Corporation'),
  listings: [] as never[],
};
let s: FeedSetup;
let tab: Page;

beforeAll(async () => {
  s = await launchWithFeedPolicy();
  // The new entry is listed on a list the snapshot already defines.
  FRESH.listings = [{ list: s.snapshot.lists[0]!.id, status: 'in_force' }] as never[];
  s.host.server.routes.set('/news.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>News</title><p>Quillmont Robotics Corporation won the tender.</p>');
  });
});

afterAll(async () => {
  await s?.close();
});

test('the organisation policy reaches the extension', async () => {
  const page = await s.ext.ctx.newPage();
  await page.goto(s.ext.extensionUrl('src/ui/options/index.html'));
  const managed = await page.evaluate(() => {
    type Managed = { get: () => Promise<Record<string, unknown>> };
    return (
      globalThis as unknown as { chrome: { storage: { managed: Managed } } }
    ).chrome.storage.managed.get();
  });
  expect(managed.feedUrl).toBe(s.host.feedUrl);
  await page.close();
});

test('a newly listed name gets badges in an already open tab after an update', async () => {
  tab = await s.ext.ctx.newPage();
  await tab.goto(`${s.host.server.origin}/news.html`);
  const before = await sendFromContent(tab, 'page/match', {
    chunks: ['Quillmont Robotics Corporation'],
  });
  expect(before.ok && before.value.hits[0]).toEqual([]);
  await expect.poll(async () => (await hits(s.ext, tab)).length, { timeout: 3000 }).toBe(0);

  const version = s.snapshot.version + 1;
  await s.host.publish(nextRelease(s.snapshot, version, [FRESH]), { etag: '"release-1"' });
  const t0 = performance.now();
  const r = await sendFromUi(s.ext, 'list/refresh');
  const applyMs = performance.now() - t0;
  expect(r).toEqual({ ok: true, value: { ok: true, changed: true, version } });
  console.info(
    `update of ${s.snapshot.entries.length + 1} entries fetched, verified and applied in ${Math.round(applyMs)} ms`,
  );

  const fresh = async () => (await hits(s.ext, tab)).filter((h) => h.entityId === 'e2e-fresh-listing');
  await expect.poll(async () => (await fresh()).length, { timeout: 10_000 }).toBeGreaterThan(0);
  expect((await fresh())[0]!.text).toBe('Quillmont Robotics Corporation');

  const status = await sendFromUi(s.ext, 'list/status');
  expect(status.ok && status.value).toMatchObject({ version, origin: 'feed', lastError: null });
  expect(status.ok && status.value.lastSuccess).toBeGreaterThan(0);
});

test('the next check sends the ETag; a 304 keeps the list and clears nothing', async () => {
  const r = await sendFromUi(s.ext, 'list/refresh');
  expect(r).toEqual({ ok: true, value: { ok: true, changed: false, version: s.snapshot.version + 1 } });
  const last = s.host.feedHits.at(-1);
  expect(last).toEqual({ ifNoneMatch: '"release-1"', status: 304 });
  expect((await hits(s.ext, tab)).filter((h) => h.entityId === 'e2e-fresh-listing').length).toBeGreaterThan(
    0,
  );
});
