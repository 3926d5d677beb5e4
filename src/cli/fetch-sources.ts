// Downloads the official list files for `compile-list --fetch`: time limit, size cap and retries per file, written
// atomically into a work directory. All decisions (what to retry, when to refuse) are made in core/publish.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FetchPlan, FetchSourceSpec } from '../core/publish/fetch-plan.ts';
import type { SourceOutcome } from '../core/publish/publish-check.ts';
import {
  describeFetchFailure,
  parseRetryAfter,
  planRetry,
  type FetchFailure,
  type RetryPolicy,
} from '../core/publish/retry-plan.ts';
import { checkListUrl } from '../core/update/url-rules.ts';
import { dataDateFromHeaders } from '../core/publish/data-date.ts';
import { readCapped } from '../shared/read-capped.ts';

export interface FetchDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  log: (line: string) => void;
}

export const NODE_DEPS: FetchDeps = {
  fetch: (...args) => fetch(...args),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  log: (line) => console.error(line),
};

class FetchFailed extends Error {
  constructor(readonly failure: FetchFailure) {
    super(describeFetchFailure(failure));
  }
}

async function readAll(res: Response, maxBytes: number): Promise<Uint8Array> {
  const bytes = await readCapped(res, maxBytes);
  if (!bytes) throw new FetchFailed({ kind: 'too-large', limitBytes: maxBytes });
  if (bytes.byteLength === 0) throw new FetchFailed({ kind: 'empty' });
  return bytes;
}

const MAX_REDIRECTS = 5;

// Redirects are followed by hand so that each hop is checked before it is requested: never off HTTPS (loopback
// excepted, for tests), never more than a few.
async function fetchFollowing(url: string, signal: AbortSignal, deps: FetchDeps): Promise<Response> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const res = await deps.fetch(current, { signal, redirect: 'manual', headers: { accept: '*/*' } });
    const location = res.headers.get('location');
    if (res.status < 300 || res.status > 399 || !location) return res;
    await res.body?.cancel();
    const next = checkListUrl(new URL(location, current).href);
    if (!next.ok) throw new FetchFailed({ kind: 'network', detail: `redirect refused: ${next.reason}` });
    current = next.url;
  }
  throw new FetchFailed({ kind: 'network', detail: `more than ${MAX_REDIRECTS} redirects` });
}

/** One attempt: the whole file within `timeoutMs`, at most `maxBytes`; throws FetchFailed. */
async function attempt(url: string, spec: FetchSourceSpec, deps: FetchDeps): Promise<Downloaded> {
  const signal = AbortSignal.timeout(spec.timeoutMs);
  try {
    const res = await fetchFollowing(url, signal, deps);
    if (!res.ok) {
      await res.body?.cancel();
      const retryAfter = parseRetryAfter(res.headers.get('retry-after'));
      throw new FetchFailed({
        kind: 'http',
        status: res.status,
        ...(retryAfter ? { retryAfterSeconds: retryAfter } : {}),
      });
    }
    return { bytes: await readAll(res, spec.maxBytes), lastModified: res.headers.get('last-modified') };
  } catch (err) {
    if (err instanceof FetchFailed) throw err;
    if (signal.aborted)
      throw new FetchFailed({ kind: 'timeout', seconds: Math.round(spec.timeoutMs / 100) / 10 });
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    throw new FetchFailed({
      kind: 'network',
      detail: cause ?? (err instanceof Error ? err.message : String(err)),
    });
  }
}

interface Downloaded {
  bytes: Uint8Array;
  lastModified: string | null;
}

/** Downloads one file with retries; returns its bytes, or throws with the last failure and the attempt count. */
export async function downloadWithRetries(
  url: string,
  spec: FetchSourceSpec,
  retry: RetryPolicy,
  deps: FetchDeps,
): Promise<Downloaded> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(url, spec, deps);
    } catch (err) {
      const failure = (err as FetchFailed).failure;
      const next = planRetry(n, failure, retry);
      if (!next.retry)
        throw new Error(`${describeFetchFailure(failure)} (${n} attempt${n === 1 ? '' : 's'})`, {
          cause: err,
        });
      deps.log(
        `  ${url}: ${describeFetchFailure(failure)}; retrying in ${Math.round(next.delayMs / 1000)} s`,
      );
      await deps.sleep(next.delayMs);
    }
  }
}

/** A downloaded source, ready for the compiler: adapter, files, and the data date its files do not state. */
export interface FetchedSource {
  id: string;
  adapter: string;
  paths: string[];
  dataDate: string;
}

async function fetchSource(spec: FetchSourceSpec, plan: FetchPlan, dir: string, deps: FetchDeps, now: Date) {
  const sourceDir = join(dir, spec.id);
  await mkdir(sourceDir, { recursive: true });
  const paths: string[] = [];
  const stamps: (string | null)[] = [];
  for (const file of spec.files) {
    try {
      const { bytes, lastModified } = await downloadWithRetries(file.url, spec, plan.retry, deps);
      const path = join(sourceDir, file.name);
      // Written under a temporary name first: a killed run never leaves a half file that looks complete.
      await writeFile(`${path}.part`, bytes);
      await rename(`${path}.part`, path);
      deps.log(`  ${spec.id}/${file.name}: ${bytes.byteLength} bytes`);
      paths.push(path);
      stamps.push(lastModified);
    } catch (err) {
      const outcome: SourceOutcome = {
        id: spec.id,
        ok: false,
        reason: `${file.name}: ${(err as Error).message}`,
      };
      return { outcome };
    }
  }
  const dataDate = dataDateFromHeaders(stamps, now.toISOString());
  const source: FetchedSource = { id: spec.id, adapter: spec.adapter, paths, dataDate };
  return { outcome: { id: spec.id, ok: true } as SourceOutcome, source };
}

export interface FetchRun {
  outcomes: SourceOutcome[];
  /** The sources that downloaded completely, in plan order. */
  sources: FetchedSource[];
}

/**
 * Downloads every source of `plan` into `dir/<source id>/`, sources in parallel, files of a source in turn. `now`
 * dates files whose server sends no Last-Modified.
 */
export async function fetchSources(
  plan: FetchPlan,
  dir: string,
  now: Date,
  deps: FetchDeps = NODE_DEPS,
): Promise<FetchRun> {
  deps.log(`fetching ${plan.sources.length} sources into ${dir}`);
  const results = await Promise.all(plan.sources.map((s) => fetchSource(s, plan, dir, deps, now)));
  return {
    outcomes: results.map((r) => r.outcome),
    sources: results.flatMap((r) => (r.source ? [r.source] : [])),
  };
}
