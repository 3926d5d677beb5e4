// The vendor-site banner: shown on a listed company's own domain, dismissable, remembered for that site.
// hikvision.com is mapped to the local server with Chromium's --host-resolver-rules (no network involved).
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { clickAx, findAx, readSettings, setUp } from './content-helpers.ts';

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
  await page.waitForSelector('sl-banner', { state: 'attached', timeout: 20_000 });
  expect(await page.$eval('sl-banner', (b) => b.getAttribute('data-sl-entity'))).toMatch(/hikvision/);
  expect(await findAx(cdp, 'region', /Sanctions Lens notice/)).toBeDefined();
  await mkdir(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}/vendor-banner.png` });
  await clickAx(page, cdp, 'button', /^Details$/);
  await expect.poll(async () => (await findAx(cdp, 'dialog', /Hikvision/)) !== undefined).toBe(true);
  await page.keyboard.press('Escape');
  await clickAx(page, cdp, 'button', /^Dismiss for this site$/);
  await expect.poll(async () => page.$$('sl-banner').then((b) => b.length)).toBe(0);
  expect((await readSettings(browser)).dismissedBanners).toContain('hikvision.com');
  await page.reload();
  await page.waitForTimeout(1_500);
  expect(await page.$$('sl-banner')).toHaveLength(0);
  await page.goto(`${server.origin}/content-vendor.html`);
  await page.waitForTimeout(1_500);
  expect(await page.$$('sl-banner')).toHaveLength(0);
  await page.close();
});
