// One list update: fetch → verify signature → validate → version and shrink checks → build index → swap in one
// transaction. On any failure the previous list stays and the reason is recorded in plain words.
import { checkShrink } from '../core/update/shrink.ts';
import { checkOfferedVersion } from '../core/update/version-rule.ts';
import { nextCheckAt } from '../core/update/schedule.ts';
import { failureStatus, isTransient, type UpdateFailure } from '../core/update/failure.ts';
import type { UpdateResult } from '../shared/messages.ts';
import { serializeMatchIndex } from '../core/match/index.ts';
import { EMPTY_UPDATER, readUpdater, writeUpdater, type UpdaterRecord } from './list-db.ts';
import { commitList, type Checkpoint } from './list-swap.ts';
import { buildIndexInSlices, dbSource, type LoadedList } from './list-store.ts';
import { fail, obtainSigned, type Attempt, type Obtained } from './list-download.ts';
import { obtainDirectSources } from './direct-download.ts';
import { obtainViaPatch } from './feed-patch.ts';
import { planUpdate } from '../core/update/plan.ts';
import { diffLists, type ListChange } from '../core/update/changes.ts';
import { log } from './worker-log.ts';
import type { UpdaterDeps } from './update-deps.ts';

export type { UpdaterDeps } from './update-deps.ts';

export interface UpdateOutcome {
  result: UpdateResult;
  /** The new list when one was applied. */
  list: LoadedList | null;
  updater: UpdaterRecord;
  /** What the applied list changed, for "What changed". */
  change: ListChange | null;
}

/** Checks an obtained list against the one in use and, when it may replace it, swaps it in. */
async function apply(deps: UpdaterDeps, got: Obtained, cp: Checkpoint): Promise<Attempt> {
  const { current } = deps;
  if (got.kind !== 'got') return got;
  const { feed } = got.payload;
  if (got.payload.feedHash === current.meta.feedHash) {
    // Same list from a new address or with new validators: keep them, so the next check can be conditional.
    const { sourceUrl, etag, lastModified } = got.payload;
    Object.assign(current.meta, { sourceUrl, etag, lastModified });
    await deps.db.put('meta', current.meta, 'list');
    return { kind: 'unchanged' };
  }
  const verdict = checkOfferedVersion(current.meta.version, feed.version, deps.now());
  if (!verdict.ok) return fail(verdict.f);
  const shrink = checkShrink(current.meta.entryCount, feed.entries.length, feed.shrinkReason);
  if (!shrink.ok) return fail({ kind: 'shrink', reason: shrink.reason });
  cp('checked');
  const { extra, watchRev, watchIndex } = current;
  const change = diffLists(await deps.db.getAll('entries'), feed.entries, {
    at: deps.now(),
    fromVersion: current.meta.version,
    toVersion: feed.version,
    dataDate: feed.dataDate,
  });
  const index = await buildIndexInSlices(feed.entries);
  const buf = serializeMatchIndex(index);
  cp('indexed');
  const meta = await commitList(deps.db, got.payload, buf, cp);
  cp('committed');
  const entries = dbSource(deps.db, extra);
  return {
    kind: 'applied',
    list: { meta, index, watchIndex, entries, extra, watchRev, db: deps.db, how: 'restored', ms: 0 },
    change,
  };
}

/**
 * One attempt along the plan (core/update/plan.ts): the signed feed (its patch path first), then the official
 * sources when no feed is set, the user chose them, or the feed has failed for a day and fails again. `rec` gets
 * the feed's failing-since time, the manifest validators and the direct sources' bookkeeping.
 */
async function attempt(deps: UpdaterDeps, rec: UpdaterRecord): Promise<Attempt> {
  const cp = deps.checkpoint ?? (() => undefined);
  const now = deps.now();
  const isDirect = deps.mode === 'direct';
  const plan = planUpdate({
    feedUrl: isDirect ? '' : deps.feedUrl,
    buildFeedUrl: isDirect ? '' : (deps.buildFeedUrl ?? ''),
    useDirect: isDirect,
    feedFailingSince: rec.feedFailingSince ?? null,
    now,
  });
  let result: Attempt | null = null;
  if (plan.feedUrl) {
    const viaPatch = await obtainViaPatch(deps, plan.feedUrl, rec, log);
    result = await apply(deps, viaPatch ?? (await obtainSigned(deps, plan.feedUrl, cp)), cp);
    rec.feedFailingSince = result.kind === 'failed' ? (rec.feedFailingSince ?? now) : null;
  }
  const useDirect =
    plan.direct === 'always' || (plan.direct === 'if-feed-fails' && result?.kind === 'failed');
  if (useDirect) {
    const states = { ...rec.direct };
    const direct = await apply(deps, await obtainDirectSources(deps, states, cp), cp);
    rec.direct = states;
    if (!result || direct.kind !== 'failed') result = direct;
  }
  return result ?? { kind: 'unchanged' };
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
      change: null,
    };
  }
  let a: Attempt;
  const rec = { ...started };
  try {
    a = await attempt(deps, rec);
  } catch (err) {
    a = fail(failureFromError(err));
  }
  const updater = settle(rec, a.kind === 'failed' ? a.f : null, deps);
  await writeUpdater(deps.db, updater).catch(() => undefined);
  const list = a.kind === 'applied' ? a.list : null;
  const version = list?.meta.version ?? deps.current.meta.version;
  const result =
    a.kind === 'failed'
      ? { ok: false, changed: false, version, error: updater.lastError ?? 'update failed' }
      : { ok: true, changed: a.kind === 'applied', version };
  return { result, list, updater, change: a.kind === 'applied' ? a.change : null };
}
