// The background worker seeds the bundled list on install, answers every read message, keeps the toolbar count,
// refuses callers that may not use a message, and still answers after the browser stops it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { readSnapshot, startFeedServer, type FeedServer } from './feed-server.ts';
import {
  sendFromContent,
  sendRawFromContent,
  sendFromUi,
  stopAllWorkers,
  forgetUiPage,
} from './extension-calls.ts';
import type { Entry, Feed } from '../../src/core/list/format.ts';
import type { ListStatus, MatchResult } from '../../src/shared/messages.ts';

let ext: ExtensionBrowser;
let host: FeedServer;
let snapshot: Feed;
let sample: Entry;

beforeAll(async () => {
  snapshot = await readSnapshot(DIST);
  // A listed company with a web domain and a plain legal name: present in any real snapshot.
  const found = snapshot.entries.find(
    (e) =>
      e.kind === 'company' &&
      (e.domains?.length ?? 0) > 0 &&
      e.names[0]?.type === 'legal' &&
      e.names[0].text.length > 6,
  );
  if (!found) throw new Error('snapshot has no company with a domain');
  sample = found;
  host = await startFeedServer(await mkdtemp(join(tmpdir(), 'sl-pages-')));
  host.server.routes.set('/article.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>t</title><p>Shares of ${sample.names[0]!.text} fell on Monday.</p>`);
  });
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await host?.close();
});

async function status(): Promise<ListStatus> {
  const r = await sendFromUi(ext, 'list/status');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

test('on install the bundled snapshot is loaded and its status mirrored to storage', async () => {
  const s = await status();
  expect(s).toMatchObject({
    version: snapshot.version,
    origin: 'snapshot',
    entryCount: snapshot.entries.length,
  });
  const page = await ext.ctx.newPage();
  await page.goto(ext.extensionUrl('src/ui/options/index.html'));
  const readMirror = () =>
    page.evaluate(() => {
      type Local = { get: (k: string[]) => Promise<Record<string, unknown>> };
      const c = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
      return c.storage.local.get(['listStatus', 'listVersion']);
    });
  await expect.poll(async () => (await readMirror()).listVersion, { timeout: 10_000 }).toBe(snapshot.version);
  const mirrored = await readMirror();
  expect(mirrored.listVersion).toBe(snapshot.version);
  expect((mirrored.listStatus as ListStatus).entryCount).toBe(snapshot.entries.length);
  await page.close();
});

test('a tab gets hits with their entries and lists, the site owner, and a toolbar count', async () => {
  const page = await ext.ctx.newPage();
  await page.goto(`${host.server.origin}/article.html`);
  const r = await sendFromContent(page, 'page/match', {
    chunks: ['nothing here', `Shares of ${sample.names[0]!.text} fell.`],
  });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.hits[0]).toEqual([]);
  expect(r.value.hits[1]!.map((h) => h.entityId)).toContain(sample.id);
  expect(r.value.entities.map((e) => e.id)).toContain(sample.id);
  expect(r.value.lists.map((l) => l.id)).toEqual(expect.arrayContaining([sample.listings[0]!.list]));
  const site = await sendFromContent(page, 'page/site-entity', {
    hostname: `shop.${sample.domains[0]}`,
  });
  expect(site.ok && site.value?.id).toBe(sample.id);
  expect(await sendFromContent(page, 'page/hit-count', { count: 3 })).toEqual({ ok: true });
  const ui = await ext.ctx.newPage();
  await ui.goto(ext.extensionUrl('src/ui/options/index.html'));
  const badges = await ui.evaluate(async () => {
    type Api = {
      tabs: { query: (q: object) => Promise<{ id?: number }[]> };
      action: { getBadgeText: (d: { tabId?: number }) => Promise<string> };
    };
    const c = (globalThis as unknown as { chrome: Api }).chrome;
    const tabs = await c.tabs.query({});
    return Promise.all(tabs.map((t) => c.action.getBadgeText({ tabId: t.id })));
  });
  await ui.close();
  expect(badges).toContain('3');
  await page.close();
});

test('content scripts cannot use UI-only messages, and bad bodies are refused', async () => {
  const page = await ext.ctx.newPage();
  await page.goto(`${host.server.origin}/article.html`);
  const refresh = await sendFromContent(page, 'list/refresh');
  expect(refresh).toEqual({ ok: false, error: 'list/refresh is not allowed from this sender' });
  const bad = await sendRawFromContent(page, 'page/match', { chunks: 'not an array' });
  expect(bad.ok).toBe(false);
  await page.close();
});

/** Reads the mark from whichever worker instance is running now (the old handle may be closing). */
async function readMark(): Promise<number | undefined> {
  for (let i = 0; ; i += 1) {
    try {
      return await (await ext.worker()).evaluate(() => (globalThis as { slMark?: number }).slMark);
    } catch (err) {
      if (i >= 20) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

test('stopped by the browser, the worker wakes and answers from the stored list', async () => {
  const page = await ext.ctx.newPage();
  await page.goto(`${host.server.origin}/article.html`);
  // A mark in the worker's global scope: gone after a restart, with all module state.
  await (await ext.worker()).evaluate(() => ((globalThis as { slMark?: number }).slMark = 1));
  await stopAllWorkers(page);
  forgetUiPage();
  const t0 = performance.now();
  const r = await sendFromContent(page, 'page/match', { chunks: [`${sample.names[0]!.text}`] });
  const wakeMs = performance.now() - t0;
  expect(await readMark()).toBeUndefined();
  expect(r.ok && r.value.hits[0]!.map((h) => h.entityId)).toContain(sample.id);
  expect((await status()).version).toBe(snapshot.version);
  console.info(`first page/match after the worker was stopped: ${Math.round(wakeMs)} ms`);
  await page.close();
});

/** Runs `fn` against the extension's list database from inside the worker (the only context that owns it). */
async function inWorkerDb(fn: string): Promise<unknown> {
  const w = await ext.worker();
  return w.evaluate(`(async () => {
    const db = await new Promise((ok, ko) => { const r = indexedDB.open('sanctions-lens'); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
    const run = (stores, mode, body) => new Promise((ok, ko) => { const tx = db.transaction(stores, mode); body(tx); tx.oncomplete = () => ok(); tx.onerror = () => ko(tx.error); });
    try { return await (${fn})(db, run); } finally { db.close(); }
  })()`);
}

async function matchAfterRestart(): Promise<MatchResult> {
  const page = await ext.ctx.newPage();
  await page.goto(`${host.server.origin}/article.html`);
  await stopAllWorkers(page);
  forgetUiPage();
  const r = await sendFromContent(page, 'page/match', { chunks: [sample.names[0]!.text] });
  await page.close();
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

test('a half-written database (entries missing, index garbage) is repaired from the snapshot on wake', async () => {
  await inWorkerDb(`async (db, run) => run(['entries', 'matchIndex'], 'readwrite', (tx) => {
    tx.objectStore('entries').delete(${JSON.stringify(sample.id)});
    tx.objectStore('matchIndex').put({ feedHash: 'x', buf: new ArrayBuffer(8) }, 'current');
  })`);
  const m = await matchAfterRestart();
  expect(m.hits[0]!.map((h) => h.entityId)).toContain(sample.id);
  expect(
    await inWorkerDb(
      `async (db) => new Promise((ok) => { const r = db.transaction('entries').objectStore('entries').count(); r.onsuccess = () => ok(r.result); })`,
    ),
  ).toBe(snapshot.entries.length);
});

test('a database left by the first release (schema version 1) is upgraded on wake and keeps working', async () => {
  // Replace the database with the version-1 layout: entries and meta only, no index, no updater state. The worker's
  // own connection closes itself when asked (versionchange), as it must for any upgrade.
  await (
    await ext.worker()
  ).evaluate(`(async () => {
    await new Promise((ok) => { const r = indexedDB.deleteDatabase('sanctions-lens'); r.onsuccess = ok; r.onerror = ok; r.onblocked = ok; });
    const db = await new Promise((ok, ko) => { const r = indexedDB.open('sanctions-lens', 1); r.onupgradeneeded = () => { r.result.createObjectStore('entries', { keyPath: 'id' }); r.result.createObjectStore('meta'); }; r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
    db.close();
  })()`);
  const m = await matchAfterRestart();
  expect(m.hits[0]!.map((h) => h.entityId)).toContain(sample.id);
  expect(await inWorkerDb(`async (db) => [db.version, [...db.objectStoreNames].sort()]`)).toEqual([
    5,
    ['entries', 'listCopy', 'matchIndex', 'meta', 'updater', 'watchlistChunks', 'watchlists'],
  ]);
});

test('the update alarm is re-created whenever the worker starts (browsers may drop alarms)', async () => {
  const ui = await ext.ctx.newPage();
  await ui.goto(ext.extensionUrl('src/ui/options/index.html'));
  type Alarms = {
    clearAll: () => Promise<boolean>;
    getAll: () => Promise<{ name: string; scheduledTime: number }[]>;
  };
  const alarms = () =>
    ui.evaluate(() => (globalThis as unknown as { chrome: { alarms: Alarms } }).chrome.alarms.getAll());
  await expect.poll(async () => (await alarms()).map((a) => a.name)).toContain('list-update');
  await ui.evaluate(() => (globalThis as unknown as { chrome: { alarms: Alarms } }).chrome.alarms.clearAll());
  expect(await alarms()).toEqual([]);
  await matchAfterRestart();
  await expect
    .poll(async () => (await alarms()).map((a) => a.name), { timeout: 10_000 })
    .toEqual(['list-update']);
  const [alarm] = await alarms();
  expect(alarm!.scheduledTime).toBeGreaterThan(Date.now());
  await ui.close();
});
