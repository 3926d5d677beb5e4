// The automated feed end to end, against official-format files served on 127.0.0.1 (never the real hosts):
// `compile-list --fetch` rebuilds from the official sources (US, UN, EU, UK), `publish-feed` signs into a folder standing for
// the static host. A failing source and a shrunken source are refused and leave the published files untouched;
// healthy sources publish, and a new listing publishes a newer, verifiable version.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Feed } from '../../src/core/list/format.ts';
import { generateFeedKeyPair, verifyFeedSignature } from '../../src/core/feed/signature.ts';
import { startServer, type TestServer } from '../e2e/static-server.ts';
import { cslConsolidated, ofacNonSdn, ofacSdn, unConsolidated } from '../fixtures/official/make-official.ts';
import { fixture } from '../fixtures/sources/read-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LAST_MODIFIED = 'Fri, 31 Jul 2026 00:00:00 GMT';

interface Sizes {
  csl: number;
  sdn: number;
  nonSdn: number;
  un: number;
}
const HEALTHY: Sizes = { csl: 200, sdn: 60, nonSdn: 30, un: 20 };

let server: TestServer;
let work: string;
let site: string;
let keyFile: string;
let publicKey: string;

// Serves one state of the official publication points; `failing` answers 503 for every file of that source.
function serve(sizes: Sizes, failing?: string): void {
  const files: Record<string, Record<string, string>> = {
    'us-trade-csl': { 'consolidated.json': cslConsolidated(sizes.csl) },
    'us-ofac-sdn': ofacSdn(sizes.sdn),
    'us-ofac-consolidated-non-sdn': ofacNonSdn(sizes.nonSdn),
    'un-sc-consolidated': { 'consolidated.xml': unConsolidated(sizes.un) },
    'eu-fsf': { 'eu-fsf.xml': fixture('eu-fsf.xml') },
    'uk-sanctions-list': { 'uk-sanctions-list.csv': fixture('uk-sanctions-list.csv') },
  };
  const config: { sources: Record<string, { files: Record<string, string> }>; retry: object } = {
    sources: {},
    retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 },
  };
  for (const [id, byName] of Object.entries(files)) {
    config.sources[id] = { files: {} };
    for (const [name, body] of Object.entries(byName)) {
      const path = `/${id}/${name}`;
      config.sources[id].files[name] = server.origin + path;
      server.routes.set(path, (_req, res) => {
        if (id === failing) return void res.writeHead(503).end('maintenance');
        res.writeHead(200, { 'last-modified': LAST_MODIFIED }).end(body);
      });
    }
  }
  writeFileSync(join(work, 'sources.json'), JSON.stringify(config));
}

function run(script: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    child.on('close', (code) => done({ code: code ?? -1, stderr }));
  });
}

// What the scheduled workflow does: rebuild against the published feed, and sign and publish only on success.
async function rebuild(extra: string[] = []): Promise<{ code: number; stderr: string }> {
  const previous = join(site, 'feed.json');
  const built = join(work, 'feed.json');
  rmSync(built, { force: true });
  const compiled = await run('src/cli/compile-list.ts', [
    '--fetch',
    '--sources-config',
    join(work, 'sources.json'),
    '--fetch-dir',
    join(work, 'downloads'),
    ...(existsSync(previous) ? ['--previous', previous] : []),
    '--out',
    built,
    ...extra,
  ]);
  if (compiled.code !== 0) return compiled;
  return run('src/cli/publish-feed.ts', ['--key', keyFile, '--out', site, '--feed', built]);
}

function published(): { bytes: Buffer; feed: Feed; sig: string } {
  const bytes = readFileSync(join(site, 'feed.json'));
  return {
    bytes,
    feed: JSON.parse(bytes.toString('utf8')) as Feed,
    sig: readFileSync(join(site, 'feed.json.sig'), 'utf8'),
  };
}

beforeAll(async () => {
  server = await startServer(tmpdir());
  work = mkdtempSync(join(tmpdir(), 'sl-feed-work-'));
  site = join(work, 'site');
  const pair = await generateFeedKeyPair();
  keyFile = join(work, 'feed-key.private');
  writeFileSync(keyFile, pair.privateKey + '\n', { mode: 0o600 });
  publicKey = pair.publicKey;
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('fetch and publish', { timeout: 60_000 }, () => {
  test('all sources healthy: the feed is built from the official files, signed and published', async () => {
    serve(HEALTHY);
    const result = await rebuild();
    expect(result.stderr).toContain('wrote feed.json');
    expect(result.code, result.stderr).toBe(0);
    const { bytes, feed, sig } = published();
    expect(await verifyFeedSignature(bytes, sig.trim(), [publicKey])).toBe(true);
    // Provenance names the downloaded files relative to the download folder: the same on every run.
    const sdn = ['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv'].map((f) => `us-ofac-sdn/${f}`);
    const nonSdn = ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'].map(
      (f) => `us-ofac-consolidated-non-sdn/${f}`,
    );
    expect(feed.sources.map((s) => [s.id, s.file, s.records])).toEqual([
      ['eu-fsf', 'eu-fsf/eu-fsf.xml', 3],
      ['uk-sanctions-list', 'uk-sanctions-list/uk-sanctions-list.csv', 3],
      ['un-sc-consolidated', 'un-sc-consolidated/consolidated.xml', 20],
      ['us-ofac-consolidated-non-sdn', nonSdn.join(', '), 30],
      ['us-ofac-sdn', sdn.join(', '), 60],
      ['us-trade-csl', 'us-trade-csl/consolidated.json', 200],
    ]);
    expect(feed.entries.length).toBeGreaterThanOrEqual(300);
    expect(existsSync(join(site, 'feed-manifest.json'))).toBe(true);
  });

  test('one source failing: nothing is published, the last good feed stays', async () => {
    const before = published().bytes;
    serve(HEALTHY, 'un-sc-consolidated');
    const result = await rebuild();
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('refusing to publish');
    expect(result.stderr).toContain('un-sc-consolidated: consolidated.xml: server answered 503 (2 attempts)');
    expect(published().bytes.equals(before)).toBe(true);
    expect(
      server.requests.filter((r) => r.path === '/un-sc-consolidated/consolidated.xml').length,
    ).toBeGreaterThan(1);
  });

  test('one source shrinking implausibly: refused unless an operator explains it', async () => {
    const before = published().bytes;
    serve({ ...HEALTHY, csl: 40 });
    const refused = await rebuild();
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toContain('us-trade-csl: 40 records instead of 200 (−80 %)');
    expect(published().bytes.equals(before)).toBe(true);
  });

  test('healthy again with a new listing: a newer version is published and verifies', async () => {
    const before = published().feed;
    serve({ ...HEALTHY, csl: 201 });
    const result = await rebuild();
    expect(result.code, result.stderr).toBe(0);
    const { bytes, feed, sig } = published();
    expect(feed.version).toBeGreaterThan(before.version);
    expect(feed.entries.length).toBe(before.entries.length + 1);
    expect(await verifyFeedSignature(bytes, sig.trim(), [publicKey])).toBe(true);
  });

  test('an explained shrink is published with its reason in the feed', async () => {
    serve({ ...HEALTHY, csl: 40 });
    const result = await rebuild(['--shrink-reason', 'Entity List rows moved to a separate source']);
    expect(result.code, result.stderr).toBe(0);
    expect(published().feed.shrinkReason).toBe('Entity List rows moved to a separate source');
  });
});
