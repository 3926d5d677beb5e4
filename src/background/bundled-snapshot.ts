// The list snapshot bundled in the package: the list a new install starts with.
import { browser } from '../shared/browser.ts';

export const SNAPSHOT_PATH = 'lists/snapshot.json';
/**
 * The Firefox package carries the snapshot gzipped: addons-linter refuses any text file over 5 MB in a package, and
 * the snapshot has outgrown that. The bytes after decompression are the signed bytes.
 */
export const SNAPSHOT_GZIP_PATH = `${SNAPSHOT_PATH}.gz`;

async function readPackaged(path: string): Promise<Response | null> {
  // Firefox rejects a fetch of a file the package does not have; Chrome answers 404.
  const res = await fetch(browser.runtime.getURL(path)).catch(() => null);
  return res?.ok ? res : null;
}

/** The bundled snapshot's bytes, read from the package (plain, or gzipped where the package needs it). */
export async function loadSnapshot(): Promise<Uint8Array> {
  const plain = await readPackaged(SNAPSHOT_PATH);
  if (plain) return new Uint8Array(await plain.arrayBuffer());
  const packed = await readPackaged(SNAPSHOT_GZIP_PATH);
  if (!packed?.body) throw new Error('bundled snapshot missing');
  const stream = packed.body.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
