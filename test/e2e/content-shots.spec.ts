// Screenshots for review, saved under artifacts/content/: badges and an open card on a light and a dark page; news
// and vendor pages at 1280 px and 390 px (a sticky header scrolled over names, two columns, links, tables, names
// wrapping and ending lines); the card and the tip opened near the window's right and bottom edges; the vendor
// banner on a site with a fixed top navigation and a fixed bottom tab bar.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { clickAx, findAx, focusedAx, hits, openPage, setUp, waitForBanner } from './content-helpers.ts';
import { launchWithExtension } from './fixtures.ts';

const OUT = resolve(import.meta.dirname, '../../artifacts/content');
const WIDTHS = [1280, 390] as const;
let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  ({ browser, server } = await setUp(['--host-resolver-rules=MAP hikvision.com 127.0.0.1']));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const size = (width: number) => ({ width, height: width === 390 ? 844 : 800 });

/** Badge rects drawn now, fresh from `tab/hits`. */
async function badgeRects(page: Page) {
  return (await hits(browser, page)).flatMap((h) => (h.shown && h.badgeRect ? [h.badgeRect] : []));
}

for (const theme of ['light', 'dark'] as const) {
  test(`badges and an open card on a ${theme} page`, async () => {
    const page = await openPage(browser, `${server.origin}/content-${theme}.html`);
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/${theme}-badges.png` });
    const cdp = await browser.ctx.newCDPSession(page);
    // A badge reached with the keyboard: its focus ring, full label and tip.
    for (let i = 0; i < 20 && !/Press Enter for details/.test(await focusedAx(cdp)); i++)
      await page.keyboard.press('Tab');
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/${theme}-focus.png` });
    await page.keyboard.press('Escape');
    await clickAx(page, cdp, 'button', /: Huawei.*Press Enter for details/);
    await expect.poll(async () => (await findAx(cdp, 'dialog', /Huawei/)) !== undefined).toBe(true);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/${theme}-card.png` });
    await page.close();
  });
}

for (const file of ['news-article', 'vendor-catalogue', 'news-sticky'] as const) {
  test(`${file} at 1280 px and 390 px`, async () => {
    const page = await openPage(browser, `${server.origin}/${file}.html`);
    for (const width of WIDTHS) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.setViewportSize(size(width));
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${OUT}/${file}-${width}.png` });
      if (file !== 'news-sticky') continue;
      // Scrolled so the headline's names pass under the sticky header.
      await page.evaluate(() => window.scrollTo(0, document.querySelector('h1')!.offsetTop - 30));
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${OUT}/${file}-${width}-scrolled.png` });
    }
    await page.close();
  });
}

test('card and tip opened near the right and bottom edges at 390 px', async () => {
  const page = await openPage(browser, `${server.origin}/news-sticky.html`);
  await page.setViewportSize(size(390));
  await page.waitForTimeout(400);
  // The badge furthest right, then one near the bottom of the window.
  const right = (await badgeRects(page)).sort((a, b) => b.right - a.right)[0]!;
  await page.mouse.move((right.left + right.right) / 2, (right.top + right.bottom) / 2);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/tip-right-390.png` });
  await page.mouse.click((right.left + right.right) / 2, (right.top + right.bottom) / 2);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/card-right-390.png` });
  await page.keyboard.press('Escape');
  await page.mouse.click(5, 5);
  const vh = page.viewportSize()!.height;
  await page.evaluate(() => window.scrollBy(0, 500));
  await page.waitForTimeout(400);
  const low = (await badgeRects(page)).filter((r) => r.bottom < vh).sort((a, b) => b.bottom - a.bottom)[0]!;
  await page.mouse.move((low.left + low.right) / 2, (low.top + low.bottom) / 2);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/tip-bottom-390.png` });
  await page.mouse.click((low.left + low.right) / 2, (low.top + low.bottom) / 2);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/card-bottom-390.png` });
  await page.close();
});

for (const file of ['content-vendor', 'vendor-nav'] as const) {
  test(`vendor banner on ${file} at 1280 px and 390 px`, async () => {
    // The vendor's own domain (mapped to the local server): its site banner is the thing to see.
    const page = await browser.ctx.newPage();
    const cdp = await browser.ctx.newCDPSession(page);
    await page.goto(`http://hikvision.com:${new URL(server.origin).port}/${file}.html`);
    await waitForBanner(cdp, page);
    for (const width of WIDTHS) {
      await page.setViewportSize(size(width));
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${OUT}/${file}-${width}.png` });
    }
    await page.close();
  });
}

test('badges and card speak Simplified Chinese in a zh-CN browser', async () => {
  const zh = await launchWithExtension({ locale: 'zh-CN' });
  try {
    const page = await openPage(zh, `${server.origin}/content-light.html`);
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.waitForTimeout(600);
    const cdp = await zh.ctx.newCDPSession(page);
    await clickAx(page, cdp, 'button', /Huawei.*按回车查看详情/);
    await expect.poll(async () => (await findAx(cdp, 'dialog', /的限制详情$/)) !== undefined).toBe(true);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/zh-card.png` });
  } finally {
    await zh.close();
  }
});
