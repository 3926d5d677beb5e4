// Badges and the card: keyboard use (Tab from badge to badge, Enter, Escape, Tab out of a card), the hover tip,
// ARIA roles, and the card's two actions; plus live settings.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import {
  axNodes,
  badges,
  clickAx,
  findAx,
  focusedAx,
  hits,
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

/** Badge names in reading order, as a screen reader announces them (from the entity names in the page). */
const ORDER = [
  /: Hangzhou Hikvision/,
  /: Hytera/,
  /: Huawei/,
  /: ZTE/,
  /: WeChat|Tencent/,
  /: TikTok|ByteDance/,
];

describe('keyboard', () => {
  test('Tab reaches a badge, Enter opens the card with focus inside, Escape closes and returns focus', async () => {
    const { page, cdp } = await open();
    let name = '';
    for (let i = 0; i < 20 && !BADGE.test(name); i++) {
      await page.keyboard.press('Tab');
      name = await focusedAx(cdp);
    }
    expect(name).toMatch(/^button:.*Press Enter for details/);
    // The accessible name starts with the badge's visible text (its family label).
    expect(name).toMatch(
      /^button:(Sanctions|Export control|Procurement ban|Forced labour|App ban|Watchlist)/,
    );
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await findAx(cdp, 'dialog', DIALOG)) !== undefined).toBe(true);
    expect(await focusedAx(cdp)).toBe('button:Close');
    const text = await dialogText(cdp);
    expect(text).toMatch(/Official source/);
    expect(text).toMatch(/In force/);
    expect(text).toMatch(/Not this company — mute here/);
    expect(text).toMatch(/Turn off on this site/);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await findAx(cdp, 'dialog', DIALOG)) === undefined).toBe(true);
    expect(await focusedAx(cdp)).toBe(name);
    await page.close();
  });

  test('Tab moves badge to badge in reading order, and from an open card on to the next badge', async () => {
    const { page, cdp } = await open();
    const names: string[] = [];
    let name = '';
    for (let i = 0; i < 20 && !BADGE.test(name); i++) {
      await page.keyboard.press('Tab');
      name = await focusedAx(cdp);
    }
    names.push(name);
    for (let i = 1; i < 4; i++) {
      await page.keyboard.press('Tab');
      names.push(await focusedAx(cdp));
    }
    ORDER.slice(0, 4).forEach((re, i) => expect(names[i]).toMatch(re));
    await page.keyboard.press('Shift+Tab');
    expect(await focusedAx(cdp)).toBe(names[2]);
    // Open the card of the second badge by keyboard; Tab through it lands on the third badge, not the page top.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedAx(cdp)).toBe(names[1]);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await findAx(cdp, 'dialog', DIALOG)) !== undefined).toBe(true);
    let here = '';
    for (let i = 0; i < 30 && !BADGE.test(here); i++) {
      await page.keyboard.press('Tab');
      here = await focusedAx(cdp);
    }
    expect(here).toBe(names[2]);
    expect(await findAx(cdp, 'dialog', DIALOG)).toBeUndefined();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });

  test('hovering or focusing a badge shows a one-line tip (name, family, status); moving away hides it', async () => {
    const { page, cdp } = await open();
    const hik = (await hits(browser, page)).find((h) => h.text === 'Hikvision')!;
    const b = hik.badgeRect!;
    const tip = async () =>
      (await axNodes(cdp)).some((n) =>
        /Hikvision.* · .+ · (In force|no longer in force)$/.test(String(n.name?.value ?? '')),
      );
    await page.mouse.move((b.left + b.right) / 2, (b.top + b.bottom) / 2);
    await expect.poll(tip).toBe(true);
    // A tip, not the card: hovering opens nothing.
    expect(await findAx(cdp, 'dialog', DIALOG)).toBeUndefined();
    await page.mouse.move(5, 5);
    await expect.poll(tip).toBe(false);
    await page.close();
  });
});

describe('actions', () => {
  test('"Not this company — mute here" mutes that entity on this site only, at once', async () => {
    const { page, cdp } = await open();
    const before = await badges(browser, page);
    const target = before.find((b) => b.text === 'Hytera')!;
    expect(target).toBeDefined();
    await clickAx(page, cdp, 'button', /: Hytera.*Press Enter for details/);
    await expect.poll(async () => (await findAx(cdp, 'dialog', DIALOG)) !== undefined).toBe(true);
    await clickAx(page, cdp, 'button', /^Not this company/);
    await expect
      .poll(async () => (await badges(browser, page)).filter((b) => b.entity === target.entity).length)
      .toBe(0);
    expect((await badges(browser, page)).length).toBe(
      before.filter((b) => b.entity !== target.entity).length,
    );
    const s = await readSettings(browser);
    expect(s.mutedEntities).toContainEqual({ entityId: target.entity, site: '127.0.0.1' });
    await patchSettings(browser, { mutedEntities: [] });
    await expect.poll(async () => (await badges(browser, page)).length).toBe(before.length);
    await page.close();
  });

  test('"Turn off on this site" removes the overlay host; turning on restores the badges', async () => {
    const { page, cdp } = await open();
    const count = (await badges(browser, page)).length;
    await clickAx(page, cdp, 'button', BADGE);
    await expect.poll(async () => (await findAx(cdp, 'dialog', DIALOG)) !== undefined).toBe(true);
    await clickAx(page, cdp, 'button', /^Turn off on this site/);
    const trace = () =>
      page.evaluate(() => ({
        elements: document.documentElement.children.length,
        highlights: CSS.highlights.size,
        sheets: document.adoptedStyleSheets.length,
      }));
    await expect.poll(trace).toEqual({ elements: 2, highlights: 0, sheets: 0 });
    expect((await readSettings(browser)).disabledSites).toContain('127.0.0.1');
    await patchSettings(browser, { disabledSites: [] });
    await expect.poll(async () => (await badges(browser, page)).length, { timeout: 10_000 }).toBe(count);
    await page.close();
  });
});

describe('live settings', () => {
  test('a stricter confidence hides weaker names without a reload, and back', async () => {
    const { page } = await open();
    const all = await badges(browser, page);
    expect(all.some((b) => b.confidence === 'likely')).toBe(true);
    await patchSettings(browser, { minConfidence: 'confirmed' });
    await expect
      .poll(async () => (await badges(browser, page)).every((b) => b.confidence === 'confirmed'))
      .toBe(true);
    await patchSettings(browser, { minConfidence: 'likely' });
    await expect.poll(async () => (await badges(browser, page)).length).toBe(all.length);
    await page.close();
  });

  test('one badge per mention up to the per-entity limit, the rest highlight only', async () => {
    await patchSettings(browser, { badgesPerEntity: 1 });
    const page = await openPage(browser, `${server.origin}/content-basic.html`);
    await page.waitForTimeout(800);
    const hytera = (await badges(browser, page)).filter((b) => b.text === 'Hytera');
    expect(hytera).toHaveLength(1);
    await patchSettings(browser, { badgesPerEntity: 3 });
    await expect
      .poll(async () => (await badges(browser, page)).filter((b) => b.text === 'Hytera').length)
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
