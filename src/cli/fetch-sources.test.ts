// The downloader against a real HTTP server on 127.0.0.1: retries, caps, timeouts, redirects, atomic files.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type TestServer } from '../../test/e2e/static-server.ts';
import { resolveFetchPlan } from '../core/publish/fetch-plan.ts';
import { fetchSources, type FetchDeps } from './fetch-sources.ts';

let server: TestServer;
let dir: string;
const logs: string[] = [];
const sleeps: number[] = [];
const NOW = new Date('2026-11-27T06:00:00Z');
const deps: FetchDeps = {
  fetch: (...args) => fetch(...args),
  sleep: async (ms) => void sleeps.push(ms),
  log: (line) => void logs.push(line),
};

beforeAll(async () => {
  server = await startServer(tmpdir());
  dir = await mkdtemp(join(tmpdir(), 'sl-fetch-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function plan(files: Record<string, string>, extra: Record<string, unknown> = {}) {
  const urls = Object.fromEntries(Object.entries(files).map(([name, path]) => [name, server.origin + path]));
  return resolveFetchPlan({
    only: ['t'],
    sources: { t: { adapter: 'csl', files: urls, timeoutMs: 1000, maxBytes: 1000, ...extra } },
    retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 },
  });
}

function hits(path: string): number {
  return server.requests.filter((r) => r.path === path).length;
}

describe('fetchSources', () => {
  test('downloads every file of a source, after retrying transient errors', async () => {
    let calls = 0;
    server.routes.set('/flaky.csv', (_req, res) => {
      calls++;
      if (calls < 3) return void res.writeHead(503, { 'retry-after': '0' }).end('busy');
      res.writeHead(200).end('a,b\n1,2\n');
    });
    server.routes.set('/moved', (_req, res) => void res.writeHead(302, { location: '/second.csv' }).end());
    server.routes.set(
      '/second.csv',
      (_req, res) => void res.writeHead(200, { 'last-modified': 'Fri, 31 Jul 2026 13:15:00 GMT' }).end('x\n'),
    );
    const run = await fetchSources(
      plan({ 'first.csv': '/flaky.csv', 'second.csv': '/moved' }),
      dir,
      NOW,
      deps,
    );
    expect(run.outcomes).toEqual([{ id: 't', ok: true }]);
    expect(run.sources).toEqual([
      {
        id: 't',
        adapter: 'csl',
        paths: [join(dir, 't', 'first.csv'), join(dir, 't', 'second.csv')],
        dataDate: '2026-07-31',
      },
    ]);
    expect(await readFile(join(dir, 't', 'first.csv'), 'utf8')).toBe('a,b\n1,2\n');
    expect(calls).toBe(3);
    expect(sleeps.slice(-2)).toEqual([10, 20]);
    expect((await readdir(join(dir, 't'))).sort()).toEqual(['first.csv', 'second.csv']); // no .part left
  });

  test('gives up at once on a 404, and after the last attempt on a persistent 500', async () => {
    server.routes.set('/gone', (_req, res) => void res.writeHead(404).end());
    server.routes.set('/down', (_req, res) => void res.writeHead(500).end());
    const gone = await fetchSources(plan({ 'a.csv': '/gone' }), dir, NOW, deps);
    expect(gone.outcomes[0]).toEqual({
      id: 't',
      ok: false,
      reason: 'a.csv: server answered 404 (1 attempt)',
    });
    const down = await fetchSources(plan({ 'a.csv': '/down' }), dir, NOW, deps);
    expect(down.outcomes[0]!.reason).toBe('a.csv: server answered 500 (3 attempts)');
    expect(hits('/down')).toBe(3);
  });

  test('refuses files over the size cap, declared or streamed, and empty files', async () => {
    server.routes.set('/big', (_req, res) => void res.writeHead(200).end('x'.repeat(5000)));
    server.routes.set('/big-chunked', (_req, res) => {
      res.writeHead(200);
      for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
      res.end();
    });
    server.routes.set('/empty', (_req, res) => void res.writeHead(200).end());
    for (const path of ['/big', '/big-chunked']) {
      const run = await fetchSources(plan({ 'a.csv': path }), dir, NOW, deps);
      expect(run.outcomes[0]!.reason).toMatch(/larger than the .* cap \(1 attempt\)/);
    }
    const empty = await fetchSources(plan({ 'a.csv': '/empty' }), dir, NOW, deps);
    expect(empty.outcomes[0]!.reason).toBe('a.csv: the server sent an empty file (1 attempt)');
  });

  test('times out a server that stalls mid-file, and retries it', async () => {
    server.routes.set('/stall', (_req, res) => {
      res.writeHead(200);
      res.write('partial');
    });
    const run = await fetchSources(plan({ 'a.csv': '/stall' }, { timeoutMs: 200 }), dir, NOW, deps);
    expect(run.outcomes[0]!.reason).toBe('a.csv: no complete answer within 0.2 s (3 attempts)');
  });

  test('refuses a redirect off HTTPS without following it', async () => {
    server.routes.set(
      '/downgrade',
      (_req, res) => void res.writeHead(301, { location: 'http://lists.example.org/a.csv' }).end(),
    );
    const run = await fetchSources(plan({ 'a.csv': '/downgrade' }), dir, NOW, deps);
    expect(run.outcomes[0]!.reason).toMatch(/redirect refused: lists.example.org must be reached over HTTPS/);
  });
});
