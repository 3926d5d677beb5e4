import { describe, expect, test } from 'vitest';
import { fetchCapped, type FetchFn } from './fetch-capped.ts';

const req = { url: 'https://h.example/feed.json', maxBytes: 1000, timeoutMs: 1000 };

function streamOf(chunks: number, size: number, pulled: { n: number }): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(ctrl) {
      if (pulled.n >= chunks) return ctrl.close();
      pulled.n += 1;
      ctrl.enqueue(new Uint8Array(size));
    },
  });
}

describe('fetchCapped', () => {
  test('reads a body under the cap and returns the validators', async () => {
    const f: FetchFn = async () =>
      new Response('{"a":1}', { headers: { etag: '"e"', 'last-modified': 'x' } });
    expect(await fetchCapped(f, req)).toEqual({
      kind: 'ok',
      bytes: new TextEncoder().encode('{"a":1}'),
      etag: '"e"',
      lastModified: 'x',
    });
  });
  test('stops reading a stream as soon as it passes the cap', async () => {
    const pulled = { n: 0 };
    const f: FetchFn = async () => new Response(streamOf(10_000, 100, pulled));
    const got = await fetchCapped(f, req);
    expect(got).toEqual({ kind: 'failed', failure: { kind: 'too-large', limitBytes: 1000 } });
    expect(pulled.n).toBeLessThan(20);
  });
  test('refuses a declared length over the cap without reading', async () => {
    const pulled = { n: 0 };
    const f: FetchFn = async () =>
      new Response(streamOf(10, 100, pulled), { headers: { 'content-length': '5000000' } });
    expect((await fetchCapped(f, req)).kind).toBe('failed');
    expect(pulled.n).toBeLessThanOrEqual(1);
  });
  test('sends validators and reports 304 and HTTP errors', async () => {
    let sent: Headers | null = null;
    const f: FetchFn = async (_u, init) => {
      sent = new Headers(init.headers);
      return new Response(null, { status: 304 });
    };
    expect(await fetchCapped(f, { ...req, etag: '"v1"', lastModified: 'Mon' })).toEqual({
      kind: 'not-modified',
    });
    expect(sent!.get('if-none-match')).toBe('"v1"');
    expect(sent!.get('if-modified-since')).toBe('Mon');
    const e: FetchFn = async () => new Response('no', { status: 404 });
    expect(await fetchCapped(e, req)).toEqual({ kind: 'failed', failure: { kind: 'http', status: 404 } });
  });
  test('a redirect to plain HTTP elsewhere is refused', async () => {
    const f: FetchFn = async () => {
      const res = new Response('{}');
      Object.defineProperty(res, 'redirected', { value: true });
      Object.defineProperty(res, 'url', { value: 'http://evil.example/feed.json' });
      return res;
    };
    const got = await fetchCapped(f, req);
    expect(got.kind === 'failed' && got.failure.kind).toBe('url');
  });
  test('network errors and time-outs are told apart', async () => {
    const down: FetchFn = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await fetchCapped(down, req)).toEqual({ kind: 'failed', failure: { kind: 'network' } });
    const hang: FetchFn = (_u, init) =>
      new Promise((_r, reject) => init.signal?.addEventListener('abort', () => reject(new Error('abort'))));
    expect(await fetchCapped(hang, { ...req, timeoutMs: 20 })).toEqual({
      kind: 'failed',
      failure: { kind: 'timeout', seconds: 0 },
    });
  });
});
