// One list update: fetch → verify signature → validate → version and shrink checks → build index → swap in one
// transaction. On any failure the previous list stays and the reason is recorded in plain words.
import { checkListUrl, signatureUrl } from '../core/update/url-rules.ts';
import { checkShrink } from '../core/update/shrink.ts';
import { nextCheckAt } from '../core/update/schedule.ts';
import { failureStatus, isTransient, type UpdateFailure } from '../core/update/failure.ts';
import type { UpdateResult } from '../shared/messages.ts';
import { buildMatchIndex, serializeMatchIndex } from './matcher.ts';
import { MAX_FEED_BYTES, verifyFeedSignature } from './feed-check.ts';
import { fetchCapped, type FetchFn } from './fetch-capped.ts';
import { readUpdater, writeUpdater, type ListDB, type UpdaterRecord } from './list-db.ts';
import { commitList, sha256Hex, type Checkpoint } from './list-swap.ts';
import { dbSource, parseFeedBytes, type LoadedList } from './list-store.ts';

export const MAX_SIGNATURE_BYTES = 4096;
export const FETCH_TIMEOUT_MS = 60_000;

export interface UpdaterDeps {
  db: ListDB;
  current: LoadedList;
  feedUrl: string;
  /** Pinned keys plus any the organisation's policy adds. */
  publicKeys: string[];
  intervalHours: number;
  fetch: FetchFn;
  now: () => number;
  random: () => number;
  /** Minutes east of UTC at a given time, for "retrying at 14:20". */
  tzOffsetMinutes: (ms: number) => number;
  checkpoint?: Checkpoint;
  maxBytes?: number;
  timeoutMs?: number;
}

export interface UpdateOutcome {
  result: UpdateResult;
  /** The new list when one was applied. */
  list: LoadedList | null;
  updater: UpdaterRecord;
}

type Attempt =
  { kind: 'unchanged' } | { kind: 'applied'; list: LoadedList } | { kind: 'failed'; f: UpdateFailure };
const fail = (f: UpdateFailure): Attempt => ({ kind: 'failed', f });

async function fetchSignature(deps: UpdaterDeps, url: string): Promise<string | UpdateFailure> {
  const got = await fetchCapped(deps.fetch, {
    url: signatureUrl(url),
    maxBytes: MAX_SIGNATURE_BYTES,
    timeoutMs: deps.timeoutMs ?? FETCH_TIMEOUT_MS,
  });
  if (got.kind === 'failed') {
    if (got.failure.kind === 'http' && got.failure.status === 404) return { kind: 'no-signature' };
    return got.failure.kind === 'http' ? { ...got.failure, what: 'signature' } : got.failure;
  }
  if (got.kind === 'not-modified') return { kind: 'no-signature' };
  const text = new TextDecoder().decode(got.bytes).trim();
  return text ? text : { kind: 'no-signature' };
}

async function attempt(deps: UpdaterDeps): Promise<Attempt> {
  const cp = deps.checkpoint ?? (() => undefined);
  const { current } = deps;
  const allowed = checkListUrl(deps.feedUrl);
  if (!allowed.ok) return fail({ kind: 'url', reason: allowed.reason });
  const same = current.meta.sourceUrl === allowed.url;
  cp('fetch');
  const got = await fetchCapped(deps.fetch, {
    url: allowed.url,
    maxBytes: deps.maxBytes ?? MAX_FEED_BYTES,
    timeoutMs: deps.timeoutMs ?? FETCH_TIMEOUT_MS,
    etag: same ? current.meta.etag : null,
    lastModified: same ? current.meta.lastModified : null,
  });
  cp('downloaded');
  if (got.kind === 'not-modified') return { kind: 'unchanged' };
  if (got.kind === 'failed') return fail(got.failure);
  const sig = await fetchSignature(deps, allowed.url);
  if (typeof sig !== 'string') return fail(sig);
  cp('signature-downloaded');
  if (!(await verifyFeedSignature(got.bytes, sig, deps.publicKeys))) return fail({ kind: 'bad-signature' });
  cp('verified');
  let feed;
  try {
    feed = parseFeedBytes(got.bytes);
  } catch (err) {
    return fail({ kind: 'invalid', detail: err instanceof Error ? err.message : String(err) });
  }
  cp('validated');
  const feedHash = await sha256Hex(got.bytes);
  if (feedHash === current.meta.feedHash) return { kind: 'unchanged' };
  if (feed.version <= current.meta.version)
    return fail({ kind: 'not-newer', current: current.meta.version, offered: feed.version });
  const shrink = checkShrink(current.meta.entryCount, feed.entries.length, feed.shrinkReason);
  if (!shrink.ok) return fail({ kind: 'shrink', reason: shrink.reason });
  cp('checked');
  const { extra, watchRev } = current;
  const index = buildMatchIndex([...feed.entries, ...extra]);
  const buf = serializeMatchIndex(index);
  cp('indexed');
  const payload = { feed, feedHash, origin: 'feed' as const, sourceUrl: allowed.url, ...pick(got) };
  const meta = await commitList(deps.db, payload, buf, cp, watchRev);
  cp('committed');
  const entries = dbSource(deps.db, extra);
  return {
    kind: 'applied',
    list: { meta, index, entries, extra, watchRev, db: deps.db, how: 'restored', ms: 0 },
  };
}

function pick(got: { etag: string | null; lastModified: string | null }) {
  return { etag: got.etag, lastModified: got.lastModified };
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
  const started = await markStarted(deps);
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
