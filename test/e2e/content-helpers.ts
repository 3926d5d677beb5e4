// Shared set-up for the content-script specs: local pages, the extension, settings writes, and a CDP view of the
// accessibility tree (badges and cards live in closed shadow roots that page scripts, and selectors, cannot reach).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { STORAGE_KEYS } from '../../src/shared/storage-keys.ts';
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

export async function badges(page: Page, frame: Page | null = null): Promise<Badge[]> {
  return (frame ?? page).$$eval('[data-sl-entity]', (els) =>
    els
      .filter((e) => e.tagName === 'SL-BADGE')
      .map((e) => ({
        entity: e.getAttribute('data-sl-entity') ?? '',
        text: e.getAttribute('data-sl-text') ?? '',
        confidence: e.getAttribute('data-sl-confidence') ?? '',
      })),
  );
}

export async function openPage(browser: ExtensionBrowser, url: string, waitForBadge = true): Promise<Page> {
  const page = await browser.ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(url);
  if (waitForBadge) await page.waitForSelector('sl-badge', { timeout: 20_000, state: 'attached' });
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
