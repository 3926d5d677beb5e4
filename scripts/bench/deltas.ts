// Bytes on the wire for one feed update, measured through a real HTTP exchange on 127.0.0.1 (gzip as a static
// host or CDN serves JSON, ETag validators): the full feed, a patch for a typical day's changes, and a 304.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildManifest } from '../../src/core/feed/manifest.ts';
import { makePatch } from '../../src/core/feed/patch.ts';
import { sha256Hex, utf8Encode } from '../../src/core/feed/platform.ts';
import { validateFeed } from '../../src/core/feed/validate-feed.ts';
import type { Entry, Feed } from '../../src/core/list/format.ts';
import { serializeFeed } from '../../src/core/list/serialize.ts';

/** A typical day on the lists: 12 companies added to the Entity List, 2 removed, 5 listings changing status. */
export function typicalDay(base: Feed): Feed {
  const added: Entry[] = Array.from({ length: 12 }, (_, i) => ({
    id: `company-added-${i}`,
    kind: 'company',
    names: [
      { text: `Shenzhen Newly Listed Electronics ${i} Co., Ltd.`, type: 'legal' },
      { text: `Newly Listed ${i}`, type: 'alias' },
    ],
    countries: ['CN'],
    domains: [],
    parents: [],
    listings: [{ list: 'US-BIS-EL', status: 'in_force', dateListed: '2026-12-02', citation: '91 FR 12345' }],
  }));
  const entries = base.entries
    .slice(2)
    .map((e, i) =>
      i % 2800 === 11 ? { ...e, listings: e.listings.map((l) => ({ ...l, status: 'removed' as const })) } : e,
    );
  const all = [...entries, ...added].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...base, version: base.version + 1, entries: all };
}

type Files = Map<string, { body: Uint8Array; etag: string }>;

function serve(files: Files, req: IncomingMessage, res: ServerResponse): void {
  const f = files.get(req.url ?? '');
  if (!f) return void res.writeHead(404).end();
  if (req.headers['if-none-match'] === f.etag) return void res.writeHead(304, { etag: f.etag }).end();
  const gz = /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gz ? gzipSync(f.body, { level: 9 }) : f.body;
  res.writeHead(200, {
    'content-type': 'application/json',
    etag: f.etag,
    ...(gz ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(body);
}

/** Runs requests one at a time on fresh connections and returns the bytes both ways. */
async function wire(files: Files, requests: { path: string; etag?: string }[]): Promise<number> {
  let bytes = 0;
  const server = createServer((req, res) => serve(files, req, res));
  server.on('connection', (s: Socket) => s.on('close', () => (bytes += s.bytesRead + s.bytesWritten)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  for (const { path, etag } of requests) {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      headers: { connection: 'close', ...(etag ? { 'if-none-match': etag } : {}) },
    });
    await res.arrayBuffer();
  }
  await new Promise<void>((r) => server.close(() => r()));
  return bytes;
}

/** Prints bytes per update: full feed (what clients without patch support fetch), patch path and a 304. */
export async function benchDeltas(snapshotPath: string): Promise<void> {
  const base = validateFeed(JSON.parse(readFileSync(snapshotPath, 'utf8')));
  const next = typicalDay(base);
  const baseBytes = utf8Encode(serializeFeed(base));
  const nextBytes = utf8Encode(serializeFeed(next));
  const patch = utf8Encode(
    `${JSON.stringify(makePatch(base, await sha256Hex(baseBytes), next, await sha256Hex(nextBytes)))}\n`,
  );
  const ref = {
    from: base.version,
    fromSha256: await sha256Hex(baseBytes),
    url: 'patches/p.json',
    bytes: patch.byteLength,
  };
  const manifest = utf8Encode(
    `${JSON.stringify(await buildManifest(next, nextBytes, { full: 'feed.json', patches: [ref] }), null, 2)}\n`,
  );
  const sig = utf8Encode(`${'A'.repeat(86)}==\n`);
  const files: Files = new Map([
    ['/feed.json', { body: nextBytes, etag: '"f2"' }],
    ['/feed.json.sig', { body: sig, etag: '"s2"' }],
    ['/feed-manifest.json', { body: manifest, etag: '"m2"' }],
    ['/feed-manifest.json.sig', { body: sig, etag: '"ms2"' }],
    ['/patches/p.json', { body: patch, etag: '"p"' }],
  ]);
  const fullGz = gzipSync(nextBytes, { level: 9 }).byteLength;
  const full = await wire(files, [{ path: '/feed.json' }, { path: '/feed.json.sig' }]);
  const viaPatch = await wire(files, [
    { path: '/feed-manifest.json' },
    { path: '/feed-manifest.json.sig' },
    { path: '/patches/p.json' },
  ]);
  const notModified = await wire(files, [{ path: '/feed-manifest.json', etag: '"m2"' }]);
  const pct = (n: number) => `${((100 * n) / fullGz).toFixed(2)} %`;
  console.log(
    `feed update for a typical day (12 added, 2 removed, 5 status changes; ${next.entries.length} entries):`,
  );
  console.log(`  full feed gzipped ${fullGz} bytes (${nextBytes.byteLength} uncompressed)`);
  console.log(`  full download (feed + signature), on the wire: ${full} bytes`);
  console.log(
    `  patch path (manifest + its signature + patch), on the wire: ${viaPatch} bytes = ${pct(viaPatch)} of the gzipped feed (goal ≤ 5 %)`,
  );
  console.log(
    `  nothing new (manifest answered 304), on the wire: ${notModified} bytes = ${pct(notModified)}`,
  );
}
