// The worker's downloads: a time limit, conditional requests, checked redirects, and the size cap of
// shared/read-capped.ts.
import type { UpdateFailure } from '../core/update/failure.ts';
import { checkListUrl } from '../core/update/url-rules.ts';
import { readCapped } from '../shared/read-capped.ts';

export interface CappedRequest {
  url: string;
  maxBytes: number;
  timeoutMs: number;
  etag?: string | null;
  lastModified?: string | null;
}

export type CappedResponse =
  | { kind: 'not-modified' }
  | { kind: 'ok'; bytes: Uint8Array; etag: string | null; lastModified: string | null }
  | { kind: 'failed'; failure: UpdateFailure };

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

/** GETs `url` conditionally; never throws: every problem comes back as an UpdateFailure. */
export async function fetchCapped(fetchFn: FetchFn, req: CappedRequest): Promise<CappedResponse> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), req.timeoutMs);
  const headers: Record<string, string> = {};
  if (req.etag) headers['If-None-Match'] = req.etag;
  if (req.lastModified) headers['If-Modified-Since'] = req.lastModified;
  try {
    // no-store: our own validators decide freshness, not the HTTP cache; no credentials to other hosts.
    const res = await fetchFn(req.url, {
      headers,
      signal: ctrl.signal,
      cache: 'no-store',
      credentials: 'omit',
    });
    // Redirects are fine (static hosts and CDNs use them) but must land on an allowed address too.
    const landed = res.redirected && res.url ? checkListUrl(res.url) : null;
    if (landed && !landed.ok) {
      await res.body?.cancel().catch(() => undefined);
      return { kind: 'failed', failure: { kind: 'url', reason: `redirected: ${landed.reason}` } };
    }
    if (res.status === 304) return { kind: 'not-modified' };
    if (!res.ok) return { kind: 'failed', failure: { kind: 'http', status: res.status } };
    const bytes = await readCapped(res, req.maxBytes);
    if (!bytes) return { kind: 'failed', failure: { kind: 'too-large', limitBytes: req.maxBytes } };
    return {
      kind: 'ok',
      bytes,
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    };
  } catch {
    if (ctrl.signal.aborted)
      return { kind: 'failed', failure: { kind: 'timeout', seconds: Math.round(req.timeoutMs / 1000) } };
    return { kind: 'failed', failure: { kind: 'network' } };
  } finally {
    clearTimeout(timer);
  }
}
