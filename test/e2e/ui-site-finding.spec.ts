// On a site that belongs to a listed company (dahuasecurity.com, mapped to the local server with Chromium's
// --host-resolver-rules), the popup and the three evidence exports record that finding, not only the mentions; a
// paused popup says alerts are off instead of "nothing found".
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { startServer, type TestServer } from './static-server.ts';
import { openPopup, seedSettings } from './ui-helpers.ts';
import { waitForBanner } from './content-helpers.ts';

declare const chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } };

let ext: ExtensionBrowser;
let server: TestServer;
let page: Page;
let popup: Page;

beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, 'pages'));
  ext = await launchWithExtension({ args: ['--host-resolver-rules=MAP dahuasecurity.com 127.0.0.1'] });
  page = await ext.ctx.newPage();
  await page.goto(`http://dahuasecurity.com:${new URL(server.origin).port}/vendor-dahua.html`);
  await waitForBanner(await ext.ctx.newCDPSession(page), page);
  popup = await openPopup(ext, { tabId: await vendorTabId() });
  await popup.getByTestId('site-finding').waitFor();
});
/** The vendor tab's id: no host permission for its domain, so its URL is hidden; it is the active tab. */
async function vendorTabId(): Promise<number> {
  await page.bringToFront();
  const worker = await ext.worker();
  const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id ?? null);
  if (id === null) throw new Error('no active tab');
  return id;
}

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function download(name: string): Promise<string> {
  const [dl] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name }).click(),
  ]);
  return readFile(await dl.path(), 'utf8');
}

test('popup leads with the site finding and a plain sentence for each flagged name', async () => {
  await expect
    .poll(() => popup.getByTestId('site-finding').innerText())
    .toMatch(/^This site belongs to Zhejiang Dahua Technology Co\., Ltd\., which is on a government/);
  const plain = await popup.getByTestId('plain-line').allInnerTexts();
  expect(plain.length).toBeGreaterThanOrEqual(2);
  for (const line of plain) expect(line).toMatch(/^[A-Z][^.]+\./);
});

test('JSON, CSV and printable exports record that the site belongs to a listed company', async () => {
  const json = JSON.parse(await download('Export JSON'));
  // The save has no browser prompt: the popup confirms it, naming the file.
  await expect
    .poll(() => popup.getByRole('status').filter({ hasText: 'Saved' }).innerText())
    .toMatch(/^Saved to your downloads as sanctions-lens-dahuasecurity\.com-\d{8}-\d{4}\.json$/);
  expect(json.site).toEqual({
    hostname: 'dahuasecurity.com',
    belongsTo: { entityId: 'company-dahua', entityName: 'Zhejiang Dahua Technology Co., Ltd.' },
  });
  expect(json.entities[0]).toMatchObject({ id: 'company-dahua', isSiteOwner: true });
  expect(json.entities[0].listings[0].plain).toMatch(/^[A-Z]/);

  const csv = await download('Export CSV');
  const header = csv.slice(1).split('\r\n')[0]!;
  expect(header).toMatch(/"finding","plain_language"$/);
  expect(csv).toMatch(
    /"company-dahua","Zhejiang Dahua Technology Co\., Ltd\.","dahuasecurity\.com",[^\r]*"site_owner"/,
  );

  const html = await download('Export printable report');
  const view = await ext.ctx.newPage();
  await view.setContent(html);
  expect(await view.locator('section.site').innerText()).toContain(
    'This site belongs to Zhejiang Dahua Technology Co., Ltd.',
  );
  expect(await view.locator('main').count()).toBe(1);
  expect(await view.getAttribute('html', 'lang')).toMatch(/^en/);
  expect(await view.evaluate(() => document.body.innerText)).not.toContain('company-dahua');
  await view.close();
});

test('a paused popup says alerts are off, never "0 found"', async () => {
  await seedSettings(ext, { pausedUntil: Number.MAX_SAFE_INTEGER });
  const paused = await openPopup(ext, { tabId: await vendorTabId() });
  await paused.getByTestId('alerts-off').waitFor();
  const section = await paused.locator('section.page-hits').innerText();
  expect(section).not.toMatch(/No restricted companies or apps found/);
  expect(await paused.locator('section.page-hits h2 .count').count()).toBe(0);
  await seedSettings(ext, { pausedUntil: 0 });
  await paused.close();
});
