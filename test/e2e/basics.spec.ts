// The product's promise on its two demo pages: listed names flagged, look-alikes left alone, live site switch,
// later content picked up, popup listing, and a worker that answers after being stopped.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { hits, shownHits } from './content-helpers.ts';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { startServer, type TestServer } from './static-server.ts';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, 'pages'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function flaggedTexts(page: Page): Promise<string[]> {
  return (await shownHits(browser, page)).map((h) => h.text);
}

async function open(name: string): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(`${server.origin}/${name}`);
  await shownHits(browser, page, 1);
  await page.waitForTimeout(300);
  return page;
}

describe('news article', () => {
  test('flags TikTok, WeChat and the XPCC; leaves Google, Apple and Amazon alone', async () => {
    const page = await open('news-article.html');
    const texts = await flaggedTexts(page);
    expect(texts).toContain('TikTok');
    expect(texts).toContain('WeChat');
    expect(texts.some((t) => /Xinjiang Production and Construction Corps/.test(t))).toBe(true);
    for (const bad of ['Google', 'Apple', 'Amazon']) expect(texts.filter((t) => t.includes(bad))).toEqual([]);
    const [first] = await shownHits(browser, page, 1);
    expect(first!.entityId).toMatch(/\S/);
    expect(['confirmed', 'likely', 'possible']).toContain(first!.confidence);
    await page.close();
  });
});

describe('vendor catalogue', () => {
  test('flags restricted vendors and not Axis, Bosch, Cisco or Aztec', async () => {
    const page = await open('vendor-catalogue.html');
    const texts = await flaggedTexts(page);
    for (const name of ['Hikvision', 'Dahua', 'Hytera', 'DJI', 'Kaspersky']) expect(texts).toContain(name);
    expect(texts.some((t) => t.startsWith('Huawei Technologies'))).toBe(true);
    expect(texts.some((t) => t.startsWith('ZTE'))).toBe(true);
    for (const bad of ['Axis', 'Bosch', 'Cisco', 'Aztec', 'router'])
      expect(texts.filter((t) => t.includes(bad))).toEqual([]);
    await page.close();
  });

  test('content added after load gets badges', async () => {
    const page = await open('vendor-catalogue.html');
    const before = (await flaggedTexts(page)).filter((t) => t === 'Hytera').length;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'New this week: Hytera handheld radios in stock.';
      document.querySelector('main')!.append(p);
    });
    await expect
      .poll(async () => (await flaggedTexts(page)).filter((t) => t === 'Hytera').length, { timeout: 10_000 })
      .toBe(before + 1);
    await page.close();
  });
});

describe('page without listed names', () => {
  test('gets nothing added to its DOM', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(`${server.origin}/no-hits.html`);
    const before = await page.content();
    await page.waitForTimeout(2_000);
    expect(await page.content()).toBe(before);
    expect(await hits(browser, page)).toHaveLength(0);
    await page.close();
  });
});

describe('popup', () => {
  test('lists the page hits and its site switch removes and restores badges live', async () => {
    const page = await open('news-article.html');
    const count = (await flaggedTexts(page)).length;
    const tabId = await popupTabId(page);
    const popup = await browser.ctx.newPage();
    await popup.goto(browser.extensionUrl(`src/ui/popup/index.html?tab=${tabId}`));
    await expect.poll(async () => popup.getByText('TikTok').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const toggle = popup.getByRole('switch', { name: 'Alerts on this site' });
    await toggle.click();
    await expect.poll(async () => (await flaggedTexts(page)).length, { timeout: 10_000 }).toBe(0);
    await toggle.click();
    await expect.poll(async () => (await flaggedTexts(page)).length, { timeout: 10_000 }).toBe(count);
    await popup.close();
    await page.close();
  });
});

describe('service worker', () => {
  test('answers again after being stopped', async () => {
    const cdp = await browser.ctx.browser()!.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
    expect(sw).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: sw!.targetId });
    await expect
      .poll(async () => {
        const { targetInfos: now } = await cdp.send('Target.getTargets');
        return now.some((t) => t.targetId === sw!.targetId);
      })
      .toBe(false);
    const page = await open('vendor-catalogue.html');
    expect(await flaggedTexts(page)).toContain('Hikvision');
    await page.close();
  });
});

/** The tab id of `page`, as the extension sees it (asked from an extension page). */
async function popupTabId(page: Page): Promise<number> {
  const helper = await browser.ctx.newPage();
  await helper.goto(browser.extensionUrl('src/ui/popup/index.html'));
  const url = page.url();
  const id = await helper.evaluate(async (u) => {
    type TabsApi = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    const tabs = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  await helper.close();
  return id;
}
