// Service worker entry: registers every listener synchronously at top level, then delegates. Module state is only
// a cache: the list lives in IndexedDB and is restored on each wake.
import { browser } from '../shared/browser.ts';
import { createListener } from '../shared/messaging.ts';
import { watchSettingsChanges } from '../shared/effective-settings.ts';
import { POLICY_CHANGE_EFFECTS, settingsChangeEffects } from '../core/settings/change-effects.ts';
import { handlers } from './handlers.ts';
import { forgetEffectiveSettings } from './worker-settings.ts';
import { log } from './worker-log.ts';
import { exclusive, getList } from './list-cache.ts';
import { onSourceSettingsChanged, startUp, updateNow, UPDATE_ALARM } from './update-schedule.ts';
import { syncUrlWatchlists } from './watchlists.ts';
import { forgetTab } from './tab-badge.ts';
import { reseedIfSnapshotNewer } from './reseed.ts';
import { registerContextMenu, retitleContextMenu } from './context-menu.ts';

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

// Registered synchronously like every listener; the effects of a change are decided in core/settings.
watchSettingsChanges((change) => {
  forgetEffectiveSettings();
  const fx =
    change.kind === 'policy' ? POLICY_CHANGE_EFFECTS : settingsChangeEffects(change.before, change.after);
  if (fx.sourceChanged || fx.intervalChanged) void onSourceSettingsChanged(fx.sourceChanged);
  if (fx.watchlistsChanged)
    void exclusive(syncUrlWatchlists).catch((err: unknown) => log(`watchlists: ${String(err)}`));
  if (fx.languageChanged)
    void retitleContextMenu().catch((err: unknown) => log(`context menu: ${String(err)}`));
});

browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') forgetTab(tabId);
});

void startUp().catch((err: unknown) =>
  log(`start-up failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
);
