// Direct mode: each official source (core/update/direct-sources.ts) is fetched on its own daily schedule with
// conditional requests; a 304 or an unchanged body costs no parse, and a failing source does not hold up the others.
// The files that changed are merged into the list in use in one step.
import { DIRECT_SOURCES, type DirectSource } from '../core/update/direct-sources.ts';
import { directAddress } from '../core/update/plan.ts';
import {
  EMPTY_SOURCE_STATE,
  isSourceDue,
  settleSource,
  type DirectSourceState,
} from '../core/update/direct-schedule.ts';
import type { DirectBatch } from '../core/update/direct-merge.ts';
import { combineDirect, toDirectBatch } from '../core/update/direct-combine.ts';
import { describeFailure, isTransient, type UpdateFailure } from '../core/update/failure.ts';
import { sha256Hex, utf8Encode } from '../core/feed/platform.ts';
import { serializeFeed } from '../core/list/serialize.ts';
import { fetchCapped } from './fetch-capped.ts';
import { currentFeed, fail, FETCH_TIMEOUT_MS, type Obtained } from './list-download.ts';
import type { Checkpoint } from './list-swap.ts';
import type { UpdaterDeps } from './update-deps.ts';

type States = Record<string, DirectSourceState>;
const detail = (err: unknown) => (err instanceof Error ? err.message : String(err));

interface Fetched {
  source: DirectSource;
  batch: DirectBatch;
  applied: { sha256: string; etag: string | null; lastModified: string | null };
}

/** Fetches one source; returns its batch when the file changed, or records why not in `states`. */
async function fetchSource(
  deps: UpdaterDeps,
  source: DirectSource,
  states: States,
): Promise<Fetched | UpdateFailure | null> {
  const now = deps.now();
  const s = states[source.id] ?? EMPTY_SOURCE_STATE;
  const failed = (f: UpdateFailure, text = describeFailure(f)): UpdateFailure => {
    const error = `${source.label}: ${text}`;
    states[source.id] = settleSource(
      s,
      { kind: 'failed', error, transient: isTransient(f) },
      now,
      deps.random(),
    );
    return f;
  };
  const addr = directAddress(source, deps.directSourceUrls ?? {});
  if (!addr.ok) return failed({ kind: 'url', reason: addr.reason });
  const got = await fetchCapped(deps.fetch, {
    url: addr.url,
    maxBytes: deps.maxBytes ?? source.maxBytes,
    timeoutMs: deps.timeoutMs ?? FETCH_TIMEOUT_MS,
    etag: s.etag,
    lastModified: s.lastModified,
  });
  if (got.kind === 'not-modified') {
    states[source.id] = settleSource(s, { kind: 'unchanged' }, now, deps.random());
    return null;
  }
  if (got.kind === 'failed') return failed(got.failure);
  const sha256 = await sha256Hex(got.bytes);
  const { etag, lastModified } = got;
  if (sha256 === s.sha256) {
    states[source.id] = settleSource(s, { kind: 'unchanged', etag, lastModified }, now, deps.random());
    return null;
  }
  try {
    const { file } = source;
    const batch = source.parse(new TextDecoder('utf-8', { fatal: true }).decode(got.bytes), file);
    if (batch.records.length === 0) throw new Error(`${file}: no entries from any list this extension knows`);
    return {
      source,
      batch: toDirectBatch(source, batch, { sha256, now }),
      applied: { sha256, etag, lastModified },
    };
  } catch (err) {
    return failed({ kind: 'invalid', detail: detail(err) });
  }
}

/**
 * Checks every due official source and merges the changed files into the list in use. `states` (the updater
 * record's per-source bookkeeping) is updated in place. Unchanged when nothing changed; failed only when every due
 * source failed.
 */
export async function obtainDirectSources(
  deps: UpdaterDeps,
  states: States,
  cp: Checkpoint,
): Promise<Obtained> {
  cp('fetch');
  const fetched: Fetched[] = [];
  let firstFailure: UpdateFailure | null = null;
  for (const source of DIRECT_SOURCES) {
    if (!isSourceDue(states[source.id] ?? EMPTY_SOURCE_STATE, deps.now())) continue;
    const r = await fetchSource(deps, source, states);
    if (r && 'batch' in r) fetched.push(r);
    else if (r) firstFailure ??= r;
  }
  cp('downloaded');
  if (fetched.length === 0) return firstFailure ? fail(firstFailure) : { kind: 'unchanged' };
  const now = deps.now();
  const settle = (x: Fetched, f: UpdateFailure | null) => {
    const s = states[x.source.id] ?? EMPTY_SOURCE_STATE;
    const outcome = f
      ? { kind: 'failed' as const, error: `${x.source.label}: ${describeFailure(f)}`, transient: false }
      : { kind: 'applied' as const, ...x.applied };
    states[x.source.id] = settleSource(s, outcome, now, deps.random());
  };
  try {
    const current = await currentFeed(deps);
    const { feed, refused } = combineDirect(
      current,
      fetched.map((f) => f.batch),
      now,
    );
    let failure: UpdateFailure | null = null;
    for (const x of fetched) {
      const why = refused.get(x.source.id);
      const f: UpdateFailure | null = why === undefined ? null : { kind: 'invalid', detail: why };
      failure ??= f;
      settle(x, f);
    }
    if (!feed) return fail(failure ?? { kind: 'invalid', detail: 'no file could be merged' });
    const feedHash = await sha256Hex(utf8Encode(serializeFeed(feed)));
    cp('validated');
    return {
      kind: 'got',
      payload: { feed, feedHash, origin: 'direct', sourceUrl: null, etag: null, lastModified: null },
    };
  } catch (err) {
    const f: UpdateFailure = { kind: 'invalid', detail: detail(err) };
    for (const x of fetched) settle(x, f);
    return fail(f);
  }
}
