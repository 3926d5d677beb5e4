// Checks a feed folder the way the extension will: feed.json against feed.json.sig with the public keys the
// extension trusts (the pinned project keys by default, or --key for an organisation's own), and the feed's shape.
// Used by the publishing workflow before anything is uploaded.
//   tsx scripts/verify-feed.ts DIR|FEED.json [--key ed25519:…|KEYFILE …]   (DIR means DIR/feed.json)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyFeedSignature } from '../src/core/feed/signature.ts';
import { validateFeed } from '../src/core/feed/validate-feed.ts';
import { PINNED_FEED_KEYS } from '../src/core/feed/pinned-keys.ts';

function keyText(arg: string): string {
  return existsSync(arg) ? readFileSync(arg, 'utf8').trim() : arg.trim();
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { key: { type: 'string', multiple: true } },
    allowPositionals: true,
  });
  const target = positionals[0];
  if (!target) {
    console.error('usage: tsx scripts/verify-feed.ts DIR|FEED.json [--key ed25519:…|KEYFILE …]');
    return 2;
  }
  const file = target.endsWith('.json') ? target : join(target, 'feed.json');
  const keys = values.key?.length ? values.key.map(keyText) : [...PINNED_FEED_KEYS];
  const bytes = new Uint8Array(readFileSync(file));
  const sig = readFileSync(`${file}.sig`, 'utf8').trim();
  if (!(await verifyFeedSignature(bytes, sig, keys))) {
    console.error(`${file}: the signature does not verify with ${keys.join(', ')}`);
    return 1;
  }
  const feed = validateFeed(JSON.parse(new TextDecoder().decode(bytes)));
  console.log(`${file}: signature ok, version ${feed.version}, ${feed.entries.length} entries`);
  return 0;
}

process.exitCode = await main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  return 1;
});
