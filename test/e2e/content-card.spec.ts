// The card: keyboard use (Tab, Enter, Escape), hover, ARIA roles, and its two actions; plus live settings.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import {
  axNodes,
  badges,
  clickAx,
  findAx,
  openPage,
  patchSettings,
  readSettings,
  setUp,
} from './content-helpers.ts';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  ({ browser, server } = await setUp());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await openPage(browser, `${server.origin}/content-light.html`);
  await page.waitForTimeout(500);
  return { page, cdp: await browser.ctx.newCDPSession(page) };
}

const DIALOG = /^Restriction details for /;
const BADGE = /Press Enter for details/;

async function dialogText(cdp: CDPSession): Promise<string> {
  return (await axNodes(cdp)).map((n) => String(n.name?.value ?? '')).join('\n');
}

describe('keyboard', () => {
  test('Tab reaches a badge, Enter opens the card with focus inside, Escape closes and returns focus', async () => {
    const { page, cdp } = await open();
    const active = () =>
      page.evaluate(
        () => `${document.activeElement?.tagName}:${document.activeElement?.getAttribute('data-sl-text')}`,
      );
    let name = '';
    for (let i = 0; i < 12 && !name.startsWith('SL-BADGE'); i++) {
      await page.keyboard.press('Tab');
      name = await active();
    }
    expect(name).toMatch(/^SL-BADGE:\S/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await findAx(cdp, 'dialog', DIALOG)) !== undefined).toBe(true);
    expect(await active()).toBe('SL-CARD:null');
    const text = await dialogText(cdp);
    expect(text).toMatch(/Official source/);
    expect(text).toMatch(/In force/);
    expect(text).toMatch(/Not this company — mute here/);
    expect(text).toMatch(/Turn off on this site/);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await findAx(cdp, 'dialog', DIALOG)) === undefined).toBe(true);
    expect(await active()).toBe(name);
    expect(await page.$$('sl-card')).toHaveLength(0);
    await page.close();
  });

  test('hovering a badge previews the card; moving away closes it', async () => {
    const { page, cdp } = await open();
    const box = await page.locator('sl-badge').first().boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await expect.poll(async () => (await findAx(cdp, 'dialog', DIALOG)) !== undefined).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(async () => page.$$('sl-card').then((c) => c.length), { timeout: 5_000 }).toBe(0);
    await page.close();
  });
});

describe('actions', () => {
  test('"Not this company — mute here" mutes that entity on this site only, at once', async () => {
    const { page, cdp } = await open();
    const before = await badges(page);
    const target = before.find((b) => b.text === 'Hytera')!;
    expect(target).toBeDefined();
    await clickAx(page, cdp, 'button', /: Hytera.*Press Enter for details/);
    await expect.poll(async () => (await findAx(cdp, 'dialog', DIALOG)) !== undefined).toBe(true);
    await clickAx(page, cdp, 'button', /^Not this company/);
    await expect
      .poll(async () => (await badges(page)).filter((b) => b.entity === target.entity).length)
      .toBe(0);
    expect((await badges(page)).length).toBe(before.filter((b) => b.entity !== target.entity).length);
    const s = await readSettings(browser);
    expect(s.mutedEntities).toContainEqual({ entityId: target.entity, site: '127.0.0.1' });
    await patchSettings(browser, { mutedEntities: [] });
    await expect.poll(async () => (await badges(page)).length).toBe(before.length);
    await page.close();
  });

  test('"Turn off on this site" removes every badge, highlight and sheet; turning on restores them', async () => {
    const { page, cdp } = await open();
    const count = (await badges(page)).length;
    await clickAx(page, cdp, 'button', BADGE);
    await expect.poll(async () => (await findAx(cdp, 'dialog', DIALOG)) !== undefined).toBe(true);
    await clickAx(page, cdp, 'button', /^Turn off on this site/);
    const trace = () =>
      page.evaluate(() => ({
        hosts: document.querySelectorAll('sl-badge, sl-card, sl-banner').length,
        highlights: CSS.highlights.size,
        sheets: document.adoptedStyleSheets.length,
      }));
    await expect.poll(trace).toEqual({ hosts: 0, highlights: 0, sheets: 0 });
    expect((await readSettings(browser)).disabledSites).toContain('127.0.0.1');
    await patchSettings(browser, { disabledSites: [] });
    await expect.poll(async () => (await badges(page)).length, { timeout: 10_000 }).toBe(count);
    await page.close();
  });
});

describe('live settings', () => {
  test('a stricter confidence hides weaker names without a reload, and back', async () => {
    const { page } = await open();
    const all = await badges(page);
    expect(all.some((b) => b.confidence === 'likely')).toBe(true);
    await patchSettings(browser, { minConfidence: 'confirmed' });
    await expect.poll(async () => (await badges(page)).every((b) => b.confidence === 'confirmed')).toBe(true);
    await patchSettings(browser, { minConfidence: 'likely' });
    await expect.poll(async () => (await badges(page)).length).toBe(all.length);
    await page.close();
  });

  test('one badge per mention up to the per-entity limit, the rest highlight only', async () => {
    await patchSettings(browser, { badgesPerEntity: 1 });
    const page = await openPage(browser, `${server.origin}/content-basic.html`);
    await page.waitForTimeout(800);
    const hytera = (await badges(page)).filter((b) => b.text === 'Hytera');
    expect(hytera).toHaveLength(1);
    await patchSettings(browser, { badgesPerEntity: 3 });
    await expect
      .poll(async () => (await badges(page)).filter((b) => b.text === 'Hytera').length)
      .toBeGreaterThan(1);
    await page.close();
  });
});

describe('statuses a reader can act on', () => {
  test('TikTok’s card says its PAFACA listing was met by divestiture, with the one-line meaning first', async () => {
    const { page, cdp } = await open();
    await clickAx(page, cdp, 'button', /: TikTok.*Press Enter for details/);
    await expect.poll(async () => (await findAx(cdp, 'dialog', DIALOG)) !== undefined).toBe(true);
    const text = await dialogText(cdp);
    expect(text).toMatch(/Met by divestiture/);
    const meaning = text.indexOf('Lawful to offer in the US again');
    expect(meaning).toBeGreaterThan(-1);
    // The meaning comes before the legal detail of the same listing.
    expect(text.indexOf('Named by statute (apps operated by ByteDance')).toBeGreaterThan(meaning);
    await page.close();
  });
});
