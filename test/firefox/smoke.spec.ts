// Firefox ESR end to end: the Firefox build installs, its background starts, and the content script draws badges
// that follow the hit contract on a page served from 127.0.0.1, with nothing on unlisted names.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { GECKO_ID } from '../../manifest.config.ts';
import { startServer, type TestServer } from '../e2e/static-server.ts';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './launch-firefox.ts';

let firefox: FirefoxWithExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, 'pages'));
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

test('the Firefox build installs under its fixed add-on id', () => {
  expect(firefox.addonId).toBe(GECKO_ID);
});

test('badges appear on listed names in a 127.0.0.1 page, and not on unlisted ones', async () => {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.origin}/smoke.html`);
  await page.waitForSelector('[data-sl-entity]', { timeout: 30_000 });
  // Let the first scan finish (hits arrive per chunk).
  await new Promise((r) => setTimeout(r, 500));
  const badges = await page.$$eval('[data-sl-entity]', (els) =>
    els.map((el) => ({
      entity: el.getAttribute('data-sl-entity') ?? '',
      text: el.getAttribute('data-sl-text') ?? '',
      confidence: el.getAttribute('data-sl-confidence') ?? '',
    })),
  );
  const texts = badges.map((b) => b.text);
  for (const name of ['Hikvision', 'Huawei', 'TikTok'])
    expect(texts.some((t) => t.includes(name))).toBe(true);
  for (const name of ['Axis', 'Bosch', 'Apple', 'Google'])
    expect(texts.filter((t) => t.includes(name))).toEqual([]);
  for (const b of badges) {
    expect(b.entity).not.toBe('');
    expect(['confirmed', 'likely', 'possible']).toContain(b.confidence);
  }
  // The page's own text is intact: badges sit beside the names, not inside them.
  const body = await page.$eval('body', (el) => el.textContent ?? '');
  expect(body).toContain('Hangzhou Hikvision Digital Technology Co., Ltd.');
});
