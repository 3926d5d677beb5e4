// The worker's state: a cache of the loaded list (the database is the truth), one update at a time, the status
// mirror in storage.local, and the update alarm.
import { browser } from '../shared/browser.ts';
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import type { ListStatus, UpdateResult } from '../shared/messages.ts';
import { isCheckDue, nextCheckAt } from '../core/update/schedule.ts';
import { failureStatus } from '../core/update/failure.ts';
import { loadList, type LoadedList } from './list-store.ts';
import { readUpdater, writeUpdater, EMPTY_UPDATER, type ListMeta, type UpdaterRecord } from './list-db.ts';
import { runUpdate } from './list-updater.ts';
import { BUILD_FEED_URL, effectiveSettings, feedKeys, loadSnapshot, log, tzOffsetMinutes } from './env.ts';
import { directAddress, planUpdate } from '../core/update/plan.ts';
import { DIRECT_SOURCES, type DirectSource } from '../core/update/direct-sources.ts';
import { syncUrlWatchlists } from './watchlists.ts';

export const UPDATE_ALARM = 'list-update';
/** Delay of the first check after a start when one is due: lets the worker finish waking first. */
const FIRST_CHECK_DELAY_MS = 30_000;

let listPromise: Promise<LoadedList> | null = null;
let updating: Promise<UpdateResult> | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** Runs list-changing work one piece at a time (updates and watchlist changes both rebuild the index). */
export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** The working list, loaded (and seeded or repaired) on first use after each wake. */
export function getList(): Promise<LoadedList> {
  if (!listPromise) {
    listPromise = loadList({ loadSnapshot, now: () => performance.now(), log, onClosed: dropListCache });
    listPromise.then(
      (l) => log(`list v${l.meta.version} ${l.how} in ${Math.round(l.ms)} ms`),
      () => (listPromise = null),
    );
  }
  return listPromise;
}

/** Replaces the cached list after a successful swap. */
export function setList(list: LoadedList): void {
  listPromise = Promise.resolve(list);
}

/** Forgets the cached list so that the next use reloads it from the database. */
export function dropListCache(): void {
  listPromise = null;
}

function toStatus(meta: ListMeta, u: UpdaterRecord): ListStatus {
  return {
    version: meta.version,
    dataDate: meta.dataDate,
    entryCount: meta.entryCount,
    origin: meta.origin,
    feedHash: meta.feedHash,
    sources: meta.sources,
    lastCheck: u.lastCheck,
    lastSuccess: u.lastSuccess,
    lastError: u.lastError,
    nextCheck: u.nextCheck,
    failures: u.failures,
  };
}

/** Current status, from the database. */
export async function listStatus(): Promise<ListStatus> {
  const list = await getList();
  const u = list.db ? await readUpdater(list.db) : EMPTY_UPDATER;
  const status = toStatus(list.meta, u);
  // Own watchlists count as sources too, so the status shows how many names each adds.
  const own = list.db ? await list.db.getAll('watchlists').catch(() => []) : [];
  status.sources = [
    ...status.sources,
    ...own.map((w) => ({ id: `watchlist: ${w.name}`, records: w.entries.length })),
  ];
  return status;
}

/**
 * Makes open tabs re-scan although the list version did not change (watchlists changed). Content scripts re-scan
 * on any change event of the list version key, and the browser sends none for an unchanged value: remove, then set.
 */
export async function notifyTabs(): Promise<void> {
  const { listVersion: v } = STORAGE_KEYS;
  const { meta } = await getList();
  await browser.storage.local.remove(v.key);
  await browser.storage.local.set({ [v.key]: meta.version });
}

/** Mirrors status and list version into storage.local; a new version makes open tabs re-scan. */
export async function publishStatus(): Promise<ListStatus> {
  const status = await listStatus();
  const { listStatus: s, listVersion: v } = STORAGE_KEYS;
  const prev = await browser.storage.local.get(v.key);
  const write: Record<string, unknown> = { [s.key]: status };
  if (prev[v.key] !== status.version) write[v.key] = status.version;
  await browser.storage.local.set(write);
  return status;
}

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
  const plan = planUpdate({
    feedUrl: eff.settings.feedUrl,
    buildFeedUrl: BUILD_FEED_URL,
    useDirect: eff.settings.useDirectCsl,
    feedFailingSince: null,
    now: Date.now(),
  });
  const csl = directAddress(DIRECT_SOURCES[0] as DirectSource, eff.directSourceUrls);
  const out = await runUpdate({
    db: current.db,
    current,
    mode: plan.feedUrl ? 'feed' : 'direct',
    feedUrl: plan.feedUrl ?? '',
    directUrl: csl.ok ? csl.url : '',
    publicKeys: feedKeys(eff),
    intervalHours: eff.settings.updateIntervalHours,
    fetch: (url, init) => fetch(url, init),
    now: Date.now,
    random: Math.random,
    tzOffsetMinutes,
  });
  if (out.list) listPromise = Promise.resolve(out.list);
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
