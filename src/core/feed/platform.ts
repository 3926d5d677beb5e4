/**
 * Typed access to the few Web platform globals core needs (TextEncoder/TextDecoder, WebCrypto). core's
 * tsconfig has no DOM library on purpose; Node 20 and Chromium both provide these at run time.
 */

/** The subset of SubtleCrypto used for hashing and Ed25519. */
export interface SubtleLike {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
  importKey(
    format: string,
    key: Uint8Array,
    algorithm: { name: string },
    extractable: boolean,
    usages: string[],
  ): Promise<unknown>;
  exportKey(format: string, key: unknown): Promise<ArrayBuffer>;
  generateKey(
    algorithm: { name: string },
    extractable: boolean,
    usages: string[],
  ): Promise<{ publicKey: unknown; privateKey: unknown }>;
  sign(algorithm: { name: string }, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
  verify(
    algorithm: { name: string },
    key: unknown,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
}

interface PlatformGlobals {
  crypto: { subtle: SubtleLike };
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };
  atob(data: string): string;
  btoa(data: string): string;
}

const g = globalThis as unknown as PlatformGlobals;

/** WebCrypto's SubtleCrypto (globalThis.crypto.subtle). */
export function subtle(): SubtleLike {
  return g.crypto.subtle;
}

/** UTF-8 bytes of a string. */
export function utf8Encode(text: string): Uint8Array {
  return new g.TextEncoder().encode(text);
}

/** String from UTF-8 bytes; invalid UTF-8 throws. */
export function utf8Decode(bytes: Uint8Array): string {
  return new g.TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Base64 text of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return g.btoa(bin);
}

/** Bytes of base64 text; throws on characters outside the base64 alphabet. */
export function fromBase64(text: string): Uint8Array {
  const clean = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new Error('not base64');
  const bin = g.atob(clean);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Lower-case hex SHA-256 of bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
