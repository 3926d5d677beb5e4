// "Search the lists" in the popup against the bundled snapshot: a brand's own companies rank first, weak look-alikes
// wait behind "Show weaker matches", and a result opens the card's details (plain sentence, dates, citation, link).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { openPopup } from './ui-helpers.ts';

let ext: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  ext = await launchWithExtension();
  popup = await openPopup(ext);
});
afterAll(async () => {
  await ext?.close();
});

async function search(q: string): Promise<void> {
  const box = popup.getByRole('searchbox', { name: 'Search the lists' });
  await box.fill(q);
  await box.press('Enter');
}

const resultNames = () => popup.locator('ol.results > li .result-head strong').allInnerTexts();

test('"Huawei": Huawei\'s own companies come before look-alikes; a result opens its details', async () => {
  await search('Huawei');
  await expect.poll(async () => (await resultNames()).length, { timeout: 15_000 }).toBeGreaterThan(2);
  const names = await resultNames();
  expect(names.slice(0, 3).every((n) => /^Huawei/i.test(n))).toBe(true);
  const first = popup.locator('ol.results > li').first();
  await first.getByRole('button', { name: 'Details' }).click();
  const details = first.getByTestId('listing-details');
  await details.waitFor();
  const text = await details.innerText();
  expect(text).toMatch(/Listed \d{4}-\d{2}-\d{2}/);
  // Each listing starts with its plain sentence (which one comes first depends on the entity's lists).
  expect(text).toMatch(/US exporters need a licence to ship to this company\.|Americans may not buy or sell/);
  expect(await details.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
});

test('"Apple": the weak look-alike is hidden until asked for', async () => {
  await search('Apple');
  const more = popup.getByRole('button', { name: /^Show weaker matches \(\d+\)$/ });
  await more.waitFor({ timeout: 15_000 });
  expect(await resultNames()).toEqual([]);
  await more.click();
  await expect.poll(async () => (await resultNames()).length).toBeGreaterThan(0);
  for (const n of await resultNames()) expect(n).not.toMatch(/^Apple( Inc\.?)?$/);
});
