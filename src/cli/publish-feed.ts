import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildManifest } from '../core/feed/manifest.ts';
import { utf8Encode } from '../core/feed/platform.ts';
import { publicKeyOf, signFeedBytes, verifyFeedSignature } from '../core/feed/signature.ts';
import { validateFeed } from '../core/feed/validate-feed.ts';
import { compileFeed } from '../core/list/compile.ts';
import type { Feed } from '../core/list/format.ts';
import { assertUserText } from '../core/list/user-text.ts';
import { parseFeed } from '../core/list/parse.ts';
import { isFutureVersion } from '../core/list/version.ts';
import { serializeFeed } from '../core/list/serialize.ts';
import { InputError, parseCli, runIfScript, type Command, UsageError, writeAtomic } from './cli-util.ts';
import { loadSources, parseSourceSpec } from './load-sources.ts';
import { readPrevious } from './bundled-snapshot.ts';
import { writePatches } from './publish-patches.ts';

const USAGE = `Usage: npm run publish-feed -- --key KEYFILE --out DIR [options] [ADAPTER=PATH[,PATH…] …]

Compiles the given sources (or takes --feed FILE as it is), signs it, and writes the files a static host serves:
DIR/feed.json, DIR/feed.json.sig (base64 Ed25519 signature of feed.json), DIR/feed-manifest.json and its signature
DIR/feed-manifest.json.sig, and DIR/patches/<from>-<to>.json from the last N releases kept in DIR/releases/.

Options:
  --key FILE           private key from npm run keygen (ed25519-pkcs8:…)
  --out DIR            output folder
  --feed FILE          sign this compiled feed instead of compiling sources
  --name NAME          output file name (default feed.json; manifest is NAME without .json + -manifest.json)
  --previous FILE      the feed currently published: keeps ids and makes the version increase
                       (default: the bundled snapshot, so the feed is newer than what a fresh install has)
  --shrink-reason TEXT say why this release drops many entries
  --generated ISO      timestamp to record as "generated"
  --patches N          patches from the last N releases in DIR/releases (default 7; 0 = none)`;

async function buildFeed(values: Record<string, string | undefined>, positionals: string[]): Promise<Feed> {
  if (values.feed) {
    if (positionals.length > 0) throw new UsageError('give either --feed or sources, not both');
    const given = parseFeed(readFileSync(values.feed, 'utf8'));
    if (isFutureVersion(given.version, Date.now()))
      throw new InputError(
        `${values.feed}: version ${given.version} lies after tomorrow; clients would refuse it`,
      );
    return given;
  }
  if (positionals.length === 0) throw new UsageError('give sources to compile (ADAPTER=PATH) or --feed FILE');
  const sources = await loadSources(positionals.map(parseSourceSpec), resolve('.'));
  const previous = readPrevious(values.previous);
  const { feed } = compileFeed(sources, {
    ...(previous ? { previous } : {}),
    ...(values.generated ? { generated: values.generated } : {}),
    ...(values['shrink-reason'] ? { shrinkReason: values['shrink-reason'] } : {}),
    builtAt: Date.now(),
  });
  return feed;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseCli(
    argv,
    {
      key: { type: 'string' },
      out: { type: 'string' },
      feed: { type: 'string' },
      name: { type: 'string', default: 'feed.json' },
      previous: { type: 'string' },
      'shrink-reason': { type: 'string' },
      generated: { type: 'string' },
      patches: { type: 'string', default: '7' },
    },
    true,
  );
  if (!values.key || !values.out) throw new UsageError('--key and --out are required');
  let privateKey: string;
  try {
    privateKey = readFileSync(values.key, 'utf8').trim();
  } catch {
    throw new InputError(`${values.key}: cannot read the private key`);
  }
  if (!privateKey.startsWith('ed25519-pkcs8:'))
    throw new InputError(`${values.key}: not a private key from npm run keygen`);
  const feed = await buildFeed(values, positionals);
  assertUserText(feed);
  const text = serializeFeed(feed);
  validateFeed(JSON.parse(text));
  const bytes = utf8Encode(text);
  const signature = await signFeedBytes(bytes, privateKey);
  const publicKey = await publicKeyOf(privateKey);
  if (!(await verifyFeedSignature(bytes, signature, [publicKey])))
    throw new InputError('signature check failed after signing');
  const count = Number(values.patches);
  if (!Number.isInteger(count) || count < 0)
    throw new UsageError(`--patches "${values.patches}" is not a count`);
  const patches = await writePatches(values.out, feed, bytes, count);
  const manifest = await buildManifest(feed, bytes, { full: values.name, patches });
  const manifestBytes = utf8Encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const base = values.name.replace(/\.json$/, '');
  writeAtomic(join(values.out, values.name), bytes);
  writeAtomic(join(values.out, `${values.name}.sig`), `${signature}\n`);
  writeAtomic(join(values.out, `${base}-manifest.json`), manifestBytes);
  writeAtomic(
    join(values.out, `${base}-manifest.json.sig`),
    `${await signFeedBytes(manifestBytes, privateKey)}\n`,
  );
  process.stderr.write(
    `wrote ${values.name}, ${values.name}.sig, ${base}-manifest.json to ${values.out}\n` +
      `version ${feed.version}, ${feed.entries.length} entries, ${bytes.byteLength} bytes, signed by ${publicKey}\n` +
      `${patches.length} patch(es): ${patches.map((p) => `from ${p.from} ${p.bytes} bytes`).join(', ') || 'none'}\n`,
  );
}

/** The command, for in-process use (tests). */
export const command: Command = { usage: USAGE, main };

await runIfScript(import.meta.url, command);
