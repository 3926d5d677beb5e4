// The overlay from the page's side and from the hit contract: each shown badge sits at the end of its name's line
// (tab/hits rects) at 1280 and 390 px, after a resize, in a scroll container and after a web font swap; the page
// learns nothing (no attribute, highlight, adopted sheet or text, one element added) and its layout never moves;
// a page that claims our old tags, reads children by index and hides every div keeps working.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { hits, openPage, setUp, waitFor } from './content-helpers.ts';
import type { Box, TabHit } from './extension-calls.ts';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  ({ browser, server } = await setUp());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every drawn badge is within one line of its name's end: same line, starting near where the name ends. */
function expectBadgesAtNameEnds(all: TabHit[]): number {
  const drawn = all.filter((h) => h.badgeRect && h.nameRects?.length);
  for (const h of drawn) {
    const end = h.nameRects!.reduce((a: Box, r) => (r.top >= a.bottom - 1 || r.right > a.right ? r : a));
    const b = h.badgeRect!;
    const line = end.bottom - end.top;
    const midY = (b.top + b.bottom) / 2;
    expect(midY, `${h.text}: badge on the name's line`).toBeGreaterThan(end.top - line / 2);
    expect(midY, `${h.text}: badge on the name's line`).toBeLessThan(end.bottom + line / 2);
    expect(Math.abs(b.left - end.right), `${h.text}: badge at the name's end`).toBeLessThan(line);
  }
  return drawn.length;
}

async function drawnAfterSettle(page: Page, min = 1): Promise<TabHit[]> {
  let out: TabHit[] = [];
  await waitFor(async () => (out = await hits(browser, page)).filter((h) => h.badgeRect).length >= min);
  return out;
}

describe('placement', () => {
  for (const width of [1280, 390]) {
    test(`badges at the end of their names at ${width} px, and again after a resize`, async () => {
      const page = await openPage(browser, `${server.origin}/news-article.html`);
      await page.setViewportSize({ width, height: 800 });
      await page.waitForTimeout(300);
      expect(expectBadgesAtNameEnds(await drawnAfterSettle(page))).toBeGreaterThan(2);
      await page.setViewportSize({ width: width === 390 ? 700 : 500, height: 700 });
      await page.waitForTimeout(300);
      expect(expectBadgesAtNameEnds(await drawnAfterSettle(page))).toBeGreaterThan(2);
      await page.close();
    });
  }

  test('in a scroll container: hidden while scrolled out of its box, at its name once scrolled in', async () => {
    const page = await openPage(browser, `${server.origin}/overlay-hostile.html`);
    const inBox = async () => (await hits(browser, page)).find((h) => /Far down in the box/.test(h.context))!;
    await waitFor(async () => (await inBox()) !== undefined);
    expect((await inBox()).badgeRect).toBeNull();
    await page.$eval('#scroller', (e) => e.scrollTo(0, 60));
    await waitFor(async () => (await inBox()).badgeRect !== null, 5_000, 'the badge in the box');
    expectBadgesAtNameEnds([await inBox()]);
    await page.close();
  });

  test('follows a web font swap and content inserted above', async () => {
    const page = await openPage(browser, `${server.origin}/content-light.html`);
    const before = (await drawnAfterSettle(page)).find((h) => h.text === 'Hytera')!;
    // A wider font for the page's text, loaded as a FontFace: the names reflow.
    await page.evaluate(async () => {
      const face = new FontFace('Wide', 'local("DejaVu Sans"), local("Liberation Sans")');
      await face.load().catch(() => undefined);
      document.fonts.add(face);
      document.body.style.fontFamily = 'Wide, monospace';
      document.body.style.letterSpacing = '2px';
      document
        .querySelector('main')!
        .prepend(Object.assign(document.createElement('p'), { textContent: 'Inserted above.' }));
    });
    await waitFor(
      async () => {
        const h = (await hits(browser, page)).find((x) => x.text === 'Hytera');
        return !!h?.badgeRect && h.badgeRect.top !== before.badgeRect!.top;
      },
      5_000,
      'the badge to move with its name',
    );
    expectBadgesAtNameEnds(await hits(browser, page));
    await page.close();
  });
});

describe('the page learns nothing', () => {
  test('no attribute, highlight, adopted sheet or text of ours; one element, closed; no layout shift', async () => {
    const url = `${server.origin}/overlay-hostile.html`;
    // The same page without alerts (site turned off): its layout to compare with.
    const probe = () =>
      Array.from(document.querySelectorAll('body *')).map((e) => {
        const r = e.getBoundingClientRect();
        return [e.tagName, Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
      });
    const page = await openPage(browser, url);
    await drawnAfterSettle(page, 2);
    const seen = await page.evaluate(() => {
      const names = [
        'Hikvision',
        'Hytera',
        'Dahua',
        'ZTE',
        'Kaspersky',
        'TikTok',
        'WeChat',
        'hikvision',
        'company-',
      ];
      const attrs = [...document.querySelectorAll('*')].flatMap((e) =>
        e.getAttributeNames().map((a) => `${a}=${e.getAttribute(a)}`),
      );
      const added = (window as unknown as { added: Element[] }).added.filter((n) => n.tagName !== 'SCRIPT');
      const host = document.body.nextElementSibling as HTMLElement | null;
      return {
        attrsNaming: attrs.filter(
          (a) => a.startsWith('data-sl') || names.some((n) => a.includes(n) && !a.startsWith('style=')),
        ),
        highlights: CSS.highlights.size,
        sheets: document.adoptedStyleSheets.length,
        added: added.map((n) => n.tagName),
        hostAttrs: host?.getAttributeNames() ?? null,
        hostOpen: host?.shadowRoot !== null,
        hostText: host?.textContent ?? null,
        listFirst: (window as unknown as { listFirst: () => string }).listFirst(),
        listFirstAtLoad: (window as unknown as { listFirstAtLoad: string }).listFirstAtLoad,
        customTags: ['sl-badge', 'sl-card', 'sl-banner'].map((t) => document.querySelectorAll(t).length),
      };
    });
    expect(seen).toEqual({
      attrsNaming: [],
      highlights: 0,
      sheets: 0,
      added: ['DIV'],
      hostAttrs: [],
      hostOpen: false,
      hostText: '',
      listFirst: 'Dahua',
      listFirstAtLoad: 'Dahua',
      customTags: [0, 0, 0],
    });
    const withUs = await page.evaluate(probe);
    // Turn alerts off for the site: the overlay leaves, and the layout must be the same to the pixel.
    const sw = await browser.worker();
    await sw.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            storage: {
              local: {
                get(k: string): Promise<Record<string, { disabledSites?: string[] }>>;
                set(v: object): Promise<void>;
              };
            };
          };
        }
      ).chrome;
      const cur = (await api.storage.local.get('settings')).settings ?? {};
      await api.storage.local.set({ settings: { ...cur, disabledSites: ['127.0.0.1'] } });
    });
    await waitFor(
      async () => page.evaluate(() => document.body.nextElementSibling === null),
      5_000,
      'the overlay to leave',
    );
    const without = await page.evaluate(probe);
    expect(withUs).toEqual(without);
    await sw.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            storage: {
              local: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> };
            };
          };
        }
      ).chrome;
      const cur = (await api.storage.local.get('settings')).settings ?? {};
      await api.storage.local.set({ settings: { ...cur, disabledSites: [] } });
    });
    await page.close();
  });
});
