// "What changed": the difference between the list before and after an update, kept for the last updates so that a
// reader learns of new designations without reading the official gazettes.
import type { Entry, ListingStatus } from '../list/format.ts';

/** Updates kept. */
export const MAX_CHANGE_RECORDS = 10;
/** Items kept per kind of change in one update (counts stay exact): bounds storage after a first big update. */
export const MAX_ITEMS = 300;

export interface ChangedListing {
  entityId: string;
  name: string;
  kind: Entry['kind'];
  list: string;
  /** Status before, for status changes. */
  from?: ListingStatus;
  /** Status now (for additions and status changes). */
  status?: ListingStatus;
}

export interface ListChange {
  /** Epoch ms of the update. */
  at: number;
  fromVersion: number;
  toVersion: number;
  /** Data date of the new list. */
  dataDate: string;
  /** Exact numbers, whatever was kept below. */
  counts: {
    entriesAdded: number;
    entriesRemoved: number;
    listingsAdded: number;
    listingsRemoved: number;
    statusChanged: number;
  };
  listingsAdded: ChangedListing[];
  listingsRemoved: ChangedListing[];
  statusChanged: ChangedListing[];
}

const item = (e: Entry, list: string, extra: Partial<ChangedListing> = {}): ChangedListing => ({
  entityId: e.id,
  name: e.names[0]?.text ?? e.id,
  kind: e.kind,
  list,
  ...extra,
});

/**
 * The changes from `before` to `after` (entries matched by id, listings by list id): entries added or removed,
 * listings added or removed, listings whose status changed.
 */
export function diffLists(
  before: readonly Entry[],
  after: readonly Entry[],
  meta: { at: number; fromVersion: number; toVersion: number; dataDate: string },
): ListChange {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Set(after.map((e) => e.id));
  const added: ChangedListing[] = [];
  const removed: ChangedListing[] = [];
  const changed: ChangedListing[] = [];
  let entriesAdded = 0;
  for (const e of after) {
    const prev = old.get(e.id);
    if (!prev) entriesAdded += 1;
    const was = new Map((prev?.listings ?? []).map((l) => [l.list, l.status]));
    for (const l of e.listings) {
      const s = was.get(l.list);
      if (s === undefined) added.push(item(e, l.list, { status: l.status }));
      else if (s !== l.status) changed.push(item(e, l.list, { from: s, status: l.status }));
    }
    const has = new Set(e.listings.map((l) => l.list));
    for (const l of prev?.listings ?? []) if (!has.has(l.list)) removed.push(item(prev as Entry, l.list));
  }
  let entriesRemoved = 0;
  for (const e of before) {
    if (now.has(e.id)) continue;
    entriesRemoved += 1;
    for (const l of e.listings) removed.push(item(e, l.list));
  }
  return {
    ...meta,
    counts: {
      entriesAdded,
      entriesRemoved,
      listingsAdded: added.length,
      listingsRemoved: removed.length,
      statusChanged: changed.length,
    },
    listingsAdded: added.slice(0, MAX_ITEMS),
    listingsRemoved: removed.slice(0, MAX_ITEMS),
    statusChanged: changed.slice(0, MAX_ITEMS),
  };
}

/** History with `change` first, at most MAX_CHANGE_RECORDS long; an update that changed nothing is not kept. */
export function recordChange(history: readonly ListChange[], change: ListChange): ListChange[] {
  const c = change.counts;
  const empty =
    c.listingsAdded + c.listingsRemoved + c.statusChanged + c.entriesAdded + c.entriesRemoved === 0;
  return (empty ? [...history] : [change, ...history]).slice(0, MAX_CHANGE_RECORDS);
}

/** Per list, how many listings were added, removed or changed status in one update: for the summary lines. */
export function countByList(
  change: ListChange,
): { list: string; added: number; removed: number; changed: number }[] {
  const by = new Map<string, { list: string; added: number; removed: number; changed: number }>();
  const get = (list: string) =>
    by.get(list) ?? by.set(list, { list, added: 0, removed: 0, changed: 0 }).get(list)!;
  for (const l of change.listingsAdded) get(l.list).added += 1;
  for (const l of change.listingsRemoved) get(l.list).removed += 1;
  for (const l of change.statusChanged) get(l.list).changed += 1;
  return [...by.values()].sort((a, b) => b.added + b.removed + b.changed - (a.added + a.removed + a.changed));
}

/** Reads stored history back, dropping anything malformed (storage is not trusted). */
export function parseChanges(raw: unknown): ListChange[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (c): c is ListChange =>
        !!c &&
        typeof c === 'object' &&
        typeof (c as ListChange).at === 'number' &&
        Array.isArray((c as ListChange).listingsAdded) &&
        Array.isArray((c as ListChange).listingsRemoved) &&
        Array.isArray((c as ListChange).statusChanged) &&
        !!(c as ListChange).counts,
    )
    .slice(0, MAX_CHANGE_RECORDS);
}
