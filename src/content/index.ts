// Content script entry: reads the effective settings (policy applied, e.g. an organisation's disabledLists), starts or stops the alert session for this page as settings change, and
// answers the popup (top frame only). On a page with nothing to flag this adds nothing to the DOM.
import { areAlertsActive } from '../core/page/index.ts';
import { normalizeHostname, setSiteEnabled } from '../core/settings/site-rules.ts';
import type { Settings } from '../core/settings/schema.ts';
import { browser } from '../shared/browser.ts';
import { send } from '../shared/messaging.ts';
import { denseHits, packRuns } from '../shared/match-transfer.ts';
import {
  loadEffectiveSettings,
  updateEffectiveSettings,
  watchEffectiveSettings,
} from '../shared/effective-settings.ts';
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import { localeFor } from '../shared/locale-choice.ts';
import { startSession, type Session } from './session.ts';
import { setContentLocale, setLocaleLoader } from './text.ts';
import { registerTabHandlers } from './tab-handlers.ts';

const MAX_TIMER_MS = 2 ** 31 - 1;

function isInvalidated(err: unknown): boolean {
  return /context invalidated|Receiving end does not exist|Extension context/i.test(String(err));
}

function originHost(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const life = new AbortController();
  // about:blank and srcdoc frames have no host of their own: their site is their creator's (the inherited origin).
  const hostname = normalizeHostname(location.hostname || originHost(self.origin));
  const isTop = window === window.top;
  let settings: Settings = (await loadEffectiveSettings()).settings;
  setLocaleLoader((locale) => send('content/locale', { locale }));
  setContentLocale(localeFor(settings.language));
  let session: Session | null = null;
  let pauseTimer = 0;
  let lastCount = 0;

  const teardown = () => {
    session?.stop();
    session = null;
    clearTimeout(pauseTimer);
    life.abort();
  };
  const onError = (err: unknown) => {
    if (isInvalidated(err) || !browser.runtime?.id) teardown();
    else console.debug('[Sanctions Lens]', err);
  };
  const reportCount = (count: number) => {
    if (count === lastCount) return;
    lastCount = count;
    send('page/hit-count', { count }).catch(onError);
  };

  const apply = () => {
    if (life.signal.aborted) return;
    const active = areAlertsActive(settings, hostname, Date.now());
    if (active && !session) session = start();
    else if (!active && session) {
      session.stop();
      session = null;
      reportCount(0);
    } else session?.settingsChanged();
    clearTimeout(pauseTimer);
    if (settings.pausedUntil > Date.now())
      pauseTimer = window.setTimeout(apply, Math.min(MAX_TIMER_MS, settings.pausedUntil - Date.now() + 50));
  };

  const start = (): Session =>
    startSession({
      doc: document,
      hostname,
      isTop,
      settings: () => settings,
      match: async (texts) => {
        const res = await send('page/match', { text: packRuns(texts) });
        return { ...res, hits: denseHits(texts.length, res.runs ?? [], res.hits) };
      },
      siteEntity: async (h) => {
        const entry = await send('page/site-entity', { hostname: h });
        if (!entry) return null;
        const { lists } = await send('entity/get', { ids: [entry.id] });
        return { entry, lists };
      },
      mute: (entityId) =>
        void updateEffectiveSettings((s) => ({
          ...s,
          mutedEntities: [...s.mutedEntities, { entityId, site: hostname }],
        })).catch(onError),
      turnOff: () => void updateEffectiveSettings((s) => setSiteEnabled(s, hostname, false)).catch(onError),
      dismissBanner: () =>
        void updateEffectiveSettings((s) => ({
          ...s,
          dismissedBanners: [...s.dismissedBanners, hostname],
        })).catch(onError),
      onHits: reportCount,
      onError,
    });

  // After the extension is reloaded or updated this script is orphaned: drop everything on the next visit.
  document.addEventListener('visibilitychange', () => !browser.runtime?.id && teardown(), {
    signal: life.signal,
  });
  watchEffectiveSettings((eff) => {
    settings = eff.settings;
    setContentLocale(localeFor(settings.language));
    apply();
  }, life.signal);
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === STORAGE_KEYS.listVersion.area && STORAGE_KEYS.listVersion.key in changes)
      void session?.rescanAll();
  };
  browser.storage.onChanged.addListener(onStorage);
  life.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));
  const tabState = { hostname, session: () => session, isActive: () => session !== null };
  registerTabHandlers(life.signal, tabState, isTop);
  apply();
}

// In a task of its own: the task that evaluates this script already pays for compiling it, and on a large page the
// two together came close to a frame's budget.
setTimeout(() => main().catch((err) => console.debug('[Sanctions Lens]', err)), 0);
