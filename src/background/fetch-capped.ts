// Downloads with a time limit and a size cap, reading the body as a stream and aborting as soon as it passes the
// cap, so a hostile 200 MB answer is never held in memory.
import type { UpdateFailure } from '../core/update/failure.ts';
import { checkListUrl } from '../core/update/url-rules.ts';

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

async function readCapped(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

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
    const declared = Number(res.headers.get('content-length'));
    const tooLarge: CappedResponse = {
      kind: 'failed',
      failure: { kind: 'too-large', limitBytes: req.maxBytes },
    };
    if (declared > req.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      return tooLarge;
    }
    const bytes = res.body ? await readCapped(res.body, req.maxBytes) : new Uint8Array(0);
    if (!bytes) return tooLarge;
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
