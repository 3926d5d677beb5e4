// The tab the popup is about, and what its content script found there, kept current while the popup is open.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../../shared/browser.ts';
import { sendToTab } from '../../shared/messaging.ts';
import { STORAGE_KEYS } from '../../shared/storage-keys.ts';
import type { PageHits } from '../../shared/messages.ts';

export type PageState =
  | { kind: 'loading' }
  /** No content script answers: browser pages, the web store, a page still loading, or no tab. */
  | { kind: 'unavailable' }
  | { kind: 'ready'; tabId: number; page: PageHits };

/** How often an open, visible popup re-asks the tab (one cheap message; the page keeps its hits ready). */
const POLL_MS = 1500;
const WATCHED = new Set<string>([STORAGE_KEYS.listVersion.key, STORAGE_KEYS.settings.key]);

/**
 * The tab id: `?tab=<id>` when given (tests, the context-menu window), else the active tab of the current window.
 * tabs.query gives the id without the `tabs` permission.
 */
async function resolveTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Re-runs `load` on list or settings changes, and every POLL_MS while the popup is visible. */
function useLiveReload(load: () => Promise<void>) {
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => WATCHED.has(k))) void load();
    };
    const onVisibility = () => {
      clearInterval(timer);
      timer = undefined;
      if (document.visibilityState !== 'visible') return;
      void load();
      timer = setInterval(() => void load(), POLL_MS);
    };
    browser.storage.onChanged.addListener(onStorage);
    document.addEventListener('visibilitychange', onVisibility);
    if (document.visibilityState === 'visible') timer = setInterval(() => void load(), POLL_MS);
    return () => {
      clearInterval(timer);
      browser.storage.onChanged.removeListener(onStorage);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [load]);
}

/**
 * The popup lists and exports the hits shown under the user's settings; where they are drawn (rects that change
 * with every scroll) is left out, so an unchanged answer is recognised as unchanged.
 */
function shownOnly(page: PageHits): PageHits {
  const hits = page.hits.filter((h) => h.shown).map((h) => ({ ...h, nameRects: null, badgeRect: null }));
  return { ...page, hits };
}

/** Asks the tab's top frame for its hits; `focus` scrolls the page to an entity's first mention. */
export function usePageHits() {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  // The last answer as text: an unchanged answer keeps the same state object, so nothing re-renders or flickers.
  const last = useRef('');
  const load = useCallback(async () => {
    const tabId = await resolveTabId().catch(() => null);
    let next: PageState;
    try {
      next =
        tabId === null
          ? { kind: 'unavailable' }
          : { kind: 'ready', tabId, page: shownOnly(await sendToTab(tabId, 'tab/hits')) };
    } catch {
      next = { kind: 'unavailable' };
    }
    const text = JSON.stringify(next);
    if (text === last.current) return;
    last.current = text;
    setState(next);
  }, []);
  useEffect(() => void load(), [load]);
  useLiveReload(load);
  const focus = useCallback(
    async (entityId: string) => {
      if (state.kind !== 'ready') return false;
      return sendToTab(state.tabId, 'tab/focus', { entityId }).catch(() => false);
    },
    [state],
  );
  return { state, reload: load, focus };
}
