// Firefox ESR end to end: the Firefox build installs, its background starts, and the content script draws its
// overlay on a page served from 127.0.0.1 that names listed companies, and nothing on one that names none.
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

/** The element our overlay adds after <body> (none while nothing is flagged), as the page sees it. */
async function overlayHost(page: Awaited<ReturnType<typeof firefox.browser.newPage>>) {
  return page.evaluate(() => {
    const h = document.body.nextElementSibling;
    return h ? { tag: h.tagName, attrs: h.getAttributeNames().length, open: h.shadowRoot !== null } : null;
  });
}

// Firefox is driven over WebDriver BiDi, which cannot message the extension: hits are read through `tab/hits` in
// the Chromium suite. Here the page's side is checked: listed names get the one overlay host (closed, no
// attributes), a page naming only unlisted companies gets nothing.
test('listed names get the overlay in a 127.0.0.1 page; unlisted ones get nothing', async () => {
  server.routes.set('/unlisted.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><title>U</title><p>Axis cameras, Bosch tools, Apple phones and Google search.</p>',
    );
  });
  const page = await firefox.browser.newPage();
  await page.goto(`${server.origin}/smoke.html`);
  await page.waitForFunction(() => document.body.nextElementSibling !== null, { timeout: 30_000 });
  expect(await overlayHost(page)).toEqual({ tag: 'DIV', attrs: 0, open: false });
  // The page's own text is intact: nothing is inserted among its nodes.
  const body = await page.$eval('body', (el) => el.textContent ?? '');
  expect(body).toContain('Hangzhou Hikvision Digital Technology Co., Ltd.');
  await page.goto(`${server.origin}/unlisted.html`);
  await new Promise((r) => setTimeout(r, 2_000));
  expect(await overlayHost(page)).toBeNull();
});
