// Where a new list comes from: the signed feed (download, signature, validation). Direct mode's official sources
// are in direct-download.ts, the feed's patch path in feed-patch.ts.
import { checkListUrl, signatureUrl } from '../core/update/url-rules.ts';
import type { UpdateFailure } from '../core/update/failure.ts';
import type { Feed } from '../core/list/format.ts';
import { MAX_FEED_BYTES } from '../core/feed/validate-feed.ts';
import type { ListChange } from '../core/update/changes.ts';
import { verifyFeedSignature } from '../core/feed/signature.ts';
import { fetchCapped, type CappedResponse } from './fetch-capped.ts';
import { sha256Hex } from '../core/feed/platform.ts';
import { parseFeedBytes } from '../core/list/parse.ts';
import type { Checkpoint, ListPayload } from './list-swap.ts';
import type { LoadedList } from './list-store.ts';
import type { UpdaterDeps } from './update-deps.ts';

export const MAX_SIGNATURE_BYTES = 4096;
export const FETCH_TIMEOUT_MS = 60_000;

export type Attempt =
  | { kind: 'unchanged' }
  | { kind: 'applied'; list: LoadedList; change: ListChange | null }
  | { kind: 'failed'; f: UpdateFailure };
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
export async function obtainSigned(deps: UpdaterDeps, feedUrl: string, cp: Checkpoint): Promise<Obtained> {
  const allowed = checkListUrl(feedUrl);
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

/** The list in use as a Feed (entries read back from the database), for direct mode's merge and patches. */
export async function currentFeed(deps: UpdaterDeps): Promise<Feed> {
  const { meta } = deps.current;
  const entries = await deps.db.getAll('entries');
  const { version, dataDate, generated, lists } = meta;
  return { format: 1, version, dataDate, generated, lists, sources: meta.provenance ?? [], entries };
}
