// Page-level corroboration: a weak form of a listed name (here the acronym MPEG, an alias of Micro Power Engineering
// Group on the Entity List) is not flagged alone, and is flagged once the page names the same entry in its strong
// form, also when that strong form arrives after the weak one was drawn.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { badges, badgesIn, openPage, setUp, waitFor } from './content-helpers.ts';

let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;

beforeAll(async () => {
  ({ browser, server } = await setUp());
  page = await openPage(browser, `${server.origin}/content-corroboration.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const texts = async (): Promise<string[]> => (await badges(browser, page)).map((b) => b.text);

describe('corroboration on the page', () => {
  test('a weak form alone is not flagged; a strong name on the same page is', async () => {
    expect(await texts()).toContain('Hikvision');
    expect(await texts()).not.toContain('MPEG');
  });

  test('the strong form of the same entry, added later, shows the weak forms drawn before', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'strong';
      p.textContent = 'Micro Power Engineering Group was added to the Entity List in 2019.';
      document.body.append(p);
    });
    await waitFor(
      async () => (await badgesIn(browser, page, '#weak')).includes('MPEG'),
      20_000,
      'the weak form flagged',
    );
    const mpeg = (await badges(browser, page)).filter(
      (b) => b.text === 'MPEG' || b.text.startsWith('Micro Power'),
    );
    expect(new Set(mpeg.map((b) => b.entity)).size).toBe(1);
    expect(mpeg.find((b) => b.text === 'MPEG')?.confidence).toBe('likely');
  });
});
