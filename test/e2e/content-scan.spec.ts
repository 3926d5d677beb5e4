// What the content script scans and what it leaves alone: the hit contract, near-misses, names across inline
// elements, shadow roots and frames, form fields and editors, later content, and pages with nothing to flag.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { badges, badgesIn as badgesInPage, hits, openPage, setUp, waitFor } from './content-helpers.ts';

let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;

beforeAll(async () => {
  ({ browser, server } = await setUp());
  page = await openPage(browser, `${server.origin}/content-basic.html`);
  // The first scan is done once the listed names around the near-misses carry their badges (one scan pass matches
  // the whole document, so the near-miss paragraph has been decided by then).
  await waitFor(
    async () =>
      (await badgesInPage(browser, page, '#plain')).length +
        (await badgesInPage(browser, page, '#link')).length ===
      3,
    20_000,
    'the badges around the near-misses',
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Drawn badges whose name lies inside the element matching `selector`. */
const badgesIn = (selector: string) => badgesInPage(browser, page, selector);

describe('badges', () => {
  test('carry the hit contract on listed names', async () => {
    const all = await badges(browser, page);
    const texts = all.map((b) => b.text);
    expect(texts).toContain('Hikvision');
    expect(texts).toContain('Hytera');
    for (const b of all) {
      expect(b.entity).toMatch(/\S/);
      expect(['confirmed', 'likely', 'possible']).toContain(b.confidence);
    }
  });

  test('a name across inline elements is found and the page text is untouched', async () => {
    expect((await badgesIn('#split')).some((t) => t.startsWith('Huawei Technologies'))).toBe(true);
    const text = await page.$eval('#split', (p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(text).toBe(
      'The tender lists Huawei Technologies Co., Ltd. as a subcontractor for the core network.',
    );
    // Nothing is inserted among the page's nodes: the paragraph still has its three original children.
    expect(await page.$eval('#split', (p) => p.childNodes.length)).toBe(3);
  });

  test('the name is marked from the overlay: nothing in the highlight registry or adopted by the document', async () => {
    const state = await page.evaluate(() => ({
      highlights: CSS.highlights.size,
      sheets: document.adoptedStyleSheets.length,
    }));
    expect(state).toEqual({ highlights: 0, sheets: 0 });
    const split = (await hits(browser, page)).find((h) => h.text.startsWith('Huawei Technologies'));
    expect(split?.nameRects?.length).toBeGreaterThan(0);
  });

  test('no badges on near-misses', async () => {
    expect(await badgesIn('#near')).toEqual([]);
  });

  test('a name inside a link is flagged and the link keeps its own content', async () => {
    expect(await badgesIn('#link')).toEqual(['ZTE Corporation']);
    expect(await page.$eval('#zte-link', (a) => a.innerHTML)).toBe('ZTE Corporation');
  });

  test('open shadow roots and same-origin frames are scanned', async () => {
    expect(await badgesIn('#shadow-host')).toEqual(['Hytera']);
    await expect
      .poll(async () => (await badges(browser, page, 'frame')).map((b) => b.text), { timeout: 10_000 })
      .toEqual(['Hikvision']);
  });

  test('frames without a URL of their own (srcdoc, about:blank written by the page) are scanned', async () => {
    await page.evaluate(() => {
      const srcdoc = Object.assign(document.createElement('iframe'), {
        id: 'srcdoc',
        srcdoc: '<p>A srcdoc frame naming ZTE Corporation.</p>',
      });
      const blank = Object.assign(document.createElement('iframe'), { id: 'blank' });
      document.body.append(srcdoc, blank);
      const d = blank.contentDocument!;
      d.open();
      d.write('<!doctype html><p>A blank frame naming Huawei Technologies Co., Ltd.</p>');
      d.close();
    });
    // Asked by frame element id: a frame written by script has its parent's URL.
    const inFrame = (id: string) => badges(browser, page, id);
    await expect.poll(() => inFrame('srcdoc'), { timeout: 10_000 }).toHaveLength(1);
    await expect.poll(() => inFrame('blank'), { timeout: 10_000 }).toHaveLength(1);
  });

  test('never inside form fields, editors or hidden text', async () => {
    expect(await badgesIn('form')).toEqual([]);
    expect(await badgesIn('#editor')).toEqual([]);
    expect(await badgesIn('#invisible')).toEqual([]);
    // Visible, but marked hidden or decorative: skipped like the page's accessibility tree skips them.
    expect(await badgesIn('#aria-hidden')).toEqual([]);
    expect(await badgesIn('#hidden-attr')).toEqual([]);
    expect(await badgesIn('#not-editable')).toEqual(['ZTE Corporation']);
    expect(await page.$eval('#field', (i) => (i as HTMLInputElement).value)).toBe(
      'Hikvision Hytera ZTE Corporation',
    );
  });

  test('copies and prints as nothing, and takes no space in the page', async () => {
    const copied = await page.evaluate(() => {
      const sel = getSelection()!;
      sel.selectAllChildren(document.getElementById('plain')!);
      const s = sel.toString();
      sel.removeAllRanges();
      return s;
    });
    expect(copied).toBe('Cameras from Hikvision were found in the lobby; the radios came from Hytera.');
    // The one host: after <body>, no size, not selectable, not printed.
    const host = () =>
      page.evaluate(() => {
        const h = document.body.nextElementSibling as HTMLElement;
        const r = h.getBoundingClientRect();
        const cs = getComputedStyle(h);
        return { size: r.width + r.height, select: cs.userSelect, display: cs.display };
      });
    expect(await host()).toEqual({ size: 0, select: 'none', display: 'block' });
    await page.emulateMedia({ media: 'print' });
    expect((await host()).display).toBe('none');
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('content added later', () => {
  test('gets badges, also text changed in place', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'later';
      p.append(
        'Added later: ',
        Object.assign(document.createElement('i'), { textContent: 'Dahua' }),
        ' recorders.',
      );
      document.body.append(p);
    });
    await expect.poll(() => badgesIn('#later'), { timeout: 10_000 }).toEqual(['Dahua']);
    await page.evaluate(() => {
      const t = document.querySelector('#later i')!.firstChild as Text;
      t.data = 'Hytera';
    });
    await expect.poll(() => badgesIn('#later'), { timeout: 10_000 }).toEqual(['Hytera']);
  });
});

describe('hidden text shown later', () => {
  test('gets its badge once a class, the hidden attribute or an inline style reveals it', async () => {
    expect(await badgesIn('#invisible')).toEqual([]);
    await page.evaluate(() => document.getElementById('invisible')!.classList.remove('hidden'));
    await expect.poll(() => badgesIn('#invisible'), { timeout: 10_000 }).toEqual(['Hikvision']);
    await page.evaluate(() => {
      for (const [id, hide] of [
        ['by-attr', (e: HTMLElement) => (e.hidden = true)],
        ['by-style', (e: HTMLElement) => (e.style.display = 'none')],
      ] as const) {
        const p = Object.assign(document.createElement('p'), {
          id,
          textContent: `Recorders by Dahua (${id}).`,
        });
        hide(p);
        document.body.append(p);
      }
    });
    await page.waitForTimeout(1_000);
    expect([...(await badgesIn('#by-attr')), ...(await badgesIn('#by-style'))]).toEqual([]);
    await page.evaluate(() => {
      document.getElementById('by-attr')!.hidden = false;
      document.getElementById('by-style')!.style.removeProperty('display');
    });
    // Dahua (no longer on the page) stays under the per-entity badge limit.
    await expect.poll(() => badgesIn('#by-attr'), { timeout: 10_000 }).toEqual(['Dahua']);
    await expect.poll(() => badgesIn('#by-style'), { timeout: 10_000 }).toEqual(['Dahua']);
  });
});

describe('single-page app with a clock that never stops', () => {
  test('follows client-side navigation: the new view is flagged, the old one leaves no badge', async () => {
    const p = await openPage(browser, `${server.origin}/content-spa.html`);
    const texts = async () => (await badges(browser, p)).map((b) => b.text);
    await expect.poll(texts).toEqual(['Hytera']);
    await p.click('#to-b');
    await expect.poll(texts, { timeout: 10_000 }).toEqual(['Hikvision']);
    expect(p.url()).toMatch(/\/view-b$/);
    await p.close();
  });
});

describe('a page with nothing to flag', () => {
  test('gets nothing added: same DOM, no sheet, no highlight, no element', async () => {
    const p = await openPage(browser, `${server.origin}/no-hits.html`, false);
    const snap = () =>
      p.evaluate(() => ({
        html: document.documentElement.outerHTML,
        sheets: document.adoptedStyleSheets.length,
        highlights: CSS.highlights.size,
        attrs: [...document.querySelectorAll('*')]
          .flatMap((e) => e.getAttributeNames())
          .filter((a) => a.startsWith('data-sl')),
      }));
    const before = await snap();
    await p.waitForTimeout(2_000);
    expect(await snap()).toEqual(before);
    expect(before.sheets).toBe(0);
    expect(before.highlights).toBe(0);
    await p.close();
  });
});
