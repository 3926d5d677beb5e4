// Feed patches: a release as changes to an earlier one (entries removed, entries added or changed, a new head), so
// a client that has the earlier release downloads a few kilobytes instead of the whole feed. A patch carries no
// trust of its own: the client applies it only to the exact base it names and accepts the result only when its
// SHA-256 equals the one in the signed manifest, i.e. when it is byte for byte the signed feed.
import type { Entry, Feed } from '../list/format.ts';
import { serializeEntry } from '../list/serialize.ts';
import { FeedError } from './feed-error.ts';

export const PATCH_FORMAT = 'sanctions-lens-patch';

export interface FeedPatch {
  format: typeof PATCH_FORMAT;
  /** The release the patch applies to: its version and the SHA-256 (hex) of its feed.json bytes. */
  from: { version: number; sha256: string };
  /** The release it makes, likewise. */
  to: { version: number; sha256: string };
  /** Everything of the new release except its entries. */
  head: Omit<Feed, 'entries'>;
  /** Ids of entries the new release no longer has. */
  remove: string[];
  /** Entries that are new or changed, whole. */
  put: Entry[];
}

const byId = (a: Entry, b: Entry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The patch from `base` to `next`; entries are compared in their serialised form. */
export function makePatch(base: Feed, baseSha256: string, next: Feed, nextSha256: string): FeedPatch {
  const line = serializeEntry;
  const old = new Map(base.entries.map((e) => [e.id, line(e)]));
  const ids = new Set(next.entries.map((e) => e.id));
  const { entries, ...head } = next;
  return {
    format: PATCH_FORMAT,
    from: { version: base.version, sha256: baseSha256 },
    to: { version: next.version, sha256: nextSha256 },
    head,
    remove: base.entries.filter((e) => !ids.has(e.id)).map((e) => e.id),
    put: entries.filter((e) => old.get(e.id) !== line(e)),
  };
}

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new FeedError(`The update patch is damaged: ${what}.`);
}

/**
 * Applies a patch to its base. Throws FeedError when the patch is not a patch, or names another base version.
 * The caller still checks the result's hash against the signed manifest before using it.
 */
export function applyPatch(base: Feed, raw: unknown): Feed {
  check(!!raw && typeof raw === 'object' && !Array.isArray(raw), 'not an object');
  const p = raw as Partial<FeedPatch>;
  check(p.format === PATCH_FORMAT, 'wrong format marker');
  check(p.from?.version === base.version, `it applies to version ${p.from?.version}, not ${base.version}`);
  check(!!p.head && typeof p.head === 'object', 'no head');
  check(Array.isArray(p.remove) && p.remove.every((id) => typeof id === 'string'), 'bad remove list');
  check(Array.isArray(p.put) && p.put.every((e) => !!e && typeof e === 'object'), 'bad entries');
  const gone = new Set([...p.remove, ...p.put.map((e) => e.id)]);
  const entries = [...base.entries.filter((e) => !gone.has(e.id)), ...p.put].sort(byId);
  return { ...(p.head as Omit<Feed, 'entries'>), entries };
}
