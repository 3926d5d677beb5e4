// Shared set-up for the content-script specs: local pages, the extension, settings writes, hits read through the
// `tab/hits` contract, and a CDP view of the accessibility tree (badges and cards live in a closed shadow root that
// page scripts, and selectors, cannot reach).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { STORAGE_KEYS } from '../../src/shared/storage-keys.ts';
import { tabHits, type Box, type TabHit } from './extension-calls.ts';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { startServer, type TestServer } from './static-server.ts';

export const PAGES = resolve(import.meta.dirname, 'pages');

export interface Badge {
  entity: string;
  text: string;
  confidence: string;
}

/** Starts the page server (with Preact's ESM build served for the re-rendering page) and the browser. */
export async function setUp(args: string[] = []): Promise<{ browser: ExtensionBrowser; server: TestServer }> {
  const server = await startServer(PAGES);
  // Preact's own ESM build, found through its package exports.
  const preact = createRequire(import.meta.url).resolve('preact');
  server.routes.set('/preact.module.js', async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(preact));
  });
  const browser = await launchWithExtension({ args });
  return { browser, server };
}

/** Hits of the page (or of its frame showing `frame`); none while the content script is not there yet. */
export async function hits(browser: ExtensionBrowser, page: Page, frame?: string): Promise<TabHit[]> {
  return tabHits(browser, page, frame).catch(() => []);
}

/** Shown hits with a badge drawn in the page. */
export async function badges(browser: ExtensionBrowser, page: Page, frame?: string): Promise<Badge[]> {
  return (await hits(browser, page, frame))
    .filter((h) => h.shown && h.badgeRect)
    .map((h) => ({ entity: h.entityId, text: h.text, confidence: h.confidence }));
}

/** Texts of drawn badges whose name lies inside the element matching `selector`. */
export async function badgesIn(browser: ExtensionBrowser, page: Page, selector: string): Promise<string[]> {
  const box = await page.$eval(selector, (e) => e.getBoundingClientRect().toJSON() as Box).catch(() => null);
  if (!box) return [];
  return (await hits(browser, page))
    .filter((h) => h.shown && h.badgeRect && h.nameRects?.some((r) => isInside(r, box)))
    .map((h) => h.text);
}

function isInside(r: Box, box: Box): boolean {
  const x = (r.left + r.right) / 2;
  const y = (r.top + r.bottom) / 2;
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/** Polls `check` until it holds (a condition, not a fixed wait); throws after `ms`. */
export async function waitFor(check: () => Promise<boolean>, ms = 20_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function openPage(browser: ExtensionBrowser, url: string, waitForBadge = true): Promise<Page> {
  const page = await browser.ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(url);
  if (waitForBadge)
    await waitFor(async () => (await badges(browser, page)).length > 0, 20_000, `a badge on ${url}`);
  return page;
}

/** Merges `patch` into the stored settings from the extension's worker (as the options page would). */
export async function patchSettings(
  browser: ExtensionBrowser,
  patch: Record<string, unknown>,
): Promise<void> {
  const sw = await browser.worker();
  await sw.evaluate(
    async ({ key, patch }) => {
      const api = (globalThis as unknown as StorageApi).chrome;
      const cur = ((await api.storage.local.get(key))[key] ?? {}) as Record<string, unknown>;
      await api.storage.local.set({ [key]: { ...cur, ...patch } });
    },
    { key: STORAGE_KEYS.settings.key, patch },
  );
}

export async function readSettings(browser: ExtensionBrowser): Promise<Record<string, unknown>> {
  const sw = await browser.worker();
  return sw.evaluate(async (key) => {
    const api = (globalThis as unknown as StorageApi).chrome;
    return ((await api.storage.local.get(key))[key] ?? {}) as Record<string, unknown>;
  }, STORAGE_KEYS.settings.key);
}

type StorageApi = {
  chrome: {
    storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  };
};

interface AxNode {
  nodeId: string;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value?: unknown } }[];
}

/** The full accessibility tree, closed shadow roots included. */
export async function axNodes(cdp: CDPSession): Promise<AxNode[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return nodes;
}

export async function findAx(cdp: CDPSession, role: string, name: RegExp): Promise<AxNode | undefined> {
  return (await axNodes(cdp)).find((n) => n.role?.value === role && name.test(String(n.name?.value ?? '')));
}

/** Clicks the centre of an accessibility node with a real (trusted) mouse click. */
export async function clickAx(page: Page, cdp: CDPSession, role: string, name: RegExp): Promise<void> {
  const node = await findAx(cdp, role, name);
  if (!node?.backendDOMNodeId) throw new Error(`no ${role} named ${name}`);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Role and name of the node with keyboard focus (closed shadow roots included). */
export async function focusedAx(cdp: CDPSession): Promise<string> {
  // The document is focused too: the deepest focused node (last in tree order) is the one with focus.
  const focused = (await axNodes(cdp)).filter((x) =>
    x.properties?.some((p) => p.name === 'focused' && p.value.value === true),
  );
  const n = focused[focused.length - 1];
  return n ? `${n.role?.value}:${String(n.name?.value ?? '')}` : '';
}

/** Shown hits of the page (listed in the popup; drawn or not), waiting up to `ms` for at least `min` of them. */
export async function shownHits(
  browser: ExtensionBrowser,
  page: Page,
  min = 0,
  ms = 20_000,
): Promise<TabHit[]> {
  let out: TabHit[] = [];
  await waitFor(
    async () => (out = (await hits(browser, page)).filter((h) => h.shown)).length >= min,
    ms,
    `${min} hits on ${page.url()}`,
  );
  return out;
}

/** Waits until the page answers `tab/hits` with at least one shown hit (the overlay has something to draw). */
export async function waitForShownHit(
  browser: ExtensionBrowser,
  page: Page,
  timeout = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await hits(browser, page)).some((h) => h.shown)) {
    if (Date.now() > deadline) throw new Error(`no shown hit on ${page.url()} within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

/** Waits until the site banner (a region in the overlay's closed shadow root) is in the accessibility tree. */
export async function waitForBanner(cdp: CDPSession, page: Page, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await axNodes(cdp)).some((n) => n.role?.value === 'region')) {
    if (Date.now() > deadline) throw new Error(`no site banner on ${page.url()} within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}
