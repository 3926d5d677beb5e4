// The background's one import point for feed signature checks, validation and pinned keys. Until src/core/feed
// exists this holds a stand-in with the same signatures.
import type { Feed } from '../core/list/format.ts';

export const PINNED_FEED_KEYS: readonly string[] = [];

export class FeedError extends Error {}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64.trim());
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export async function verifyFeedSignature(
  bytes: Uint8Array,
  sigB64: string,
  keys: string[],
): Promise<boolean> {
  let sig: Uint8Array<ArrayBuffer>;
  try {
    sig = fromBase64(sigB64);
  } catch {
    return false;
  }
  for (const k of keys) {
    if (!k.startsWith('ed25519:')) continue;
    try {
      const key = await crypto.subtle.importKey('raw', fromBase64(k.slice(8)), { name: 'Ed25519' }, false, [
        'verify',
      ]);
      if (await crypto.subtle.verify({ name: 'Ed25519' }, key, sig, bytes as Uint8Array<ArrayBuffer>))
        return true;
    } catch {
      // A malformed key or signature is simply not a match.
    }
  }
  return false;
}

export function validateFeed(json: unknown): Feed {
  const f = json as Feed;
  if (!f || typeof f !== 'object' || f.format !== 1) throw new FeedError('unknown feed format');
  if (!Number.isInteger(f.version) || f.version < 1) throw new FeedError('version is not a positive integer');
  if (!Array.isArray(f.entries) || !Array.isArray(f.lists)) throw new FeedError('entries or lists missing');
  return f;
}
