// Sends protocol messages the way the extension's own contexts do: from an extension page (caller 'ui') or from the
// content script's isolated world in a tab (caller 'content'), reached through the DevTools protocol.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { PageCosts, Protocol } from '../../src/shared/messages.ts';

export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** A message name of the protocol: a renamed message no longer compiles in the specs. */
export type Message = keyof Protocol;
/** A message's request body (optional when it has none). */
type Body<K extends Message> = Protocol[K]['req'] extends void
  ? [body?: undefined]
  : [body: Protocol[K]['req']];

let uiPage: Page | null = null;

/** Sends a protocol message from an extension page (the options page), as the popup or options UI would. */
export function sendFromUi<K extends Message>(
  ext: ExtensionBrowser,
  type: K,
  ...[body]: Body<K>
): Promise<Reply<Protocol[K]['res']>> {
  return sendRawFromUi(ext, type, body);
}

/** Sends any `{ type, body }` from an extension page: for malformed or unknown messages only. */
export async function sendRawFromUi<T = unknown>(
  ext: ExtensionBrowser,
  type: string,
  body?: unknown,
): Promise<Reply<T>> {
  if (!uiPage || uiPage.isClosed()) {
    uiPage = await ext.ctx.newPage();
    await uiPage.goto(ext.extensionUrl('src/ui/options/index.html'));
  }
  return uiPage.evaluate(
    ([t, b]) => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => unknown } } })
        .chrome.runtime;
      return rt.sendMessage({ type: t, body: b }) as Promise<Reply<T>>;
    },
    [type, body] as const,
  );
}

export function forgetUiPage(): void {
  uiPage = null;
}

/** Sends a protocol message from the content script's world in `page`'s top frame, as the content script would. */
export function sendFromContent<K extends Message>(
  page: Page,
  type: K,
  ...[body]: Body<K>
): Promise<Reply<Protocol[K]['res']>> {
  return sendRawFromContent(page, type, body);
}

/** Sends any `{ type, body }` from the content script's world: for malformed or unknown messages only. */
export async function sendRawFromContent<T = unknown>(
  page: Page,
  type: string,
  body?: unknown,
): Promise<Reply<T>> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 30_000;
  let ctx = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'),
  );
  while (!ctx && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  }
  if (!ctx) throw new Error('no content script world in this page');
  const expression = `chrome.runtime.sendMessage(${JSON.stringify({ type, body })})`;
  const out = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: ctx.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (out.exceptionDetails) throw new Error(out.exceptionDetails.text);
  return out.result.value as Reply<T>;
}

/** Stops every service worker (as the browser does after 30 s idle) through the DevTools protocol. */
export async function stopAllWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** A hit as `tab/hits` reports it (docs/ui-controls.md). */
export interface TabHit {
  entityId: string;
  text: string;
  confidence: string;
  context: string;
  shown: boolean;
  nameRects: Box[] | null;
  badgeRect: Box | null;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Sends `type` (a TabProtocol message) to the tab showing `page`, from the extension's service worker (as the popup
 * does from its own page). The tab is found by its URL; where the extension has no host permission for the page
 * (vendor domains mapped to 127.0.0.1) the URL is hidden from it, and the page is brought to the front and asked as
 * the active tab.
 */
async function askTab<T>(ext: ExtensionBrowser, page: Page, type: string, body?: object): Promise<T> {
  const ask = async (byUrl: boolean) =>
    (await ext.worker()).evaluate(
      async ({ url, type, body, byUrl }) => {
        const api = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
        const tab = byUrl
          ? (await api.tabs.query({})).find((t) => t.url === url)
          : (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0];
        if (tab?.id === undefined) return { ok: false as const, error: `no tab for ${url}` };
        return (await api.tabs.sendMessage(tab.id, { type, body })) as Reply<unknown>;
      },
      { url: page.url(), type, body, byUrl },
    );
  let reply = await ask(true);
  if (!reply?.ok && reply?.error.startsWith('no tab for')) {
    await page.bringToFront();
    reply = await ask(false);
  }
  if (!reply?.ok) throw new Error(`${type} failed: ${reply ? reply.error : 'no answer'}`);
  return reply.value as T;
}

/** The tab's hits through `tab/hits`; with `frame`, the frame of the tab showing that URL answers instead. */
export async function tabHits(ext: ExtensionBrowser, page: Page, frame?: string): Promise<TabHit[]> {
  return (await askTab<{ hits: TabHit[] }>(ext, page, 'tab/hits', frame ? { frame } : undefined)).hits;
}

/** What the content script of the tab's top frame has spent, by phase (`tab/costs`). */
export async function tabCosts(ext: ExtensionBrowser, page: Page): Promise<PageCosts> {
  return askTab<PageCosts>(ext, page, 'tab/costs');
}

type ChromeTabs = {
  tabs: {
    query: (q: object) => Promise<{ id?: number; url?: string }[]>;
    sendMessage: (id: number, m: unknown) => Promise<unknown>;
  };
};
