// One list update: fetch → verify signature → validate → version and shrink checks → build index → swap in one
// transaction. On any failure the previous list stays and the reason is recorded in plain words.
import { checkShrink } from '../core/update/shrink.ts';
import { nextCheckAt } from '../core/update/schedule.ts';
import { failureStatus, isTransient, type UpdateFailure } from '../core/update/failure.ts';
import type { UpdateResult } from '../shared/messages.ts';
import { serializeMatchIndex } from '../core/match/index.ts';
import { EMPTY_UPDATER, readUpdater, writeUpdater, type UpdaterRecord } from './list-db.ts';
import { commitList } from './list-swap.ts';
import { buildIndexInSlices, dbSource, type LoadedList } from './list-store.ts';
import { fail, obtainDirect, obtainSigned, type Attempt } from './list-download.ts';
import type { UpdaterDeps } from './update-deps.ts';

export type { UpdaterDeps } from './update-deps.ts';

export interface UpdateOutcome {
  result: UpdateResult;
  /** The new list when one was applied. */
  list: LoadedList | null;
  updater: UpdaterRecord;
}

async function attempt(deps: UpdaterDeps): Promise<Attempt> {
  const cp = deps.checkpoint ?? (() => undefined);
  const { current } = deps;
  const got = deps.mode === 'direct' ? await obtainDirect(deps, cp) : await obtainSigned(deps, cp);
  if (got.kind !== 'got') return got;
  const { feed } = got.payload;
  if (got.payload.feedHash === current.meta.feedHash) {
    // Same list from a new address or with new validators: keep them, so the next check can be conditional.
    const { sourceUrl, etag, lastModified } = got.payload;
    Object.assign(current.meta, { sourceUrl, etag, lastModified });
    await deps.db.put('meta', current.meta, 'list');
    return { kind: 'unchanged' };
  }
  if (feed.version <= current.meta.version)
    return fail({ kind: 'not-newer', current: current.meta.version, offered: feed.version });
  const shrink = checkShrink(current.meta.entryCount, feed.entries.length, feed.shrinkReason);
  if (!shrink.ok) return fail({ kind: 'shrink', reason: shrink.reason });
  cp('checked');
  const { extra, watchRev } = current;
  const index = await buildIndexInSlices([...feed.entries, ...extra]);
  const buf = serializeMatchIndex(index);
  cp('indexed');
  const meta = await commitList(deps.db, got.payload, buf, cp, watchRev);
  cp('committed');
  const entries = dbSource(deps.db, extra);
  return {
    kind: 'applied',
    list: { meta, index, entries, extra, watchRev, db: deps.db, how: 'restored', ms: 0 },
  };
}

/** Maps a thrown error to a failure: a full disk is named as such; anything else means the update broke off. */
export function failureFromError(err: unknown): UpdateFailure {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return { kind: 'disk-full' };
  if (name === 'AbortError' || name === 'InvalidStateError' || name === 'UnknownError')
    return { kind: 'storage', detail: String((err as Error).message || name) };
  return { kind: 'interrupted' };
}

/** Records that a check starts, so that a worker killed during it is noticed and retried on the next start. */
async function markStarted(deps: UpdaterDeps): Promise<UpdaterRecord> {
  const rec = await readUpdater(deps.db);
  const now = deps.now();
  const retry = nextCheckAt({
    now,
    intervalHours: deps.intervalHours,
    failures: rec.failures + 1,
    random: deps.random(),
  });
  const started = { ...rec, lastCheck: now, inProgressSince: now, nextCheck: retry };
  await writeUpdater(deps.db, started);
  return started;
}

/** Computes the updater record after an attempt ended (success, nothing new, or a failure). */
export function settle(rec: UpdaterRecord, f: UpdateFailure | null, deps: UpdaterDeps): UpdaterRecord {
  const now = deps.now();
  if (!f) {
    const next = nextCheckAt({ now, intervalHours: deps.intervalHours, failures: 0, random: 0 });
    return { ...rec, failures: 0, lastSuccess: now, lastError: null, nextCheck: next, inProgressSince: null };
  }
  const failures = rec.failures + 1;
  const transient = isTransient(f);
  const next = nextCheckAt({
    now,
    intervalHours: deps.intervalHours,
    failures: transient ? failures : 0,
    random: deps.random(),
  });
  const lastError = failureStatus(f, transient ? next : null, deps.tzOffsetMinutes(next));
  return { ...rec, failures, lastError, nextCheck: next, inProgressSince: null };
}

/** Runs one update. Never rejects for feed or network problems; the outcome says what happened. */
export async function runUpdate(deps: UpdaterDeps): Promise<UpdateOutcome> {
  let started: UpdaterRecord;
  try {
    started = await markStarted(deps);
  } catch (err) {
    // The disk refused even the start record: nothing was fetched or changed; reported like any failed check.
    const updater = settle(EMPTY_UPDATER, failureFromError(err), deps);
    const error = updater.lastError ?? 'update failed';
    return {
      result: { ok: false, changed: false, version: deps.current.meta.version, error },
      list: null,
      updater,
    };
  }
  let a: Attempt;
  try {
    a = await attempt(deps);
  } catch (err) {
    a = fail(failureFromError(err));
  }
  const updater = settle(started, a.kind === 'failed' ? a.f : null, deps);
  await writeUpdater(deps.db, updater).catch(() => undefined);
  const list = a.kind === 'applied' ? a.list : null;
  const version = list?.meta.version ?? deps.current.meta.version;
  const result =
    a.kind === 'failed'
      ? { ok: false, changed: false, version, error: updater.lastError ?? 'update failed' }
      : { ok: true, changed: a.kind === 'applied', version };
  return { result, list, updater };
}
