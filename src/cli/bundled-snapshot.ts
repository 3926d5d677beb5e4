// The bundled snapshot is the release every fresh install already has. Without --previous, compiling against it
// keeps its entry ids and makes a feed built from the same data newer than it: otherwise an organisation's first
// feed, compiled from the data the snapshot came from, would be refused by every install as "not newer".
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feed } from '../core/list/format.ts';
import { parseFeed } from '../core/list/parse.ts';

export const BUNDLED_SNAPSHOT = resolve(import.meta.dirname, '../../public/lists/snapshot.json');

/** The feed named by --previous, else (unless told not to) the bundled snapshot when it is there. */
export function readPrevious(path: string | undefined, isSnapshotFallback = true): Feed | undefined {
  const fallback = isSnapshotFallback && existsSync(BUNDLED_SNAPSHOT) ? BUNDLED_SNAPSHOT : undefined;
  const file = path ?? fallback;
  return file ? parseFeed(readFileSync(file, 'utf8')) : undefined;
}
