// Where a new list comes from: the signed feed (download, signature, validation) or, in direct mode, the official
// Consolidated Screening List bulk file compiled with the same adapter as the list compiler.
import { checkListUrl, signatureUrl } from '../core/update/url-rules.ts';
import type { UpdateFailure } from '../core/update/failure.ts';
import { buildDirectFeed } from '../core/update/direct-csl.ts';
import type { Feed } from '../core/list/format.ts';
import { MAX_FEED_BYTES, validateFeed } from '../core/feed/validate-feed.ts';
import { verifyFeedSignature } from '../core/feed/signature.ts';
import { fetchCapped, type CappedResponse } from './fetch-capped.ts';
import { sha256Hex } from '../core/feed/platform.ts';
import { parseFeedBytes } from '../core/list/parse.ts';
import type { Checkpoint, ListPayload } from './list-swap.ts';
import type { LoadedList } from './list-store.ts';
import type { UpdaterDeps } from './update-deps.ts';

export const MAX_SIGNATURE_BYTES = 4096;
export const FETCH_TIMEOUT_MS = 60_000;
/** The official CSL bulk file is larger than our compiled feed. */
export const MAX_DIRECT_BYTES = 160 * 1_048_576;

export type Attempt =
  { kind: 'unchanged' } | { kind: 'applied'; list: LoadedList } | { kind: 'failed'; f: UpdateFailure };
export type Obtained = Attempt | { kind: 'got'; payload: ListPayload };
export const fail = (f: UpdateFailure): Attempt => ({ kind: 'failed', f });
const detail = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function download(deps: UpdaterDeps, url: string, maxBytes: number): Promise<CappedResponse> {
  const same = deps.current.meta.sourceUrl === url;
  return fetchCapped(deps.fetch, {
    url,
    maxBytes: deps.maxBytes ?? maxBytes,
    timeoutMs: deps.timeoutMs ?? FETCH_TIMEOUT_MS,
    etag: same ? deps.current.meta.etag : null,
    lastModified: same ? deps.current.meta.lastModified : null,
  });
}

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

/** Downloads the feed and its signature, verifies it against the trusted keys and validates it. */
export async function obtainSigned(deps: UpdaterDeps, cp: Checkpoint): Promise<Obtained> {
  const allowed = checkListUrl(deps.feedUrl);
  if (!allowed.ok) return fail({ kind: 'url', reason: allowed.reason });
  cp('fetch');
  const got = await download(deps, allowed.url, MAX_FEED_BYTES);
  cp('downloaded');
  if (got.kind === 'not-modified') return { kind: 'unchanged' };
  if (got.kind === 'failed') return fail(got.failure);
  const sig = await fetchSignature(deps, allowed.url);
  if (typeof sig !== 'string') return fail(sig);
  cp('signature-downloaded');
  if (!(await verifyFeedSignature(got.bytes, sig, deps.publicKeys))) return fail({ kind: 'bad-signature' });
  cp('verified');
  let feed: Feed;
  try {
    // A version beyond tomorrow's would make every later real feed look older (core/feed/bounds.ts).
    feed = parseFeedBytes(got.bytes, { now: deps.now() });
  } catch (err) {
    return fail({ kind: 'invalid', detail: detail(err) });
  }
  cp('validated');
  const { etag, lastModified } = got;
  const feedHash = await sha256Hex(got.bytes);
  return {
    kind: 'got',
    payload: { feed, feedHash, origin: 'feed', sourceUrl: allowed.url, etag, lastModified },
  };
}

/** The list in use as a Feed (entries read back from the database), for direct mode's merge. */
async function currentFeed(deps: UpdaterDeps): Promise<Feed> {
  const { meta } = deps.current;
  const entries = await deps.db.getAll('entries');
  const { version, dataDate, generated, lists } = meta;
  return { format: 1, version, dataDate, generated, lists, sources: meta.provenance ?? [], entries };
}

/** Downloads the official CSL bulk file (HTTPS, no signature exists) and merges it into the list in use. */
export async function obtainDirect(deps: UpdaterDeps, cp: Checkpoint): Promise<Obtained> {
  const allowed = checkListUrl(deps.directUrl ?? '');
  if (!allowed.ok) return fail({ kind: 'url', reason: allowed.reason });
  cp('fetch');
  const got = await download(deps, allowed.url, MAX_DIRECT_BYTES);
  cp('downloaded');
  if (got.kind === 'not-modified') return { kind: 'unchanged' };
  if (got.kind === 'failed') return fail(got.failure);
  const feedHash = await sha256Hex(got.bytes);
  if (feedHash === deps.current.meta.feedHash) return { kind: 'unchanged' };
  let feed: Feed;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(got.bytes);
    const today = new Date(deps.now()).toISOString().slice(0, 10);
    const file = new URL(allowed.url).pathname.split('/').pop() || 'consolidated.json';
    feed = validateFeed(
      buildDirectFeed({ text, file, sha256: feedHash, current: await currentFeed(deps), today }),
    );
  } catch (err) {
    return fail({ kind: 'invalid', detail: detail(err) });
  }
  cp('validated');
  const { etag, lastModified } = got;
  return {
    kind: 'got',
    payload: { feed, feedHash, origin: 'direct', sourceUrl: allowed.url, etag, lastModified },
  };
}
