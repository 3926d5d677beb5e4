// The vendor-site banner: shown on a listed company's own domain, dismissable, remembered for that site.
// hikvision.com is mapped to the local server with Chromium's --host-resolver-rules (no network involved).
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { axNodes, clickAx, findAx, patchSettings, readSettings, setUp } from './content-helpers.ts';

const OUT = resolve(import.meta.dirname, '../../artifacts/content');
let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  ({ browser, server } = await setUp(['--host-resolver-rules=MAP hikvision.com 127.0.0.1']));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('banner on the vendor domain, none on another host, dismissal remembered', async () => {
  const port = new URL(server.origin).port;
  const page = await browser.ctx.newPage();
  const cdp = await browser.ctx.newCDPSession(page);
  await page.goto(`http://hikvision.com:${port}/content-vendor.html`);
  const banner = () => findAx(cdp, 'region', /Sanctions Lens notice/);
  await expect.poll(async () => (await banner()) !== undefined, { timeout: 20_000 }).toBe(true);
  // Docked at the bottom of the window (the site's navigation is at the top), and naming the site's owner.
  const region = await banner();
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: region!.backendDOMNodeId! })) as {
    model: { content: number[] };
  };
  const viewport = page.viewportSize()!;
  expect(model.content[1]!).toBeGreaterThan(viewport.height / 2);
  expect((await axNodes(cdp)).some((n) => /Hikvision/.test(String(n.name?.value ?? '')))).toBe(true);
  // Nothing of it is visible to the page but the one host, without attributes.
  expect(await page.evaluate(() => document.body.nextElementSibling?.getAttributeNames())).toEqual([]);
  await mkdir(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}/vendor-banner.png` });
  await clickAx(page, cdp, 'button', /^Details$/);
  await expect.poll(async () => (await findAx(cdp, 'dialog', /Hikvision/)) !== undefined).toBe(true);
  await page.keyboard.press('Escape');
  await clickAx(page, cdp, 'button', /^Dismiss for this site$/);
  await expect.poll(async () => (await banner()) === undefined).toBe(true);
  expect((await readSettings(browser)).dismissedBanners).toContain('hikvision.com');
  await page.reload();
  await page.waitForTimeout(1_500);
  expect(await banner()).toBeUndefined();
  await page.goto(`${server.origin}/content-vendor.html`);
  await page.waitForTimeout(1_500);
  expect(await banner()).toBeUndefined();
  await page.close();
});

for (const width of [1280, 390]) {
  test(`at ${width} px the banner stays clear of the site's fixed top navigation and bottom tab bar`, async () => {
    // The first test dismissed the banner for this site.
    await patchSettings(browser, { dismissedBanners: [] });
    const port = new URL(server.origin).port;
    const page = await browser.ctx.newPage();
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    const cdp = await browser.ctx.newCDPSession(page);
    await page.goto(`http://hikvision.com:${port}/vendor-nav.html`);
    const banner = () => findAx(cdp, 'region', /Sanctions Lens notice/);
    await expect.poll(async () => (await banner()) !== undefined, { timeout: 20_000 }).toBe(true);
    const { model } = (await cdp.send('DOM.getBoxModel', {
      backendNodeId: (await banner())!.backendDOMNodeId!,
    })) as {
      model: { border: number[] };
    };
    const top = model.border[1]!;
    const bottom = model.border[5]!;
    const nav = await page.$eval('.nav', (e) => e.getBoundingClientRect().bottom);
    const tabs = await page.$eval('.tabs', (e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(nav);
    expect(bottom).toBeLessThanOrEqual(tabs);
    // On a phone it takes no more of the screen than a few lines: the message under the chip, not in a column.
    expect(bottom - top).toBeLessThanOrEqual(width === 390 ? 100 : 72);
    await page.close();
  });
}
