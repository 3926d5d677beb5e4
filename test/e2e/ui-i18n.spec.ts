// Chinese UI smoke test: with the browser in zh-CN, popup and options speak Simplified Chinese, every string
// resolves (no message key shows through), and the main controls work by keyboard; screenshots for review.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { startServer, type TestServer } from './static-server.ts';
import { shownHits } from './content-helpers.ts';
import { openOptions, openPopup, screenshot, storedSettings, tabIdFor, tabTo, until } from './ui-helpers.ts';

const KEYS = Object.keys(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')),
);

let ext: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, 'pages'));
  ext = await launchWithExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/**
 * Message keys that show through as text: a string that did not resolve. Only camelCase keys are looked for;
 * one-word keys ("licence", "search") are ordinary words that list data may contain.
 */
const leakedKeys = (text: string) =>
  KEYS.filter((k) => /[A-Z]/.test(k) && new RegExp(`\\b${k}\\b`).test(text));

test('popup in Chinese: hits, switch by keyboard, list status', async () => {
  const page = await ext.ctx.newPage();
  await page.goto(`${server.origin}/ui-evidence.html`);
  await shownHits(ext, page, 1);
  const popup = await openPopup(ext, { tabId: await tabIdFor(ext, page.url()) });
  await popup.getByTestId('hit-list').waitFor();
  await popup.getByTestId('list-version').waitFor();
  const text = await popup.locator('body').innerText();
  expect(text).toContain('本页发现');
  expect(text).toMatch(/提及 2 次/);
  expect(leakedKeys(text)).toEqual([]);
  expect(await popup.getByRole('button', { name: '立即更新' }).count()).toBe(1);
  await screenshot(popup, 'ui-popup-zh');
  const sw = popup.getByRole('switch', { name: '在此网站上提醒', exact: true });
  await until(() => sw.isEnabled(), 'the switch to know the page and settings');
  await tabTo(popup, sw);
  await popup.keyboard.press('Space');
  await until(async () => (await storedSettings(ext)).disabledSites.includes('127.0.0.1'), 'site off');
  await popup.keyboard.press('Space');
  await until(async () => (await storedSettings(ext)).disabledSites.length === 0, 'site on');
  await popup.close();
  await page.close();
});

test('options in Chinese: headings, defaults, every string resolved', async () => {
  const options = await openOptions(ext);
  await options.locator('#about tbody tr').first().waitFor();
  await expect.poll(() => options.getByRole('heading', { level: 1 }).innerText()).toBe('制裁透镜设置');
  await expect
    .poll(() => options.getByRole('checkbox', { name: '个人', exact: true }).isChecked())
    .toBe(false);
  await expect
    .poll(() => options.getByRole('checkbox', { name: '公司', exact: true }).isChecked())
    .toBe(true);
  expect(leakedKeys(await options.locator('body').innerText())).toEqual([]);
  await screenshot(options, 'ui-options-zh');
  await options.close();
});
