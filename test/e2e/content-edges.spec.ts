// Drawings at the edges of the page at 1280 and 390 px: names scrolled under a sticky header are not drawn over it;
// the full label, the tip and the card shown near the window's right and bottom edges stay inside the window (the
// page never gets a horizontal scroll from us) and the card never covers its own badge.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Box } from './extension-calls.ts';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { findAx, hits, openPage, setUp, waitFor } from './content-helpers.ts';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  ({ browser, server } = await setUp());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const size = (width: number) => ({ width, height: width === 390 ? 844 : 800 });
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Border box of the first accessibility node with `role` (closed shadow roots included), in client pixels. */
async function axBox(cdp: CDPSession, role: string, name = /./): Promise<Box | null> {
  const node = await findAx(cdp, role, name);
  if (!node?.backendDOMNodeId) return null;
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as {
    model: { border: number[] };
  };
  const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
  return { left: x1, top: y1, right: x3, bottom: y3 };
}

const clientWidth = (page: Page) => page.evaluate(() => document.documentElement.clientWidth);
const hasSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

for (const width of [1280, 390]) {
  test(`at ${width} px names under a sticky header are not drawn over it`, async () => {
    const page = await openPage(browser, `${server.origin}/news-sticky.html`);
    await page.setViewportSize(size(width));
    const header = await page.$eval('nav.top', (e) => e.getBoundingClientRect().bottom);
    // The headline's first line half under the header.
    await page.evaluate(() => window.scrollTo(0, document.querySelector('h1')!.offsetTop - 30));
    await waitFor(async () => (await page.evaluate(() => window.scrollY)) > 0);
    const drawn = (await hits(browser, page)).filter((h) => h.nameRects);
    expect(drawn.length).toBeGreaterThan(3);
    for (const h of drawn) {
      for (const r of h.nameRects!) expect(r.top, h.text).toBeGreaterThanOrEqual(header - 0.5);
      if (h.badgeRect) expect(h.badgeRect.top, h.text).toBeGreaterThanOrEqual(header - 0.5);
    }
    // Scrolled back, the headline's names have their badges again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitFor(async () => (await hits(browser, page)).some((h) => h.text === 'Huawei' && h.badgeRect));
    await page.close();
  });
}

test('at 390 px the full label and the tip of a badge at the right edge stay inside the window, the tip under the name', async () => {
  const page = await openPage(browser, `${server.origin}/news-sticky.html`);
  await page.setViewportSize(size(390));
  const cdp = await browser.ctx.newCDPSession(page);
  const vw = await clientWidth(page);
  await waitFor(async () => (await hits(browser, page)).filter((h) => h.badgeRect).length > 5);
  const edge = (await hits(browser, page))
    .filter((h) => h.badgeRect)
    .sort((a, b) => b.badgeRect!.right - a.badgeRect!.right)[0]!;
  const b = edge.badgeRect!;
  await page.mouse.move((b.left + b.right) / 2, (b.top + b.bottom) / 2);
  await waitFor(async () => (await axBox(cdp, 'tooltip')) !== null);
  const tip = (await axBox(cdp, 'tooltip'))!;
  expect(tip.left).toBeGreaterThanOrEqual(0);
  expect(tip.right).toBeLessThanOrEqual(vw);
  // Under the name's own line (a compact marker is raised into the line above it).
  const line = edge.nameRects!.reduce((a, r) => (r.bottom > a.bottom ? r : a));
  expect(tip.top).toBeGreaterThanOrEqual(line.bottom);
  const open = (await hits(browser, page)).find((h) => h.text === edge.text && h.badgeRect)!.badgeRect!;
  expect(open.right - open.left).toBeGreaterThan(b.right - b.left);
  expect(open.right).toBeLessThanOrEqual(vw);
  expect(await hasSideScroll(page)).toBe(false);
  await page.close();
});

for (const [file, width, name] of [
  ['content-light', 1000, 'Huawei Technologies Co., Ltd.'],
  ['news-sticky', 390, 'Hangzhou Hikvision Digital Technology Co., Ltd.'],
] as const) {
  test(`on ${file} at ${width} px the card stays inside the window and off its badge`, async () => {
    const page = await openPage(browser, `${server.origin}/${file}.html`);
    await page.setViewportSize({ width, height: width === 390 ? 844 : 760 });
    const cdp = await browser.ctx.newCDPSession(page);
    let b: Box | null = null;
    await waitFor(
      async () => !!(b = (await hits(browser, page)).find((h) => h.text === name)?.badgeRect ?? null),
    );
    await page.mouse.click((b!.left + b!.right) / 2, (b!.top + b!.bottom) / 2);
    await waitFor(async () => (await axBox(cdp, 'dialog')) !== null);
    const card = (await axBox(cdp, 'dialog'))!;
    const own = (await hits(browser, page)).filter((h) => h.badgeRect && h.text === name);
    const vw = await clientWidth(page);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(vw);
    expect(card.bottom).toBeLessThanOrEqual(page.viewportSize()!.height);
    for (const h of own) expect(overlaps(h.badgeRect!, card), h.text).toBe(false);
    expect(own.length).toBeGreaterThan(0);
    expect(await hasSideScroll(page)).toBe(false);
    await page.close();
  });
}

test('on a touch screen a compact marker takes taps a few pixels around it (about a 24 px target)', async () => {
  const page = await openPage(browser, `${server.origin}/news-sticky.html`);
  await page.setViewportSize(size(390));
  const cdp = await browser.ctx.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  let marker: Box | null = null;
  await waitFor(async () => {
    const small = (await hits(browser, page)).filter(
      (h) => h.badgeRect && h.badgeRect.right - h.badgeRect.left < 20,
    );
    marker = small.find((h) => h.badgeRect!.top > 60)?.badgeRect ?? null;
    return marker !== null;
  });
  const m = marker!;
  const cy = (m.top + m.bottom) / 2;
  // Just outside the drawn marker on the right and below: still ours (the one overlay element of the page).
  for (const [x, y] of [
    [m.right + 4, cy],
    [(m.left + m.right) / 2, m.bottom + 4],
  ] as const)
    expect(
      await page.evaluate((p) => document.elementFromPoint(p.x, p.y) === document.body.nextElementSibling, {
        x,
        y,
      }),
    ).toBe(true);
  await page.close();
});

describe('pop-up layers', () => {
  const drawn = async (page: Page, text: string) =>
    (await hits(browser, page)).some((h) => h.text === text && h.badgeRect !== null);
  const undrawn = async (page: Page, text: string) =>
    (await hits(browser, page)).some((h) => h.text === text && h.badgeRect === null && h.nameRects === null);

  test("names behind a dialog and its backdrop are not drawn over them; the dialog's own names are", async () => {
    const page = await openPage(browser, `${server.origin}/news-popup.html`);
    await page.setViewportSize(size(1280));
    await waitFor(() => drawn(page, 'Huawei'));
    await page.evaluate(() => (window as unknown as { openBackdrop(): void }).openBackdrop());
    await waitFor(async () => (await undrawn(page, 'Huawei')) && (await drawn(page, 'Hytera')));
    for (const h of await hits(browser, page))
      if (h.text !== 'Hytera') expect(h.badgeRect, h.text).toBeNull();
    await page.evaluate(() => (window as unknown as { closeAll(): void }).closeAll());
    await waitFor(() => drawn(page, 'Huawei'));
    await page.close();
  });

  test('names behind a native modal dialog are not drawn; its own names are', async () => {
    const page = await openPage(browser, `${server.origin}/news-popup.html`);
    await page.setViewportSize(size(390));
    await waitFor(() => drawn(page, 'Huawei'));
    await page.evaluate(() => (document.getElementById('native') as HTMLDialogElement).showModal());
    await waitFor(async () => (await undrawn(page, 'Huawei')) && (await drawn(page, 'Hytera')));
    await page.evaluate(() => (window as unknown as { closeAll(): void }).closeAll());
    await waitFor(async () => (await drawn(page, 'Huawei')) && !(await drawn(page, 'Hytera')));
    await page.close();
  });

  test('a cookie wall over the lower window hides the names under it, not those above it', async () => {
    const page = await openPage(browser, `${server.origin}/news-popup.html`);
    await page.setViewportSize(size(1280));
    await waitFor(async () => (await drawn(page, 'Huawei')) && (await drawn(page, 'Dahua')));
    await page.evaluate(() => (window as unknown as { openWall(): void }).openWall());
    await waitFor(async () => (await undrawn(page, 'Dahua')) && (await drawn(page, 'Hytera')));
    const wallTop = await page.$eval('#wall', (e) => e.getBoundingClientRect().top);
    expect(await drawn(page, 'Huawei')).toBe(true);
    for (const h of await hits(browser, page)) {
      if (h.text === 'Hytera' || !h.badgeRect) continue;
      expect(h.badgeRect.bottom, h.text).toBeLessThanOrEqual(wallTop + 0.5);
    }
    await page.close();
  });
});
