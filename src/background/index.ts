// Service worker entry: registers every listener synchronously at top level, then delegates. Module state is only
// a cache: the list lives in IndexedDB and is restored on each wake.
import { browser } from '../shared/browser.ts';
import { createListener } from '../shared/messaging.ts';
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import { handlers } from './handlers.ts';
import { forgetEffectiveSettings, log } from './env.ts';
import { exclusive, getList, onSourceSettingsChanged, startUp, updateNow, UPDATE_ALARM } from './service.ts';
import { syncUrlWatchlists } from './watchlists.ts';
import { forgetTab } from './tab-badge.ts';
import { reseedIfSnapshotNewer } from './reseed.ts';
import { registerContextMenu } from './context-menu.ts';

browser.runtime.onMessage.addListener(createListener(handlers));
registerContextMenu();

browser.runtime.onInstalled.addListener((details) => {
  // Install seeds the database; an extension update may bring a newer snapshot than the stored list.
  const work = details.reason === 'update' ? exclusive(reseedIfSnapshotNewer) : getList();
  void Promise.resolve(work).catch((err: unknown) => log(`seeding failed: ${String(err)}`));
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === UPDATE_ALARM) void updateNow();
});

const SOURCE_FIELDS = ['feedUrl', 'useDirectCsl'] as const;

browser.storage.onChanged.addListener((changes, area) => {
  const isPolicy = area === 'managed';
  const settingsChange = area === STORAGE_KEYS.settings.area ? changes[STORAGE_KEYS.settings.key] : undefined;
  if (!isPolicy && !settingsChange) return;
  forgetEffectiveSettings();
  const before = (settingsChange?.oldValue ?? {}) as Record<string, unknown>;
  const after = (settingsChange?.newValue ?? {}) as Record<string, unknown>;
  const sourceChanged =
    isPolicy || SOURCE_FIELDS.some((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
  const intervalChanged = before.updateIntervalHours !== after.updateIntervalHours;
  if (sourceChanged || intervalChanged) void onSourceSettingsChanged(sourceChanged);
  if (isPolicy || JSON.stringify(before.watchlistUrls) !== JSON.stringify(after.watchlistUrls))
    void exclusive(syncUrlWatchlists).catch((err: unknown) => log(`watchlists: ${String(err)}`));
});

browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') forgetTab(tabId);
});

void startUp().catch((err: unknown) =>
  log(`start-up failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
);
