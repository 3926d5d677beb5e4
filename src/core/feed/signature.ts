import { fromBase64, subtle, toBase64 } from './platform.ts';

const ED25519 = { name: 'Ed25519' };
const PUBLIC_PREFIX = 'ed25519:';
const PRIVATE_PREFIX = 'ed25519-pkcs8:';

/** A key pair as text: public `ed25519:<base64 raw 32 bytes>`, private `ed25519-pkcs8:<base64 PKCS#8>`. */
export interface FeedKeyPair {
  publicKey: string;
  privateKey: string;
}

/** Decodes `ed25519:<base64>` into its 32 raw bytes; undefined when the text is not such a key. */
export function decodePublicKey(text: string): Uint8Array | undefined {
  if (!text.startsWith(PUBLIC_PREFIX)) return undefined;
  try {
    const raw = fromBase64(text.slice(PUBLIC_PREFIX.length));
    return raw.length === 32 ? raw : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when `sigB64` is a valid Ed25519 signature of exactly `bytes` by any of `publicKeys` (`ed25519:<base64>`).
 * Malformed keys or signatures count as not verified; never throws for bad input.
 */
export async function verifyFeedSignature(
  bytes: Uint8Array,
  sigB64: string,
  publicKeys: string[],
): Promise<boolean> {
  let signature: Uint8Array;
  try {
    signature = fromBase64(sigB64);
  } catch {
    return false;
  }
  if (signature.length !== 64) return false;
  for (const text of publicKeys) {
    const raw = decodePublicKey(text);
    if (!raw) continue;
    try {
      const key = await subtle().importKey('raw', raw, ED25519, false, ['verify']);
      if (await subtle().verify(ED25519, key, signature, bytes)) return true;
    } catch {
      continue;
    }
  }
  return false;
}

/** Makes a new Ed25519 key pair in the feed key text format. */
export async function generateFeedKeyPair(): Promise<FeedKeyPair> {
  const pair = await subtle().generateKey(ED25519, true, ['sign', 'verify']);
  const raw = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  return { publicKey: PUBLIC_PREFIX + toBase64(raw), privateKey: PRIVATE_PREFIX + toBase64(pkcs8) };
}

/** Signs bytes with a private key in `ed25519-pkcs8:<base64>` text; returns the base64 signature. */
export async function signFeedBytes(bytes: Uint8Array, privateKey: string): Promise<string> {
  const text = privateKey.trim();
  if (!text.startsWith(PRIVATE_PREFIX)) throw new Error('private key must start with "ed25519-pkcs8:"');
  const key = await subtle().importKey(
    'pkcs8',
    fromBase64(text.slice(PRIVATE_PREFIX.length)),
    ED25519,
    false,
    ['sign'],
  );
  return toBase64(new Uint8Array(await subtle().sign(ED25519, key, bytes)));
}

/** The public key (`ed25519:<base64>`) that belongs to a private key text. */
export async function publicKeyOf(privateKey: string): Promise<string> {
  const pkcs8 = fromBase64(privateKey.trim().slice(PRIVATE_PREFIX.length));
  const key = await subtle().importKey('pkcs8', pkcs8, ED25519, true, ['sign']);
  const jwk = (await subtle().exportKey('jwk', key)) as unknown as { x: string };
  const b64 = jwk.x.replace(/-/g, '+').replace(/_/g, '/');
  return PUBLIC_PREFIX + b64 + '='.repeat((4 - (b64.length % 4)) % 4);
}
