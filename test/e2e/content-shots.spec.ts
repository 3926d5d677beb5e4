// Screenshots of badges and an open card on a light and a dark page, saved under artifacts/ for review.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { clickAx, findAx, openPage, setUp } from './content-helpers.ts';
import { launchWithExtension } from './fixtures.ts';

const OUT = resolve(import.meta.dirname, '../../artifacts/content');
let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  ({ browser, server } = await setUp());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`badges and an open card on a ${theme} page`, async () => {
    const page = await openPage(browser, `${server.origin}/content-${theme}.html`);
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/${theme}-badges.png` });
    const cdp = await browser.ctx.newCDPSession(page);
    await clickAx(page, cdp, 'button', /: Huawei.*Press Enter for details/);
    await expect.poll(async () => (await findAx(cdp, 'dialog', /Huawei/)) !== undefined).toBe(true);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/${theme}-card.png` });
    await page.close();
  });
}

for (const file of ['news-article', 'vendor-catalogue', 'content-vendor'] as const) {
  test(`${file} at 1280 px and 390 px`, async () => {
    // The vendor page names nobody in its text: its site banner is the thing to see.
    const page = await openPage(browser, `${server.origin}/${file}.html`, file !== 'content-vendor');
    if (file === 'content-vendor') await page.waitForTimeout(2_000);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
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
