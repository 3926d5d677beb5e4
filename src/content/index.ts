// Content script entry: reads settings, starts or stops the alert session for this page as settings change, and
// answers the popup (top frame only). On a page with nothing to flag this adds nothing to the DOM.
import { areAlertsActive } from '../core/page/index.ts';
import { normalizeHostname, setSiteEnabled } from '../core/settings/site-rules.ts';
import { applyPolicy, parsePolicy } from '../core/settings/policy.ts';
import type { Settings } from '../core/settings/schema.ts';
import { browser } from '../shared/browser.ts';
import { send } from '../shared/messaging.ts';
import { loadSettings, updateSettings, watchSettings } from '../shared/settings-store.ts';
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import { startSession, type Session } from './session.ts';
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

/** The organisation's policy (storage.managed), or none where the browser has no managed storage. */
async function loadPolicy(): Promise<ReturnType<typeof parsePolicy>> {
  try {
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    return {};
  }
}

async function main(): Promise<void> {
  const life = new AbortController();
  // about:blank and srcdoc frames have no host of their own: their site is their creator's (the inherited origin).
  const hostname = normalizeHostname(location.hostname || originHost(self.origin));
  const isTop = window === window.top;
  // Policy values win over the user's (e.g. watchlistHitsInPage locked off by the organisation).
  let policy = await loadPolicy();
  let user: Settings = await loadSettings();
  let settings: Settings = applyPolicy(user, policy).settings;
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
      match: (chunks) => send('page/match', { chunks }),
      siteEntity: async (h) => {
        const entry = await send('page/site-entity', { hostname: h });
        if (!entry) return null;
        const { lists } = await send('entity/get', { ids: [entry.id] });
        return { entry, lists };
      },
      mute: (entityId) =>
        void updateSettings((s) => ({
          ...s,
          mutedEntities: [...s.mutedEntities, { entityId, site: hostname }],
        })).catch(onError),
      turnOff: () => void updateSettings((s) => setSiteEnabled(s, hostname, false)).catch(onError),
      dismissBanner: () =>
        void updateSettings((s) => ({ ...s, dismissedBanners: [...s.dismissedBanners, hostname] })).catch(
          onError,
        ),
      onHits: reportCount,
      onError,
    });

  // After the extension is reloaded or updated this script is orphaned: drop everything on the next visit.
  document.addEventListener('visibilitychange', () => !browser.runtime?.id && teardown(), {
    signal: life.signal,
  });
  watchSettings((s) => {
    user = s;
    settings = applyPolicy(user, policy).settings;
    apply();
  }, life.signal);
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed')
      void loadPolicy().then((p) => {
        policy = p;
        settings = applyPolicy(user, policy).settings;
        apply();
      });
    if (area === STORAGE_KEYS.listVersion.area && STORAGE_KEYS.listVersion.key in changes)
      void session?.rescanAll();
  };
  browser.storage.onChanged.addListener(onStorage);
  life.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));
  const tabState = { hostname, session: () => session, isActive: () => session !== null };
  registerTabHandlers(life.signal, tabState, isTop);
  apply();
}

main().catch((err) => console.debug('[Sanctions Lens]', err));
