// Every hostile or broken feed is refused: the list in use keeps working in the open tab, and the status and the
// popup say why. A feed carrying markup in its names is shown as text, never as markup.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithFeedPolicy, nextRelease, type FeedSetup } from './feed-server.ts';
import { sendFromContent, sendFromUi } from './extension-calls.ts';
import { hits, shownHits, waitFor } from './content-helpers.ts';
import { feedBytes, makeKey, testEntry } from '../fixtures/make-feed.ts';
import type { Entry, Feed } from '../../src/core/list/format.ts';
import type { ListStatus, UpdateResult } from '../../src/shared/messages.ts';

const NAME = 'Quillmont Robotics Corporation';
let s: FeedSetup;
let tab: Page;
let current: Feed;

function listed(e: Entry, list: string): Entry {
  return { ...e, listings: [{ list, status: 'in_force' }] };
}

async function refresh(): Promise<UpdateResult> {
  const r = await sendFromUi(s.ext, 'list/refresh');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

async function status(): Promise<ListStatus> {
  const r = await sendFromUi(s.ext, 'list/status');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** The list in use still flags the name in the open tab, through the worker and on the page. */
async function expectOldListWorks(): Promise<void> {
  const m = await sendFromContent(tab, 'page/match', { chunks: [NAME] });
  expect(m.ok && m.value.hits[0]!.map((h) => h.entityId)).toEqual(['e2e-fresh-listing']);
  expect((await hits(s.ext, tab)).filter((h) => h.entityId === 'e2e-fresh-listing').length).toBeGreaterThan(
    0,
  );
}

beforeAll(async () => {
  s = await launchWithFeedPolicy();
  const list = s.snapshot.lists[0]!.id;
  current = nextRelease(s.snapshot, s.snapshot.version + 1, [
    listed(testEntry('e2e-fresh-listing', NAME), list),
  ]);
  await s.host.publish(current);
  if (!(await refresh()).changed) throw new Error('the first release was not applied');
  s.host.server.routes.set('/news.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>News</title><p>${NAME} won the tender.</p>`);
  });
  tab = await s.ext.ctx.newPage();
  await tab.goto(`${s.host.server.origin}/news.html`);
  await shownHits(s.ext, tab, 1, 10_000);
});

afterAll(async () => {
  await s?.close();
});

const newer = () => nextRelease(current, current.version + 1, []);
const CASES: [string, () => Promise<void>, string][] = [
  [
    'tampered by one byte',
    () => s.host.publish(newer(), { mutate: (b) => b.map((x, i) => (i === b.length - 10 ? x ^ 1 : x)) }),
    'signature did not verify',
  ],
  ['unsigned', async () => s.host.serve({ bytes: feedBytes(newer()), sig: null }), 'the list is not signed'],
  [
    'signed by another key',
    async () => s.host.publish(newer(), { signWith: await makeKey() }),
    'signature did not verify',
  ],
  ['an older version', () => s.host.publish(nextRelease(current, current.version - 5, [])), 'is not newer'],
  [
    'truncated',
    () => s.host.publish(newer(), { mutate: (b) => b.slice(0, b.length - 4000) }),
    'signature did not verify',
  ],
  [
    'invalid JSON (correctly signed)',
    async () => {
      const bytes = new TextEncoder().encode('{"format":1,"version":');
      s.host.serve({ bytes, sig: await s.host.key.sign(bytes) });
    },
    'not valid JSON',
  ],
  ['a server error', async () => s.host.failWith(503), 'server answered 503, retrying at'],
];

test.each(CASES)('%s: refused, old list kept, reason shown', async (_name, arrange, reason) => {
  await arrange();
  const r = await refresh();
  expect(r.ok).toBe(false);
  expect(r.error).toContain(reason);
  const st = await status();
  expect(st.version).toBe(current.version);
  expect(st.lastError).toContain(reason);
  await expectOldListWorks();
});

test('200 MB streamed without a length is cut off at the size cap, never held whole', async () => {
  const huge = s.host.serveEndless(200 * 1_048_576);
  const r = await refresh();
  expect(r.error).toContain('larger than 32 MB');
  expect(huge.sentBytes()).toBeLessThan(120 * 1_048_576);
  console.info(
    `oversized feed: ${Math.round(huge.sentBytes() / 1_048_576)} MB left the server before the cut`,
  );
  expect((await status()).version).toBe(current.version);
  await expectOldListWorks();
});

test('the popup shows why the last update failed', async () => {
  await s.host.publish(newer(), { signWith: await makeKey() });
  await refresh();
  const popup = await s.ext.ctx.newPage();
  await popup.goto(s.ext.extensionUrl('src/ui/popup/index.html'));
  await expect
    .poll(() => popup.getByTestId('list-error').textContent(), { timeout: 10_000 })
    .toContain('signature did not verify');
  await popup.close();
});

test('markup in a signed feed’s names stays text on the page and in its badge', async () => {
  const evil = '<img src=x onerror="window.slPwned=1">Zyxbarn Optics';
  const list = s.snapshot.lists[0]!.id;
  current = nextRelease(current, current.version + 1, [listed(testEntry('e2e-hostile-name', evil), list)]);
  await s.host.publish(current);
  expect((await refresh()).changed).toBe(true);
  s.host.server.routes.set('/evil.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><title>E</title><p>&lt;img src=x onerror="window.slPwned=1"&gt;Zyxbarn Optics</p>',
    );
  });
  const page = await s.ext.ctx.newPage();
  await page.goto(`${s.host.server.origin}/evil.html`);
  const m = await sendFromContent(page, 'page/match', { chunks: [evil] });
  expect(m.ok && m.value.entities[0]?.names[0]?.text).toBe(evil);
  const hostile = async () => (await hits(s.ext, page)).find((h) => h.entityId === 'e2e-hostile-name');
  await waitFor(async () => (await hostile()) !== undefined, 10_000, 'the hostile name');
  // The flagged span starts at the first letter; its markup characters are plain text.
  expect((await hostile())!.text).toContain('onerror="window.slPwned=1">Zyxbarn Optics');
  expect(await page.evaluate(() => (window as { slPwned?: number }).slPwned)).toBeUndefined();
  expect(await page.locator('img').count()).toBe(0);
  await page.close();
});
