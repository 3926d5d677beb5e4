// A feed host on 127.0.0.1 for update tests: signed feeds made at test time, conditional requests, hostile answers,
// and the organisation policy file that points the extension at it.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startServer, type TestServer } from './static-server.ts';
import { feedBytes, makeKey, type TestKey } from '../fixtures/make-feed.ts';
import type { Entry, Feed } from '../../src/core/list/format.ts';
import { DIST, EXTENSION_ID, launchWithExtension, type ExtensionBrowser } from './fixtures.ts';

export interface Published {
  bytes: Uint8Array;
  /** Base64 signature, or null for no signature file (404). */
  sig: string | null;
  etag?: string;
}

export interface FeedServer {
  server: TestServer;
  feedUrl: string;
  key: TestKey;
  /** Serves `feed` signed with the server's key (or `signWith`), after an optional byte-level change. */
  publish: (
    feed: Feed,
    opts?: { etag?: string; signWith?: TestKey; mutate?: (b: Uint8Array) => Uint8Array },
  ) => Promise<void>;
  /** Serves exactly these bytes and signature. */
  serve: (p: Published) => void;
  /** Answers every feed request with this status. */
  failWith: (status: number) => void;
  /** Streams `totalBytes` of JSON-looking data without a Content-Length; returns how many bytes actually left. */
  serveEndless: (totalBytes: number) => { sentBytes: () => number };
  /** Feed requests (not signature requests) seen so far, with their status. */
  feedHits: { ifNoneMatch?: string; status: number }[];
  close: () => Promise<void>;
}

function answerFeed(p: Published, hits: FeedServer['feedHits']) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const inm = req.headers['if-none-match'];
    if (p.etag && inm === p.etag) {
      hits.push({ ifNoneMatch: inm, status: 304 });
      return void res.writeHead(304, { etag: p.etag }).end();
    }
    hits.push({ ifNoneMatch: inm, status: 200 });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (p.etag) headers.etag = p.etag;
    res.writeHead(200, headers).end(Buffer.from(p.bytes));
  };
}

/** Starts the feed host. Its key is new for every run; nothing in the package knows it. */
export async function startFeedServer(dir: string): Promise<FeedServer> {
  const server = await startServer(dir);
  const key = await makeKey();
  const feedHits: FeedServer['feedHits'] = [];
  const serve = (p: Published) => {
    server.routes.set('/feed.json', answerFeed(p, feedHits));
    server.routes.set('/feed.json.sig', (_req, res) => {
      if (p.sig === null) return void res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': 'text/plain' }).end(p.sig);
    });
  };
  return {
    server,
    feedUrl: `${server.origin}/feed.json`,
    key,
    feedHits,
    serve,
    publish: async (feed, opts = {}) => {
      const signed = feedBytes(feed);
      const sig = await (opts.signWith ?? key).sign(signed);
      serve({ bytes: opts.mutate ? opts.mutate(signed) : signed, sig, etag: opts.etag });
    },
    failWith: (status) =>
      server.routes.set('/feed.json', (_req, res) => {
        feedHits.push({ status });
        res.writeHead(status).end(`error ${status}`);
      }),
    serveEndless: (totalBytes) => {
      let sent = 0;
      const chunk = Buffer.alloc(1 << 20, 0x20);
      server.routes.set('/feed.json', (_req, res) => {
        feedHits.push({ status: 200 });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"format":1,"pad":"');
        const pump = () => {
          while (sent < totalBytes && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end('"}');
        };
        pump();
      });
      server.routes.set('/feed.json.sig', (_req, res) => void res.writeHead(200).end('AAAA'));
      return { sentBytes: () => sent };
    },
    close: () => server.close(),
  };
}

const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Writes an organisation policy for the extension (Chromium reads it at launch) and returns its remover. The file
 * name is unique to this run; it is also removed if the test process exits early, because it applies machine-wide.
 */
export async function writeExtensionPolicy(
  extensionId: string,
  values: Record<string, unknown>,
): Promise<() => Promise<void>> {
  const file = join(POLICY_DIR, `sanctions-lens-e2e-${process.pid}-${Date.now()}.json`);
  await mkdir(POLICY_DIR, { recursive: true });
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }));
  const removeSync = () => rmSync(file, { force: true });
  process.once('exit', removeSync);
  return async () => {
    process.off('exit', removeSync);
    await rm(file, { force: true });
  };
}

/** The snapshot bundled in a build, as a Feed. */
export async function readSnapshot(dist: string): Promise<Feed> {
  return JSON.parse(await readFile(join(dist, 'lists/snapshot.json'), 'utf8')) as Feed;
}

export interface FeedSetup {
  ext: ExtensionBrowser;
  host: FeedServer;
  snapshot: Feed;
  close: () => Promise<void>;
}

/**
 * Starts a feed host, points the extension at it the way an organisation would (browser policy `feedUrl` and
 * `feedPublicKeys` with a key made for this run), and launches Chromium with the extension.
 */
export async function launchWithFeedPolicy(extra: Record<string, unknown> = {}): Promise<FeedSetup> {
  const snapshot = await readSnapshot(DIST);
  const host = await startFeedServer(await mkdtemp(join(tmpdir(), 'sl-feed-')));
  const removePolicy = await writeExtensionPolicy(EXTENSION_ID, {
    feedUrl: host.feedUrl,
    feedPublicKeys: [host.key.publicKey],
    ...extra,
  });
  try {
    const ext = await launchWithExtension();
    return {
      ext,
      host,
      snapshot,
      close: async () => {
        await ext.close();
        await host.close();
        await removePolicy();
      },
    };
  } catch (err) {
    await host.close();
    await removePolicy();
    throw err;
  }
}

/** The snapshot plus extra entries, as the next release. */
export function nextRelease(base: Feed, version: number, extra: Entry[]): Feed {
  return { ...base, version, generated: new Date(0).toISOString(), entries: [...base.entries, ...extra] };
}
