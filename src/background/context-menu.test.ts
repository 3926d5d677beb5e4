import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type UiLanguageChoice } from '../core/settings/schema.ts';

type Listener = (...args: unknown[]) => void;
const listeners: Record<string, Listener[]> = { installed: [], clicked: [] };
const fake = {
  runtime: {
    getURL: (p: string) => `chrome-extension://id/${p}`,
    onInstalled: { addListener: (l: Listener) => listeners.installed!.push(l) },
  },
  // The browser's own language is English; the menu must follow settings.language instead when it is set.
  i18n: {
    getMessage: (k: string) => (k === 'contextMenuCheck' ? 'Check “%s” against restriction lists' : ''),
  },
  contextMenus: {
    removeAll: vi.fn(async () => undefined),
    create: vi.fn(),
    update: vi.fn(async () => undefined),
    onClicked: { addListener: (l: Listener) => listeners.clicked!.push(l) },
  },
  windows: { create: vi.fn(async () => ({})) },
};
vi.mock('../shared/browser.ts', () => ({ browser: fake }));
const chosen: { language: UiLanguageChoice } = { language: 'auto' };
vi.mock('./worker-settings.ts', () => ({
  effectiveSettings: async () => ({
    settings: { ...DEFAULT_SETTINGS, language: chosen.language },
    locked: [],
  }),
}));

const { MENU_ID, lookupPageUrl, registerContextMenu, retitleContextMenu } = await import('./context-menu.ts');

describe('context menu', () => {
  beforeEach(() => {
    listeners.installed = [];
    listeners.clicked = [];
    vi.clearAllMocks();
    chosen.language = 'auto';
    registerContextMenu();
  });

  test('creates the selection menu with the %s title on install', async () => {
    listeners.installed![0]!({ reason: 'install' });
    await vi.waitFor(() => expect(fake.contextMenus.create).toHaveBeenCalled());
    expect(fake.contextMenus.create).toHaveBeenCalledWith({
      id: MENU_ID,
      title: 'Check “%s” against restriction lists',
      contexts: ['selection'],
    });
  });

  test('the title follows the language chosen in settings, at install and when the setting changes', async () => {
    chosen.language = 'zh_CN';
    listeners.installed![0]!({ reason: 'install' });
    await vi.waitFor(() => expect(fake.contextMenus.create).toHaveBeenCalled());
    expect(fake.contextMenus.create).toHaveBeenCalledWith({
      id: MENU_ID,
      title: '在限制名单中查询“%s”',
      contexts: ['selection'],
    });
    chosen.language = 'en';
    await retitleContextMenu();
    expect(fake.contextMenus.update).toHaveBeenCalledWith(MENU_ID, {
      title: 'Check “%s” against restriction lists',
    });
  });

  test('a click opens the lookup page for the selection and the tab in a small window', async () => {
    listeners.clicked![0]!({ menuItemId: MENU_ID, selectionText: '  Hikvison\n Digital ' }, { id: 17 });
    await vi.waitFor(() => expect(fake.windows.create).toHaveBeenCalled());
    const arg = (fake.windows.create.mock.calls[0] as unknown[])[0] as { url: string; type: string };
    const url = new URL(arg.url);
    expect(url.pathname).toBe('/src/ui/popup/index.html');
    expect(url.searchParams.get('q')).toBe('Hikvison Digital');
    expect(url.searchParams.get('tab')).toBe('17');
    expect(arg.type).toBe('popup');
  });

  test('other menu items and empty selections do nothing; long selections are cut', () => {
    listeners.clicked![0]!({ menuItemId: 'other', selectionText: 'x' }, { id: 1 });
    listeners.clicked![0]!({ menuItemId: MENU_ID, selectionText: '   ' }, { id: 1 });
    expect(fake.windows.create).not.toHaveBeenCalled();
    const q = new URL(lookupPageUrl('a'.repeat(500), undefined)).searchParams;
    expect(q.get('q')).toHaveLength(200);
    expect(q.has('tab')).toBe(false);
  });
});
