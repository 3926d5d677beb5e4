// The popup as journalists and buyers use it: this page's hits, the site switch (keyboard only), pause, list status
// with "Update now", lookup (typed and from the context menu's ?q=), and the screenshot artifact.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { startServer, type TestServer } from './static-server.ts';
import { sendFromUi } from './extension-calls.ts';
import { WARN_AFTER_FAILURES } from '../../src/core/update/freshness.ts';
import { openPopup, screenshot, seedSettings, storedSettings, tabIdFor, tabTo, until } from './ui-helpers.ts';

let ext: ExtensionBrowser;
let server: TestServer;
let page: Page;
let tabId: number;
const PAGE = 'ui-evidence.html';

beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, 'pages'));
  // Updates go to the local server only (404): no test touches the network.
  server.routes.set('/feed.json', (_req, res) => void res.writeHead(404).end('no feed here'));
  ext = await launchWithExtension();
  await seedSettings(ext, { feedUrl: `${server.origin}/feed.json` });
  page = await ext.ctx.newPage();
  await page.goto(`${server.origin}/${PAGE}`);
  await page.waitForSelector('[data-sl-entity]', { timeout: 20_000 });
  tabId = await tabIdFor(ext, page.url());
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const badgeEntities = async () =>
  new Set(
    await page.$$eval('[data-sl-entity]', (els) => els.map((e) => e.getAttribute('data-sl-entity') ?? '')),
  );

describe('this page', () => {
  test('lists the page hits grouped by entity, with mentions, confidence and list labels', async () => {
    const popup = await openPopup(ext, { tabId });
    const hits = popup.getByTestId('hit-list');
    await hits.waitFor();
    const ids = await hits
      .locator('button.hit')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-entity')));
    expect(new Set(ids)).toEqual(await badgeEntities());
    const hik = hits.locator('li', { has: popup.getByRole('button', { name: /Hikvision/ }) });
    await expect.poll(() => hik.getByText(/Mentioned 2×/).count()).toBe(1);
    await expect.poll(() => hik.locator('.confidence').innerText()).toMatch(/Confirmed|Likely|Possible/);
    expect(await hik.locator('.chip').count()).toBeGreaterThan(0);
    expect(await hits.getByText(/Axis|Bosch/).count()).toBe(0);
    await expect.poll(() => popup.getByTestId('hostname').innerText()).toBe('127.0.0.1');
    await popup.close();
  });

  test('clicking an entity scrolls the page to its first mention', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(ext, { tabId });
    await popup.getByRole('button', { name: /Hytera/ }).click();
    await until(
      async () => (await page.evaluate(() => window.scrollY)) > 1000,
      'the page to scroll to Hytera',
    );
    await popup.close();
  });
});

describe('switches', () => {
  test('"Alerts on this site" by keyboard: badges leave and come back without reload', async () => {
    const popup = await openPopup(ext, { tabId });
    const sw = popup.getByRole('switch', { name: 'Alerts on this site', exact: true });
    await until(() => sw.isEnabled(), 'the switch to know the page and settings');
    await expect.poll(() => sw.isChecked()).toBe(true);
    await tabTo(popup, sw);
    await popup.keyboard.press('Space');
    await until(
      async () => (await storedSettings(ext)).disabledSites.includes('127.0.0.1'),
      'site off in settings',
    );
    await until(async () => (await badgeEntities()).size === 0, 'badges to leave the page');
    await expect.poll(() => sw.isChecked()).toBe(false);
    await popup.getByTestId('alerts-off').waitFor();
    await popup.keyboard.press('Space');
    await until(async () => (await badgeEntities()).size > 0, 'badges to come back');
    expect((await storedSettings(ext)).disabledSites).toEqual([]);
    await popup.close();
  });

  test('pause for an hour, until tomorrow, until resumed; resume', async () => {
    const popup = await openPopup(ext, { tabId });
    const before = Date.now();
    await popup.getByRole('button', { name: '1 hour' }).click();
    await popup.getByTestId('pause-state').waitFor();
    const hour = (await storedSettings(ext)).pausedUntil;
    expect(hour).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(hour).toBeLessThan(Date.now() + 3_600_000 + 1000);
    await until(async () => (await badgeEntities()).size === 0, 'badges to leave while paused');
    await expect.poll(() => popup.getByTestId('pause-state').innerText()).toMatch(/Alerts paused until/);
    await popup.getByRole('button', { name: 'Resume alerts' }).click();
    await until(async () => (await storedSettings(ext)).pausedUntil === 0, 'pause cleared');
    await until(async () => (await badgeEntities()).size > 0, 'badges back after resume');

    await popup.getByRole('button', { name: 'Until tomorrow' }).click();
    await until(async () => (await storedSettings(ext)).pausedUntil > 0, 'paused until tomorrow');
    const tomorrow = new Date((await storedSettings(ext)).pausedUntil);
    expect(tomorrow.getHours() + tomorrow.getMinutes()).toBe(0);
    expect(tomorrow.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    await popup.getByRole('button', { name: 'Resume alerts' }).click();

    // Keyboard only: Tab to "Until resumed", Enter.
    const forever = popup.getByRole('button', { name: 'Until resumed' });
    await forever.waitFor();
    await tabTo(popup, forever);
    await popup.keyboard.press('Enter');
    await until(
      async () => (await storedSettings(ext)).pausedUntil === Number.MAX_SAFE_INTEGER,
      'paused forever',
    );
    await expect.poll(() => popup.getByTestId('pause-state').innerText()).toMatch(/until you resume/);
    await popup.getByRole('button', { name: 'Resume alerts' }).click();
    await until(async () => (await storedSettings(ext)).pausedUntil === 0, 'resumed');
    await popup.close();
  });
});

describe('lists and lookup', () => {
  test('list status shows the worker version; "Update now" reports the outcome', async () => {
    const popup = await openPopup(ext, { tabId });
    const version = popup.getByTestId('list-version');
    await version.waitFor();
    expect(Number(await version.innerText())).toBeGreaterThan(0);
    const update = popup.getByRole('button', { name: 'Update now' });
    await tabTo(popup, update);
    await popup.keyboard.press('Enter');
    const status = popup.locator('.list-status [role="status"]');
    await until(
      async () => /Update failed|up to date|Updated to/.test(await status.innerText()),
      'an outcome',
    );
    await until(async () => update.isEnabled(), 'the button to come back');
    await popup.close();
  });

  test('"Search the lists" by keyboard: a misspelt name finds the listed company with score and listings', async () => {
    const popup = await openPopup(ext, { tabId });
    const box = popup.getByRole('searchbox', { name: 'Search the lists' });
    await tabTo(popup, box);
    await popup.keyboard.type('Hikvison');
    await popup.keyboard.press('Enter');
    const first = popup.getByTestId('lookup-results').locator('li').first();
    await first.waitFor();
    await expect.poll(() => first.innerText()).toMatch(/Hikvision/i);
    await expect.poll(() => first.locator('.score').innerText()).toMatch(/\d+%/);
    expect(await first.locator('.chip').count()).toBeGreaterThan(0);
    await screenshot(popup, 'ui-popup-lookup');
    await popup.close();
  });

  test('the context-menu page (?q=) shows the lookup result at once', async () => {
    const popup = await openPopup(ext, { tabId, q: 'Huawei Technologies' });
    await expect
      .poll(() => popup.getByRole('searchbox', { name: 'Search the lists' }).inputValue())
      .toBe('Huawei Technologies');
    const first = popup.getByTestId('lookup-results').locator('li').first();
    await first.waitFor();
    await expect.poll(() => first.innerText()).toMatch(/Huawei/i);
    await popup.close();
  });

  test('the Settings button opens the options page', async () => {
    const popup = await openPopup(ext, { tabId });
    const opened = ext.ctx.waitForEvent('page');
    await popup.getByRole('button', { name: 'Settings' }).click();
    const options = await opened;
    await options.waitForURL(/options\/index\.html/);
    await options.close();
    await popup.close();
  });
});

describe('while the popup stays open', () => {
  test('mentions added to the page later appear without reopening; typing focus is kept', async () => {
    const popup = await openPopup(ext, { tabId });
    const hits = popup.getByTestId('hit-list');
    await hits.waitFor();
    expect(await hits.getByText(/Dahua/).count()).toBe(0);
    const box = popup.getByRole('searchbox', { name: 'Search the lists' });
    await box.focus();
    await popup.keyboard.type('Hik');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late-offer';
      p.textContent = 'Offer D, received after the deadline, proposes Dahua cameras.';
      document.body.append(p);
    });
    await until(async () => (await hits.getByText(/Dahua/).count()) === 1, 'Dahua in the open popup');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.inputValue()).toBe('Hik');
    await page.evaluate(() => document.getElementById('late-offer')?.remove());
    await until(async () => (await hits.getByText(/Dahua/).count()) === 0, 'Dahua gone with its mention');
    await popup.close();
  });

  test('a lookup sent while the worker cannot answer yet is retried, with "Loading the list…" meanwhile', async () => {
    // The first two lookups get no answer, as when the worker is still starting and loading its list.
    const popup = await openPopup(ext, {
      tabId,
      init: () => {
        // Both namespaces: Chromium may expose `browser` itself, and the polyfill then uses it as is.
        const g = globalThis as unknown as Record<string, { runtime?: Record<string, unknown> } | undefined>;
        let unanswered = 2;
        for (const rt of new Set([g.chrome?.runtime, g.browser?.runtime])) {
          if (!rt) continue;
          const real = rt.sendMessage as (...a: unknown[]) => unknown;
          rt.sendMessage = (...args: unknown[]) => {
            if ((args[0] as { type?: string } | null)?.type !== 'lookup/search' || unanswered <= 0)
              return real.apply(rt, args);
            unanswered -= 1;
            const last = args[args.length - 1];
            const late = new Promise((r) => setTimeout(() => r(undefined), 400));
            if (typeof last === 'function') void late.then(() => (last as (r?: unknown) => void)(undefined));
            return typeof last === 'function' ? undefined : late;
          };
        }
      },
    });
    await popup.getByRole('searchbox', { name: 'Search the lists' }).fill('Hikvision');
    await popup.getByRole('button', { name: 'Search', exact: true }).click();
    const results = popup.getByTestId('lookup-results');
    await expect.poll(() => results.innerText()).toMatch(/Loading the list…/);
    const first = results.locator('li').first();
    await first.waitFor();
    await expect.poll(() => first.innerText()).toMatch(/Hikvision/i);
    expect(await results.innerText()).not.toMatch(/Loading the list|failed/i);
    await popup.close();
  });
});

describe("fits Chrome's 600 px popup", () => {
  test("with this page's hits nothing runs past 600 px; every control is in view and reachable by keyboard", async () => {
    const popup = await openPopup(ext, { tabId, height: 600 });
    await popup.getByTestId('hit-list').waitFor();
    await popup.getByTestId('list-version').waitFor();
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    const controls = [
      popup.getByRole('button', { name: 'Settings' }),
      popup.getByRole('switch', { name: 'Alerts on this site', exact: true }),
      popup.getByRole('button', { name: 'Until resumed' }),
      popup.getByRole('button', { name: /Hytera/ }),
      popup.getByRole('button', { name: 'Export JSON' }),
      popup.getByRole('searchbox', { name: 'Search the lists' }),
      popup.getByRole('button', { name: 'List details' }),
      popup.getByRole('button', { name: 'Update now' }),
    ];
    for (const c of controls) {
      const box = await c.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 600, String(c)).toBe(true);
    }
    expect(await popup.getByText('Search the lists', { exact: true }).isVisible()).toBe(true);
    expect(await popup.getByText('Export evidence', { exact: true }).isVisible()).toBe(true);
    await screenshot(popup, 'ui-popup');
    // The list status is one line; its details open by keyboard.
    const details = popup.getByRole('button', { name: 'List details' });
    expect(await details.getAttribute('aria-expanded')).toBe('false');
    await tabTo(popup, details);
    await popup.keyboard.press('Enter');
    await expect.poll(() => details.getAttribute('aria-expanded')).toBe('true');
    await popup.getByText('Last update', { exact: true }).waitFor();
    await popup.close();
  });
});

// Runs last: the failed checks it adds would bring the repeated-failure warning into the 600 px layout above.
describe('update failures', () => {
  test('a failed update is said once: the outcome line, not again as the stored last error', async () => {
    const popup = await openPopup(ext, { tabId });
    await popup.getByTestId('list-version').waitFor();
    await popup.getByRole('button', { name: 'Update now' }).click();
    const status = popup.locator('.list-status [role="status"]');
    await until(async () => /^Update failed: ./.test(await status.innerText()), 'the failure');
    const reason = (await status.innerText()).replace(/^Update failed: /, '');
    // The outcome shows once the status (with the worker's stored error) has been read again.
    expect((await popup.locator('.list-status').innerText()).split(reason).length - 1).toBe(1);
    // Reopened after repeated failed checks, the popup says it once, inside the repeated-failure warning.
    for (let i = 0; i < 3; i += 1) {
      const st = await sendFromUi(ext, 'list/status');
      if (st.ok && (st.value.failures ?? 0) >= WARN_AFTER_FAILURES) break;
      await sendFromUi(ext, 'list/refresh');
    }
    await popup.reload();
    const warning = popup.getByTestId('freshness-warning');
    await until(async () => (await warning.innerText()).includes(reason), 'the warning with the reason');
    expect((await popup.locator('.list-status').innerText()).split(reason).length - 1).toBe(1);
    await popup.close();
  });
});
