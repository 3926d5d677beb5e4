// The patch side of publish-feed: every published release is kept in OUT/releases/, and a new release gets a patch
// from each of the last N of them, so an install a few releases behind still downloads kilobytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PatchRef } from '../core/feed/manifest.ts';
import { makePatch } from '../core/feed/patch.ts';
import { sha256Hex, utf8Encode } from '../core/feed/platform.ts';
import type { Feed } from '../core/list/format.ts';
import { parseFeed } from '../core/list/parse.ts';
import { writeAtomic } from './cli-util.ts';

/** Releases kept in OUT/releases/<version>.json, newest first. */
function earlierReleases(out: string, before: number): { version: number; bytes: Uint8Array }[] {
  const dir = join(out, 'releases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => /^(\d+)\.json$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) < before)
    .map((m) => ({ version: Number(m[1]), bytes: readFileSync(join(dir, m[0])) }))
    .sort((a, b) => b.version - a.version);
}

/**
 * Writes patches from the last `count` earlier releases to `feed` (OUT/patches/<from>-<to>.json), keeps the new
 * release in OUT/releases/, and returns the manifest's patch list.
 */
export async function writePatches(
  out: string,
  feed: Feed,
  bytes: Uint8Array,
  count: number,
): Promise<PatchRef[]> {
  const sha = await sha256Hex(bytes);
  const refs: PatchRef[] = [];
  for (const r of earlierReleases(out, feed.version).slice(0, count)) {
    const base = parseFeed(new TextDecoder().decode(r.bytes));
    const patch = makePatch(base, await sha256Hex(r.bytes), feed, sha);
    const text = `${JSON.stringify(patch)}\n`;
    const url = `patches/${r.version}-${feed.version}.json`;
    writeAtomic(join(out, url), text);
    refs.push({ from: r.version, fromSha256: patch.from.sha256, url, bytes: utf8Encode(text).byteLength });
  }
  writeAtomic(join(out, 'releases', `${feed.version}.json`), bytes);
  return refs;
}
