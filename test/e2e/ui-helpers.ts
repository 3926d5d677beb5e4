// Helpers for the popup and options e2e specs: open them as tabs, read and seed settings, keyboard paths, screenshots.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { Settings } from '../../src/core/settings/schema.ts';
import { migrateSettings } from '../../src/core/settings/migrate.ts';

// The parts of the chrome API used inside evaluate() callbacks (they run in the browser, not in Node).
declare const chrome: {
  tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> };
  storage: {
    local: {
      get: (k: string) => Promise<Record<string, unknown>>;
      set: (v: object) => Promise<void>;
    };
  };
};

export const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');

/** Id of the tab showing `url`, asked from the service worker (host permission covers 127.0.0.1). */
export async function tabIdFor(ext: ExtensionBrowser, url: string): Promise<number> {
  const worker = await ext.worker();
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/**
 * Opens the popup page in a 380 px wide tab, about tab `tabId` (`?tab=`), optionally with a lookup (`?q=`), a
 * viewport height (Chrome's popup stops at 600) and a script run before the page's own.
 */
export async function openPopup(
  ext: ExtensionBrowser,
  opts: { tabId?: number; q?: string; height?: number; init?: () => void } = {},
): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.setViewportSize({ width: 380, height: opts.height ?? 900 });
  if (opts.init) await page.addInitScript(opts.init);
  const params = new URLSearchParams();
  if (opts.tabId !== undefined) params.set('tab', String(opts.tabId));
  if (opts.q) params.set('q', opts.q);
  await page.goto(ext.extensionUrl(`src/ui/popup/index.html?${params}`));
  await page.waitForSelector('main.popup');
  return page;
}

/** Opens the options page in a tab. */
export async function openOptions(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(ext.extensionUrl('src/ui/options/index.html'));
  await page.waitForSelector('main.options section#display');
  return page;
}

/** The stored settings, read the way every context reads them (through migrateSettings). */
export async function storedSettings(ext: ExtensionBrowser): Promise<Settings> {
  const worker = await ext.worker();
  return migrateSettings(
    await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings),
  );
}

/** Writes a settings patch straight into storage (test set-up only). */
export async function seedSettings(ext: ExtensionBrowser, patch: Partial<Settings>): Promise<void> {
  const worker = await ext.worker();
  await worker.evaluate(async (p) => {
    const cur = ((await chrome.storage.local.get('settings')).settings ?? { version: 2 }) as object;
    await chrome.storage.local.set({ settings: { ...cur, ...p } });
  }, patch);
}

/** Presses Tab until `target` has focus (keyboard-only path); fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Saves a full-page screenshot under artifacts/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Waits until `check` returns true (polling), for storage and page effects that land asynchronously. */
export async function until(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
