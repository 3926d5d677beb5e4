// A Preact page that re-renders text containing listed names every 100 ms: its text stays correct (nothing of ours
// is among its nodes), it throws nothing, and the drawn badges follow the names as they change (tab/hits rects).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { hits, openPage, setUp } from './content-helpers.ts';

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

async function sample(): Promise<Sample> {
  const boxes = await page.evaluate(() => {
    const w = window as unknown as { expected: () => { name: string; text: string }; renderErrors: string[] };
    const box = (e: Element) => e.getBoundingClientRect().toJSON() as Box;
    const ticker = document.getElementById('ticker')!;
    return {
      text: ticker.textContent ?? '',
      ticker: box(ticker),
      expected: w.expected().text,
      name: w.expected().name,
      rows: [...document.querySelectorAll('li')].map((li) => ({ text: li.textContent ?? '', box: box(li) })),
      renderErrors: w.renderErrors,
    };
  });
  const drawn = (await hits(browser, page)).filter((h) => h.badgeRect && h.nameRects?.length);
  const inside = (b: Box) =>
    drawn
      .filter((h) => {
        const r = h.nameRects![0]!;
        const y = (r.top + r.bottom) / 2;
        return r.left >= b.left - 1 && r.right <= b.right + 1 && y >= b.top && y <= b.bottom;
      })
      .map((h) => h.text);
  return {
    text: boxes.text,
    expected: boxes.expected,
    name: boxes.name,
    tickerBadges: inside(boxes.ticker),
    rows: boxes.rows.map((r) => ({ text: r.text, badges: inside(r.box) })),
    renderErrors: boxes.renderErrors,
  };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
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
