// The worker is stopped in the middle of a download: it wakes with the previous list working, says the update was
// interrupted, and the next attempt applies the feed.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithFeedPolicy, nextRelease, type FeedSetup } from './feed-server.ts';
import { forgetUiPage, sendFromContent, sendFromUi, stopAllWorkers } from './extension-calls.ts';
import { feedBytes, testEntry } from '../fixtures/make-feed.ts';
import type { ListStatus } from '../../src/shared/messages.ts';

let s: FeedSetup;

beforeAll(async () => {
  s = await launchWithFeedPolicy();
});

afterAll(async () => {
  await s?.close();
});

async function status(): Promise<ListStatus> {
  const r = await sendFromUi(s.ext, 'list/status');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

test('stopped mid-download, the worker keeps the old list, reports the interruption, and retries', async () => {
  const entry = { ...testEntry('e2e-late', 'Pellucid Marine Systems'), listings: [] as never[] };
  entry.listings = [{ list: s.snapshot.lists[0]!.id, status: 'in_force' }] as never[];
  const release = nextRelease(s.snapshot, s.snapshot.version + 1, [entry]);
  const bytes = feedBytes(release);
  let started!: () => void;
  const downloading = new Promise<void>((r) => (started = r));
  // Sends the first kilobyte, then stalls: the worker is stopped while it waits for the rest.
  s.host.server.routes.set('/feed.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes.length) });
    res.write(Buffer.from(bytes.subarray(0, 1024)));
    started();
  });
  const page = await s.ext.ctx.newPage();
  await page.goto(`${s.host.server.origin}/`);
  const pending = sendFromUi(s.ext, 'list/refresh').catch(() => null);
  await downloading;
  await stopAllWorkers(page);
  forgetUiPage();
  await pending;

  // The woken worker first restores the list from IndexedDB: on a loaded machine that alone can take many seconds.
  await expect
    .poll(async () => (await status()).lastError, { timeout: 60_000, interval: 250 })
    .toMatch(/^the update was interrupted, retrying at \d\d:\d\d$/);
  expect((await status()).version).toBe(s.snapshot.version);
  const sample = s.snapshot.entries.find((e) => e.names[0]?.type === 'legal' && e.names[0].text.length > 8)!;
  const m = await sendFromContent(page, 'page/match', { chunks: [sample.names[0]!.text] });
  expect(m.ok && m.value.hits[0]!.length).toBeGreaterThan(0);

  await s.host.publish(release);
  const r = await sendFromUi(s.ext, 'list/refresh');
  expect(r).toEqual({ ok: true, value: { ok: true, changed: true, version: release.version } });
  expect((await status()).lastError).toBeNull();
  // Every wait above is on a condition; the limit only stops a hang (restore, download and index build each take
  // seconds when other work shares the machine).
}, 180_000);
