// The content side of TabProtocol, called the way the popup calls it: hits with context, rescan, focus.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { badges, focusedAx, hits, openPage, setUp } from './content-helpers.ts';
import type { PageCosts, PageHits, TabProtocol } from '../../src/shared/messages.ts';

let browser: ExtensionBrowser;
let server: TestServer;
let ext: Page;

beforeAll(async () => {
  ({ browser, server } = await setUp());
  ext = await browser.ctx.newPage();
  await ext.goto(browser.extensionUrl('src/ui/popup/index.html'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Chrome = {
  chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(
        id: number,
        msg: object,
        opts: object,
      ): Promise<{ ok: boolean; value?: unknown; error?: string }>;
    };
  };
};

/** Sends a TabProtocol message to the top frame of the tab showing `url`, from an extension page. */
function tabCall<K extends keyof TabProtocol>(
  url: string,
  type: K,
  ...[body]: TabProtocol[K]['req'] extends void ? [] : [TabProtocol[K]['req']]
): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return rawTabCall(url, type, body);
}

/** Sends any `{ type, body }` to the tab: for malformed messages only. */
async function rawTabCall(
  url: string,
  type: string,
  body?: unknown,
): Promise<{ ok: boolean; value?: unknown }> {
  return ext.evaluate(
    async ({ url, type, body }) => {
      const c = (globalThis as unknown as Chrome).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === url);
      return c.tabs.sendMessage(tab!.id!, { type, body }, { frameId: 0 });
    },
    { url, type, body },
  );
}

test("'tab/hits' lists every mention with about 80 characters of context", async () => {
  const page = await openPage(browser, `${server.origin}/content-light.html`);
  await page.waitForTimeout(500);
  const reply = await tabCall(page.url(), 'tab/hits');
  expect(reply.ok).toBe(true);
  const hits = reply.value as PageHits;
  expect(hits.isActive).toBe(true);
  expect(hits.hostname).toBe('127.0.0.1');
  const hik = hits.hits.find((h) => h.text === 'Hikvision')!;
  expect(hik.context).toContain('Auditors flagged recorders from Hikvision and radios from Hytera');
  expect(hik.context.length).toBeLessThanOrEqual(2 * 80 + 'Hikvision'.length + 2);
  expect(hits.entities.map((e) => e.id)).toContain(hik.entityId);
  expect(hits.lists.length).toBeGreaterThan(0);
  // Each hit says whether it is shown and where its name and badge are drawn (client rects).
  expect(hik.shown).toBe(true);
  expect(hik.nameRects?.length).toBeGreaterThan(0);
  expect(hik.badgeRect).not.toBeNull();
  await page.close();
});

test("'tab/focus' scrolls to and focuses the first badge of an entity; 'tab/rescan' keeps the same badges", async () => {
  const page = await openPage(browser, `${server.origin}/content-light.html`);
  await page.waitForTimeout(500);
  const last = (await hits(browser, page)).filter((h) => h.badgeRect).at(-1)!;
  const reply = await tabCall(page.url(), 'tab/focus', { entityId: last.entityId });
  expect(reply).toEqual({ ok: true, value: true });
  const cdp = await browser.ctx.newCDPSession(page);
  const entry = ((await tabCall(page.url(), 'tab/hits')).value as PageHits).entities.find(
    (e) => e.id === last.entityId,
  )!;
  expect(await focusedAx(cdp)).toContain(`: ${entry.names[0]!.text} (`);
  expect(await tabCall(page.url(), 'tab/focus', { entityId: 'no-such-entity' })).toEqual({
    ok: true,
    value: false,
  });
  expect((await rawTabCall(page.url(), 'tab/focus', { entityId: 42 })).ok).toBe(false);
  const before = await badges(browser, page);
  expect((await tabCall(page.url(), 'tab/rescan')).ok).toBe(true);
  expect(await badges(browser, page)).toEqual(before);
  await page.close();
});

test("'tab/costs' accounts for the page's text, the worker's answers and the drawn badges", async () => {
  const page = await openPage(browser, `${server.origin}/content-light.html`);
  await expect.poll(async () => (await hits(browser, page)).some((h) => h.badgeRect)).toBe(true);
  const text = await page.evaluate(() => document.body.innerText.length);
  const reply = await tabCall(page.url(), 'tab/costs');
  expect(reply.ok).toBe(true);
  const c = reply.value as PageCosts;
  // Every character of the page went to the worker (line breaks and run joins aside), in at least one message.
  expect(c.messages).toBeGreaterThanOrEqual(1);
  expect(c.chars).toBeGreaterThan(text * 0.8);
  expect(c.chars).toBeLessThan(text * 1.2);
  for (const k of ['collectMs', 'transferMs', 'matchMs', 'drawMs', 'positionMs', 'waitMs'] as const)
    expect(c[k], k).toBeGreaterThan(0);
  // The worker's time is part of the wait for its answers.
  expect(c.matchMs).toBeLessThan(c.waitMs);
  await page.close();
});
