// Firefox ESR end to end, one browser for the whole file (the run is part of `npm test`): the Firefox build installs,
// its content script draws badges that follow the hit contract on a 127.0.0.1 page, and the popup and options pages,
// opened at their moz-extension:// address (fixed internal UUID), work: hits count, freshness line, site switch,
// lookup; language, watchlist import.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../manifest.config.ts';
import { startServer, type TestServer } from '../e2e/static-server.ts';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './launch-firefox.ts';

let firefox: FirefoxWithExtension;
let server: TestServer;
let site: Page;
let scratch: string;

beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, 'pages'));
  firefox = await launchFirefoxWithExtension();
  scratch = await mkdtemp(join(tmpdir(), 'sl-firefox-'));
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const LISTED = ['Hikvision', 'Huawei', 'TikTok'];
const badgeTexts = (page: Page) =>
  page.$$eval('[data-sl-entity]', (els) => els.map((el) => el.getAttribute('data-sl-text') ?? ''));
/** Waits until `check` holds for the texts of the page's badges. */
const badgesUntil = (page: Page, check: (texts: string[]) => boolean) =>
  expect.poll(async () => check(await badgeTexts(page)), { timeout: 20_000 }).toBe(true);

/** The control labelled `label` (a `<label for>` with exactly that text). */
async function byLabel(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (text) => {
      const l = [...document.querySelectorAll('label')].find((x) => x.textContent?.trim() === text);
      return l?.htmlFor ? document.getElementById(l.htmlFor) : null;
    },
    { timeout: 10_000 },
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el as HTMLElement).innerText.trim()).catch(() => '');

test('the Firefox build installs under its fixed add-on id', () => {
  expect(firefox.addonId).toBe(GECKO_ID);
});

test('badges appear on listed names in a 127.0.0.1 page, and not on unlisted ones', async () => {
  site = await firefox.browser.newPage();
  await site.goto(`${server.origin}/smoke.html`);
  await badgesUntil(site, (texts) => LISTED.every((n) => texts.some((t) => t.includes(n))));
  const badges = await site.$$eval('[data-sl-entity]', (els) =>
    els.map((el) => ({
      entity: el.getAttribute('data-sl-entity') ?? '',
      confidence: el.getAttribute('data-sl-confidence') ?? '',
    })),
  );
  const texts = await badgeTexts(site);
  for (const name of ['Axis', 'Bosch', 'Apple', 'Google'])
    expect(texts.filter((t) => t.includes(name))).toEqual([]);
  for (const b of badges) {
    expect(b.entity).not.toBe('');
    expect(['confirmed', 'likely', 'possible']).toContain(b.confidence);
  }
  // The page's own text is intact: badges sit beside the names, not inside them.
  const body = await site.$eval('body', (el) => el.textContent ?? '');
  expect(body).toContain('Hangzhou Hikvision Digital Technology Co., Ltd.');
});

test('popup: the page hits and their count, the freshness line, a lookup, and the site switch', async () => {
  // The popup opened as a tab is told which tab it is about (`?tab=`), as in the Chromium tests.
  const popup = await firefox.openExtensionPage('src/ui/popup/index.html', 'main.popup');
  const tabId = await popup.evaluate(async (url) => {
    const api = (
      globalThis as unknown as {
        browser: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } };
      }
    ).browser;
    return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? -1;
  }, site.url());
  expect(tabId).toBeGreaterThan(0);
  await firefox.openExtensionPage(
    `src/ui/popup/index.html?tab=${tabId}`,
    '[data-testid="hit-list"] li',
    popup,
  );
  const entities = new Set(
    await site.$$eval('[data-sl-entity]', (els) => els.map((el) => el.getAttribute('data-sl-entity'))),
  );
  expect(await textOf(popup, '#h-page .count')).toBe(String(entities.size));
  const hits = await textOf(popup, '[data-testid="hit-list"]');
  for (const name of LISTED) expect(hits).toMatch(new RegExp(name, 'i'));
  expect(await textOf(popup, '[data-testid="data-freshness"]')).toMatch(
    /^List data from .+ (today|1 day old|\d+ days old)/,
  );

  await (await byLabel(popup, 'Search the lists')).type('Hikvision\n');
  await expect
    .poll(() => textOf(popup, '[data-testid="lookup-results"]'), { timeout: 15_000 })
    .toMatch(/Hikvision/);

  const siteSwitch = await byLabel(popup, 'Alerts on this site');
  await popup.waitForFunction((el) => !el.disabled && el.checked, {}, siteSwitch);
  await siteSwitch.click();
  await badgesUntil(site, (texts) => texts.length === 0);
  await siteSwitch.click();
  await badgesUntil(site, (texts) => LISTED.every((n) => texts.some((t) => t.includes(n))));
  await popup.close();
});

test('options: the language setting switches the page to Chinese and back; a watchlist file imports', async () => {
  const options = await firefox.openExtensionPage(
    'src/ui/options/index.html',
    'main.options section#display',
  );
  await (await byLabel(options, 'Language of the extension')).select('zh_CN');
  await expect.poll(() => textOf(options, '#language h2'), { timeout: 10_000 }).toBe('语言');
  expect(await options.$eval('html', (el) => el.lang)).toBe('zh-CN');
  await (await byLabel(options, '扩展程序的语言')).select('en');
  await expect.poll(() => textOf(options, '#language h2'), { timeout: 10_000 }).toBe('Language');

  const file = join(scratch, 'suppliers.csv');
  await writeFile(
    file,
    'name,aliases,note\nAcme Gizmo Works Ltd,Acme Gizmo,under review\nBeta Rotor GmbH,,\n',
  );
  await (await byLabel(options, 'Import a watchlist file (CSV or JSON)')).uploadFile(file);
  await expect
    .poll(() => textOf(options, '[data-testid="watchlists"]'), { timeout: 30_000 })
    .toMatch(/suppliers\.csv · 2 entries/);
  expect(await textOf(options, '[data-testid="watchlist-status"]')).toBe('Watchlist added.');
  await options.close();
});
