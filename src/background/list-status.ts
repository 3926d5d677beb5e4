// The list status shown by the UI, and its mirror in storage.local (status and list version; a new version makes
// open tabs re-scan).
import { browser } from '../shared/browser.ts';
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import type { ListStatus } from '../shared/messages.ts';
import { readUpdater, EMPTY_UPDATER, type ListMeta, type UpdaterRecord } from './list-db.ts';
import { getList } from './list-cache.ts';
import { entryCountOf } from './watchlist-store.ts';

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
    // A feed's list does not depend on the official sources: their old errors would only confuse.
    sourceErrors:
      meta.origin === 'feed'
        ? []
        : Object.values(u.direct ?? {}).flatMap((s) => (s.lastError ? [s.lastError] : [])),
  };
}

/** Current status, from the database. */
export async function listStatus(): Promise<ListStatus> {
  const list = await getList();
  const u = list.db ? await readUpdater(list.db) : EMPTY_UPDATER;
  const status = toStatus(list.meta, u);
  // The stored list could not be used this time (it is kept and tried again at the next start): say so.
  if (list.problem) status.lastError = `${list.problem}; the bundled list is in use until the next start`;
  // Own watchlists count as sources too, so the status shows how many names each adds.
  const own = list.db ? await list.db.getAll('watchlists').catch(() => []) : [];
  status.sources = [
    ...status.sources,
    ...own.map((w) => ({ id: `watchlist: ${w.name}`, records: entryCountOf(w) })),
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
