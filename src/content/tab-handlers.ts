// The content side of TabProtocol: the popup asks the top frame for its hits, a rescan, or a focus on an entity.
import type { PageHits, TabProtocol } from '../shared/messages.ts';
import { browser } from '../shared/browser.ts';
import { createListener, type Handlers } from '../shared/messaging.ts';
import { pageCosts } from './costs.ts';
import type { Session } from './session.ts';

export interface TabState {
  hostname: string;
  session: () => Session | null;
  isActive: () => boolean;
}

function pageHits(t: TabState): PageHits {
  const s = t.session();
  const hits = s?.pageHits() ?? [];
  const cat = s?.catalog();
  const site = s?.siteEntity() ?? null;
  const ids = new Set(hits.map((h) => h.entityId));
  if (site) ids.add(site.id);
  const entities = cat ? [...ids].map((id) => cat.entities.get(id)).filter((e) => e !== undefined) : [];
  const listIds = new Set(entities.flatMap((e) => e.listings.map((l) => l.list)));
  const lists = cat ? [...listIds].map((id) => cat.lists.get(id)).filter((l) => l !== undefined) : [];
  return {
    url: location.href,
    title: document.title,
    hostname: t.hostname,
    isActive: t.isActive(),
    listVersion: s?.listVersion() ?? 0,
    hits,
    site: site ? { entityId: site.id } : null,
    entities,
    lists,
  };
}

const noBody = (): void => undefined;

function isFrame(target: string): boolean {
  if (window === window.top) return target === location.href;
  let id: string | undefined;
  try {
    id = window.frameElement?.id;
  } catch {
    id = undefined;
  }
  return target === id || (!id && target === location.href);
}

/**
 * Registers the TabProtocol handlers; they go away when `signal` aborts. A message to the tab is answered by the
 * top frame; one whose body names a `frame` only by the frame showing that URL or whose frame element has that id
 * (tools reading a frame's hits; the id serves frames written by script, whose URL is their parent's).
 */
export function registerTabHandlers(signal: AbortSignal, t: TabState, isTop: boolean): void {
  const handlers: Handlers<TabProtocol> = {
    'tab/hits': { from: ['ui'], validate: () => undefined, run: () => pageHits(t) },
    'tab/costs': { from: ['ui'], validate: noBody, run: () => pageCosts() },
    'tab/rescan': {
      from: ['ui'],
      validate: noBody,
      run: async () => {
        await t.session()?.rescanAll();
      },
    },
    'tab/focus': {
      from: ['ui'],
      validate: (body) => {
        const id = (body as { entityId?: unknown } | null)?.entityId;
        if (typeof id !== 'string' || id.length === 0 || id.length > 200)
          throw new Error('entityId must be a string');
        return { entityId: id };
      },
      run: ({ entityId }) => t.session()?.focus(entityId) ?? false,
    },
  };
  const inner = createListener<TabProtocol>(handlers);
  const listener = (message: unknown, sender: Parameters<typeof inner>[1]) => {
    const target = (message as { body?: { frame?: unknown } } | null)?.body?.frame;
    if (typeof target === 'string' ? !isFrame(target) : !isTop) return undefined;
    return inner(message, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
