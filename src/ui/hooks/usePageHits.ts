// The tab the popup is about, and what its content script found there.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../../shared/browser.ts';
import { sendToTab } from '../../shared/messaging.ts';
import type { PageHits } from '../../shared/messages.ts';

export type PageState =
  | { kind: 'loading' }
  /** No content script answers: browser pages, the web store, a page still loading, or no tab. */
  | { kind: 'unavailable' }
  | { kind: 'ready'; tabId: number; page: PageHits };

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

/** Asks the tab's top frame for its hits; `focus` scrolls the page to an entity's first mention. */
export function usePageHits() {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const load = useCallback(async () => {
    const tabId = await resolveTabId().catch(() => null);
    if (tabId === null) return setState({ kind: 'unavailable' });
    try {
      setState({ kind: 'ready', tabId, page: await sendToTab(tabId, 'tab/hits') });
    } catch {
      setState({ kind: 'unavailable' });
    }
  }, []);
  useEffect(() => void load(), [load]);
  const focus = useCallback(
    async (entityId: string) => {
      if (state.kind !== 'ready') return false;
      return sendToTab(state.tabId, 'tab/focus', { entityId }).catch(() => false);
    },
    [state],
  );
  return { state, reload: load, focus };
}
