import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXTENSION_ID, launchWithExtension, type ExtensionBrowser } from './fixtures.ts';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

test('the built extension loads with its fixed id', async () => {
  expect(browser.extensionId).toBe(EXTENSION_ID);
});
