// Context menu "Check “%s” against restriction lists" on selected text: opens the popup page in a small window with
// the lookup already run (?q=) and the tab it came from (?tab=), so the page's hits are there too.
import { browser, type Tabs } from '../shared/browser.ts';
import { localeFor, translatorFor } from '../shared/ui-locale.ts';
import { effectiveSettings } from './worker-settings.ts';

export const MENU_ID = 'sl-check-selection';

/** Longest selection sent to the lookup; names are short, a stray paragraph is cut. */
const MAX_QUERY = 200;

/** The popup page URL for a lookup of `selection` from tab `tabId`. */
export function lookupPageUrl(selection: string, tabId: number | undefined): string {
  const params = new URLSearchParams({ q: selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY) });
  if (tabId !== undefined && tabId >= 0) params.set('tab', String(tabId));
  return `${browser.runtime.getURL('src/ui/popup/index.html')}?${params}`;
}

/** The menu title in the language chosen in settings (browser.i18n would answer in the browser's language only). */
async function menuTitle(): Promise<string> {
  const { settings } = await effectiveSettings();
  return translatorFor(localeFor(settings.language))('contextMenuCheck');
}

async function createMenu(): Promise<void> {
  const title = await menuTitle();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title, contexts: ['selection'] });
}

/** Retitles the menu after the language setting (or policy) changed. */
export async function retitleContextMenu(): Promise<void> {
  await browser.contextMenus.update(MENU_ID, { title: await menuTitle() });
}

async function onClicked(info: { menuItemId: string | number; selectionText?: string }, tab?: Tabs.Tab) {
  if (info.menuItemId !== MENU_ID || !info.selectionText?.trim()) return;
  await browser.windows.create({
    url: lookupPageUrl(info.selectionText, tab?.id),
    type: 'popup',
    width: 420,
    height: 640,
  });
}

/** Registers the menu (on install/update; Chrome keeps menus across restarts) and its click handler. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void onClicked(info, tab));
}
