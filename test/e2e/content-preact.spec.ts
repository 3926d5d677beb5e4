// A Preact page that re-renders text containing listed names every 100 ms: its text stays correct, it throws
// nothing, and the badges follow the names as they change.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { openPage, setUp } from './content-helpers.ts';

let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ browser, server } = await setUp());
  page = await openPage(browser, `${server.origin}/content-preact.html`);
  page.on('pageerror', (e) => errors.push(String(e)));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Sample {
  text: string;
  expected: string;
  name: string;
  tickerBadges: string[];
  rows: { text: string; badges: string[] }[];
  renderErrors: string[];
}

function sample(): Promise<Sample> {
  return page.evaluate(() => {
    const w = window as unknown as { expected: () => { name: string; text: string }; renderErrors: string[] };
    const own = (el: Element) =>
      [...el.childNodes]
        .filter((n) => n.nodeName !== 'SL-BADGE')
        .map((n) => n.textContent)
        .join('');
    const ticker = document.getElementById('ticker')!;
    const badgeTexts = (el: Element) =>
      [...el.querySelectorAll('sl-badge')].map((b) => b.getAttribute('data-sl-text') ?? '');
    return {
      text: own(ticker),
      expected: w.expected().text,
      name: w.expected().name,
      tickerBadges: badgeTexts(ticker),
      rows: [...document.querySelectorAll('li')].map((li) => ({ text: own(li), badges: badgeTexts(li) })),
      renderErrors: w.renderErrors,
    };
  });
}

test('text stays exactly what Preact rendered, with no errors, for 6 seconds of re-renders', async () => {
  for (let i = 0; i < 24; i++) {
    const s = await sample();
    expect(s.text).toBe(s.expected);
    expect(s.renderErrors).toEqual([]);
    await page.waitForTimeout(250);
  }
  expect(errors).toEqual([]);
});

test('badges follow the names through three rotations', async () => {
  const seen = new Set<string>();
  for (let round = 0; round < 3; round++) {
    await expect
      .poll(
        async () => {
          const s = await sample();
          const ok =
            s.tickerBadges.includes(s.name) &&
            s.tickerBadges.every((t) => t === s.name || t.startsWith('Huawei'));
          if (ok) seen.add(s.name);
          return ok;
        },
        { timeout: 5_000, interval: 100 },
      )
      .toBe(true);
    await page.waitForTimeout(1_500);
  }
  expect(seen.size).toBeGreaterThanOrEqual(2);
});

test('badges in keyed rows that Preact reorders stay with their row text', async () => {
  await expect
    .poll(
      async () => {
        const s = await sample();
        return (
          s.rows.every((r) => r.badges.every((b) => r.text.includes(b))) &&
          s.rows.some((r) => r.badges.length)
        );
      },
      { timeout: 5_000, interval: 100 },
    )
    .toBe(true);
  expect(errors).toEqual([]);
});
