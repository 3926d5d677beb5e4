// Sends protocol messages the way the extension's own contexts do: from an extension page (caller 'ui') or from the
// content script's isolated world in a tab (caller 'content'), reached through the DevTools protocol.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { Protocol } from '../../src/shared/messages.ts';

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
