// The list snapshot bundled in the package: the list a new install starts with.
import { browser } from '../shared/browser.ts';

export const SNAPSHOT_PATH = 'lists/snapshot.json';

/** The bundled snapshot's bytes, read from the package. */
export async function loadSnapshot(): Promise<Uint8Array> {
  const res = await fetch(browser.runtime.getURL(SNAPSHOT_PATH));
  if (!res.ok) throw new Error(`bundled snapshot missing (${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}
