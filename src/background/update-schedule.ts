// When the list is updated: the update alarm, one update at a time (joined by concurrent callers), the check on
// each worker start, and re-planning after a settings or policy change.
import { browser } from '../shared/browser.ts';
import type { UpdateResult } from '../shared/messages.ts';
import { isCheckDue, nextCheckAt } from '../core/update/schedule.ts';
import { failureStatus } from '../core/update/failure.ts';
import { trustedFeedKeys } from '../core/settings/policy.ts';
import { readUpdater, writeUpdater, EMPTY_UPDATER } from './list-db.ts';
import { runUpdate } from './list-updater.ts';
import { exclusive, getList, setList } from './list-cache.ts';
import { publishStatus } from './list-status.ts';
import { effectiveSettings } from './worker-settings.ts';
import { log, tzOffsetMinutes } from './worker-log.ts';
import { syncUrlWatchlists } from './watchlists.ts';
import { addChange } from '../shared/changes-store.ts';

/** The signed feed this build names (SANCTIONS_LENS_FEED_URL at build time, see vite.config.ts); '' for none. */
const BUILD_FEED_URL: string = import.meta.env.VITE_FEED_URL ?? '';

export const UPDATE_ALARM = 'list-update';
/** Delay of the first check after a start when one is due: lets the worker finish waking first. */
const FIRST_CHECK_DELAY_MS = 30_000;

let updating: Promise<UpdateResult> | null = null;

async function scheduleAt(when: number | null): Promise<void> {
  const at = Math.max(when ?? 0, Date.now() + 1000);
  await browser.alarms.create(UPDATE_ALARM, { when: at });
}

/** One update; whatever happens, an alarm for the next check exists afterwards. */
async function doUpdate(): Promise<UpdateResult> {
  try {
    return await updateOnce();
  } catch (err) {
    log(`update failed unexpectedly: ${String(err)}`);
    await scheduleAt(Date.now() + 15 * 60_000);
    throw err;
  }
}

async function updateOnce(): Promise<UpdateResult> {
  const current = await getList();
  if (!current.db)
    return { ok: false, changed: false, version: current.meta.version, error: 'storage unavailable' };
  const eff = await effectiveSettings();
  const out = await runUpdate({
    db: current.db,
    current,
    mode: eff.settings.useDirectCsl ? 'direct' : 'feed',
    feedUrl: eff.settings.feedUrl,
    buildFeedUrl: BUILD_FEED_URL,
    directSourceUrls: eff.directSourceUrls,
    publicKeys: trustedFeedKeys(eff),
    intervalHours: eff.settings.updateIntervalHours,
    fetch: (url, init) => fetch(url, init),
    now: Date.now,
    random: Math.random,
    tzOffsetMinutes,
  });
  if (out.list) setList(out.list);
  if (out.change) await addChange(out.change).catch((err: unknown) => log(`changes: ${String(err)}`));
  log(`update: ${JSON.stringify(out.result)}`);
  await syncUrlWatchlists().catch((err: unknown) => log(`watchlists: ${String(err)}`));
  await publishStatus();
  await scheduleAt(out.updater.nextCheck);
  return out.result;
}

/** Runs an update now, or joins the one already running. */
export function updateNow(): Promise<UpdateResult> {
  updating ??= exclusive(doUpdate).finally(() => (updating = null));
  return updating;
}

/**
 * On every worker start: notices an update the previous worker did not finish, re-creates the alarm (browsers may
 * drop alarms on restart), and publishes the status.
 */
export function startUp(): Promise<void> {
  // In the queue like updates: its read-modify-write of the updater record must not interleave with theirs.
  return exclusive(checkOnStart);
}

async function checkOnStart(): Promise<void> {
  const list = await getList();
  const eff = await effectiveSettings();
  const hours = eff.settings.updateIntervalHours;
  let u = list.db ? await readUpdater(list.db) : EMPTY_UPDATER;
  if (list.db && u.inProgressSince !== null) {
    const failures = u.failures + 1;
    const next = nextCheckAt({ now: Date.now(), intervalHours: hours, failures, random: Math.random() });
    const lastError = failureStatus({ kind: 'interrupted' }, next, tzOffsetMinutes(next));
    u = { ...u, failures, nextCheck: next, lastError, inProgressSince: null };
    await writeUpdater(list.db, u);
  }
  const due = isCheckDue(u.nextCheck, u.lastCheck, Date.now(), hours);
  await scheduleAt(due ? Date.now() + FIRST_CHECK_DELAY_MS : u.nextCheck);
  if (due && list.db) await writeUpdater(list.db, { ...u, nextCheck: Date.now() + FIRST_CHECK_DELAY_MS });
  await publishStatus();
}

/** After a settings or policy change: a new source is checked at once, a new interval re-plans the alarm. */
export async function onSourceSettingsChanged(sourceChanged: boolean): Promise<void> {
  if (sourceChanged) {
    await updateNow();
    return;
  }
  await exclusive(replan);
}

async function replan(): Promise<void> {
  const list = await getList();
  if (!list.db) return;
  const u = await readUpdater(list.db);
  const hours = (await effectiveSettings()).settings.updateIntervalHours;
  const latest = nextCheckAt({
    now: u.lastCheck ?? Date.now(),
    intervalHours: hours,
    failures: 0,
    random: 0,
  });
  const next = Math.min(u.nextCheck ?? latest, latest);
  await writeUpdater(list.db, { ...u, nextCheck: next });
  await scheduleAt(next);
  await publishStatus();
}
