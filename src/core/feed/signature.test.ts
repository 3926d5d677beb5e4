import { describe, expect, test } from 'vitest';
import { compileFixtures } from '../../../test/fixtures/sources/compile-fixtures.ts';
import { serializeFeed } from '../list/serialize.ts';
import { buildManifest } from './manifest.ts';
import { utf8Encode } from './platform.ts';
import {
  decodePublicKey,
  generateFeedKeyPair,
  publicKeyOf,
  signFeedBytes,
  verifyFeedSignature,
} from './signature.ts';
import { PINNED_FEED_KEYS } from './pinned-keys.ts';

const feed = compileFixtures().feed;
const bytes = utf8Encode(serializeFeed(feed));

describe('feed signatures (Ed25519 via WebCrypto)', async () => {
  const keys = await generateFeedKeyPair();
  const other = await generateFeedKeyPair();
  const signature = await signFeedBytes(bytes, keys.privateKey);

  test('keys use the ed25519:<base64 raw 32 bytes> format and the public key follows from the private key', async () => {
    expect(keys.publicKey).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=$/);
    expect(decodePublicKey(keys.publicKey)?.length).toBe(32);
    expect(await publicKeyOf(keys.privateKey)).toBe(keys.publicKey);
  });

  test('a signed feed verifies against a list of keys that contains its key', async () => {
    expect(await verifyFeedSignature(bytes, signature, [other.publicKey, keys.publicKey])).toBe(true);
  });

  test('changing one byte of the feed breaks the signature', async () => {
    const tampered = bytes.slice();
    const at = tampered.indexOf(0x31); // first "1" in the text
    tampered[at] = 0x32;
    expect(await verifyFeedSignature(tampered, signature, [keys.publicKey])).toBe(false);
  });

  test('another key, a malformed key or a malformed signature never verify', async () => {
    expect(await verifyFeedSignature(bytes, signature, [other.publicKey])).toBe(false);
    expect(await verifyFeedSignature(bytes, signature, ['ed25519:short', 'rsa:abc'])).toBe(false);
    expect(await verifyFeedSignature(bytes, 'not base64!', [keys.publicKey])).toBe(false);
    expect(await verifyFeedSignature(bytes, signature.slice(4), [keys.publicKey])).toBe(false);
  });

  test('pinned keys are well-formed', () => {
    expect(PINNED_FEED_KEYS.length).toBeGreaterThan(0);
    for (const k of PINNED_FEED_KEYS) expect(decodePublicKey(k)?.length).toBe(32);
  });

  test('the manifest carries format, version, data date, sha256 and size of the exact bytes', async () => {
    const m = await buildManifest(feed, bytes);
    expect(m).toMatchObject({
      format: 1,
      version: feed.version,
      dataDate: feed.dataDate,
      bytes: bytes.byteLength,
    });
    expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
