// Evidence export from a vendor-style page: each format is downloaded from the popup and checked against the page
// (URL, title, time, versions, feed hash, every mention with its context, listings), including hostile page text.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { startServer, type TestServer } from './static-server.ts';
import { shownHits } from './content-helpers.ts';
import { sendFromUi } from './extension-calls.ts';
import { openPopup, screenshot, tabIdFor } from './ui-helpers.ts';
import type { ListStatus } from '../../src/shared/messages.ts';

let ext: ExtensionBrowser;
let server: TestServer;
let page: Page;
let popup: Page;
let status: ListStatus;
let badges: { entity: string; text: string }[];

beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, 'pages'));
  ext = await launchWithExtension();
  page = await ext.ctx.newPage();
  await page.goto(`${server.origin}/ui-evidence.html`);
  await shownHits(ext, page, 1);
  await page.waitForTimeout(300);
  badges = (await shownHits(ext, page, 1)).map((h) => ({ entity: h.entityId, text: h.text }));
  const reply = await sendFromUi(ext, 'list/status');
  if (!reply.ok) throw new Error(reply.error);
  status = reply.value;
  popup = await openPopup(ext, { tabId: await tabIdFor(ext, page.url()) });
  await popup.getByTestId('hit-list').waitFor();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function download(name: string): Promise<string> {
  const [dl] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name }).click(),
  ]);
  expect(dl.suggestedFilename()).toMatch(/^sanctions-lens-127\.0\.0\.1-\d{8}-\d{4}\.(json|csv|html)$/);
  return readFile(await dl.path(), 'utf8');
}

test('JSON report matches the page: URL, title, time, versions, feed hash, every mention', async () => {
  const started = Date.now();
  const r = JSON.parse(await download('Export JSON'));
  expect(r.page.url).toBe(page.url());
  expect(r.page.title).toBe(await page.title());
  expect(Math.abs(Date.parse(r.capturedAt) - started)).toBeLessThan(60_000);
  expect(r.extension.version).toMatch(/^\d+\.\d+\.\d+/);
  const age = Math.floor(
    (Date.parse(r.capturedAt) - Date.parse(`${status.dataDate}T00:00:00Z`)) / 86_400_000,
  );
  expect(r.list).toEqual({
    version: status.version,
    dataDate: status.dataDate,
    feedHash: status.feedHash,
    dataAgeDays: age,
  });
  expect(r.list.feedHash).toMatch(/^[0-9a-f]{64}$/);
  const hitIds = new Set(r.hits.map((h: { entityId: string }) => h.entityId));
  expect(hitIds).toEqual(new Set(badges.map((b) => b.entity)));
  const bodyText = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
  for (const h of r.hits as { text: string; context: string }[]) {
    expect(bodyText).toContain(h.text);
    expect(h.context).toContain(h.text);
  }
  const hik = r.entities.find((e: { name: string }) => /Hikvision/.test(e.name));
  expect(hik.mentionCount).toBe(2);
  expect(hik.listings.length).toBeGreaterThan(0);
  expect(hik.listings.some((l: { sourceUrl?: string }) => /^https:\/\//.test(l.sourceUrl ?? ''))).toBe(true);
  expect(hik.listings.some((l: { citation?: string }) => !!l.citation)).toBe(true);
});

test('CSV report: a row per mention and listing, metadata on each row, formulas defused', async () => {
  const text = await download('Export CSV');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^"captured_at","page_url","page_title"/);
  const cells = (line: string) =>
    [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
  const rows = lines
    .slice(1)
    .map(cells)
    .filter((r) => r.length >= 20);
  expect(rows.length).toBeGreaterThanOrEqual(badges.length);
  for (const r of rows) {
    expect(r[1]).toBe(page.url());
    // The page title starts with =HYPERLINK(…): a spreadsheet must see text, not a formula.
    expect(r[2]).toBe(`'${await page.title()}`);
    expect(r[6]).toBe(status.feedHash);
  }
  expect(rows.some((r) => /Hikvision/.test(r[8] ?? '') && (r[18] ?? '') !== '')).toBe(true);
});

test('printable HTML report shows hostile page text as text, with marked mentions and official links', async () => {
  const html = await download('Export printable report');
  const view = await ext.ctx.newPage();
  await view.setContent(html);
  await screenshot(view, 'ui-report');
  expect(await view.locator('script').count()).toBe(0);
  expect(await view.locator('img').count()).toBe(0);
  const text = await view.evaluate(() => document.body.innerText);
  expect(text).toContain('<script>alert(1)</script>');
  expect(text).toContain('=HYPERLINK("http://evil.example")');
  expect(text).toContain(status.feedHash);
  expect(text).toContain(String(status.version));
  expect(await view.locator(`a[href="${page.url()}"]`).count()).toBe(1);
  expect(await view.locator('mark', { hasText: 'Hikvision' }).count()).toBe(2);
  expect(await view.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
  await view.close();
});
