// Typed send / serve over runtime messaging. Nothing else calls runtime.sendMessage or tabs.sendMessage.
import { browser, type Runtime } from './browser.ts';
import type { Caller, Protocol, TabProtocol } from './messages.ts';

type Shape = { req: unknown; res: unknown };
type AnyProtocol<P> = { [K in keyof P]: Shape };
type Args<P extends AnyProtocol<P>, K extends keyof P> = P[K]['req'] extends void ? [] : [P[K]['req']];

interface Envelope {
  type: string;
  body?: unknown;
}
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** Where a message came from, as established by the browser (not by the message). */
export interface SenderInfo {
  caller: Caller;
  tabId?: number;
  frameId?: number;
  url?: string;
}

export interface HandlerSpec<P extends AnyProtocol<P>, K extends keyof P> {
  from: readonly Caller[];
  /** Re-validates the untrusted body; throws a plain-words Error when it is not acceptable. */
  validate: (body: unknown) => P[K]['req'];
  run: (body: P[K]['req'], sender: SenderInfo) => Promise<P[K]['res']> | P[K]['res'];
}

export type Handlers<P extends AnyProtocol<P>> = { [K in keyof P]: HandlerSpec<P, K> };

function unwrap(reply: unknown, name: string): unknown {
  const r = reply as Reply | undefined;
  if (!r || typeof r !== 'object') throw new Error(`No answer to ${name}`);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Sends a message to the background and returns its typed answer; rejects with the handler's error. */
export async function send<K extends keyof Protocol>(
  name: K,
  ...args: Args<Protocol, K>
): Promise<Protocol[K]['res']> {
  const reply = await browser.runtime.sendMessage({ type: name, body: args[0] } satisfies Envelope);
  return unwrap(reply, name) as Protocol[K]['res'];
}

/** Sends a message to the content script in a tab's top frame. */
export async function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  name: K,
  ...args: Args<TabProtocol, K>
): Promise<TabProtocol[K]['res']> {
  const reply = await browser.tabs.sendMessage(tabId, { type: name, body: args[0] } satisfies Envelope, {
    frameId: 0,
  });
  return unwrap(reply, name) as TabProtocol[K]['res'];
}

function describeSender(sender: Runtime.MessageSender): SenderInfo | null {
  if (sender.id !== browser.runtime.id) return null;
  // Extension pages first: the popup or options page opened in a tab (context-menu window, tests) also carries
  // `sender.tab`, but its URL is the extension's own; a content script's URL is always the web page's.
  const origin = browser.runtime.getURL('');
  if (sender.url?.startsWith(origin)) return { caller: 'ui', url: sender.url };
  if (sender.tab)
    return { caller: 'content', tabId: sender.tab.id, frameId: sender.frameId, url: sender.url };
  return null;
}

/**
 * Answers messages of protocol P with the given handlers. Rejects unknown names, callers not in `from`, and bodies
 * that fail validation. Returns the listener so that it can be registered synchronously at top level.
 */
export function createListener<P extends AnyProtocol<P>>(
  handlers: Handlers<P>,
  identify: (sender: Runtime.MessageSender) => SenderInfo | null = describeSender,
) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<Reply> | undefined => {
    const env = message as Envelope | null;
    if (!env || typeof env !== 'object' || typeof env.type !== 'string') return undefined;
    if (!Object.prototype.hasOwnProperty.call(handlers, env.type)) return undefined;
    const spec = handlers[env.type as keyof P];
    const who = identify(sender);
    if (!who || !spec.from.includes(who.caller)) {
      return Promise.resolve({ ok: false, error: `${env.type} is not allowed from this sender` });
    }
    return (async (): Promise<Reply> => {
      try {
        const body = spec.validate(env.body);
        return { ok: true, value: await spec.run(body, who) };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    })();
  };
}
