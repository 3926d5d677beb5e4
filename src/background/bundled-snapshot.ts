// The list snapshot bundled in the package: the list a new install starts with.
import { browser } from '../shared/browser.ts';

export const SNAPSHOT_PATH = 'lists/snapshot.json';
/**
 * The Firefox package carries the snapshot gzipped: addons-linter refuses any text file over 5 MB in a package, and
 * the snapshot has outgrown that. The bytes after decompression are the signed bytes.
 */
export const SNAPSHOT_GZIP_PATH = `${SNAPSHOT_PATH}.gz`;

/** The bundled snapshot's bytes, read from the package (gzipped in the Firefox build, plain elsewhere). */
export async function loadSnapshot(): Promise<Uint8Array> {
  const isGzipped = import.meta.env.MODE === 'firefox';
  const res = await fetch(browser.runtime.getURL(isGzipped ? SNAPSHOT_GZIP_PATH : SNAPSHOT_PATH));
  if (!res.ok || !res.body) throw new Error(`bundled snapshot missing (${res.status})`);
  if (!isGzipped) return new Uint8Array(await res.arrayBuffer());
  const stream = res.body.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
