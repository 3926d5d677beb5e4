// Direct mode's step from the changed official files to the next list: one merge when all is well; when the merged
// list is refused, each file alone, so one bad file (a row dated in the future, a field out of bounds) does not hold
// back the others. The list in use is never changed here.
import type { Feed } from '../list/format.ts';
import { validateFeed } from '../feed/validate-feed.ts';
import { mergeDirect, type DirectBatch } from './direct-merge.ts';

export interface CombinedDirect {
  /** The next list, validated; null when no file could be merged. */
  feed: Feed | null;
  /** Why each refused file was refused, by source id (its provenance id). Files not named here are in `feed`. */
  refused: Map<string, string>;
}

const detail = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Merges `batches` into `current` (see mergeDirect) and validates the result as any downloaded list is. When that
 * fails with several files, each is tried alone and the good ones are merged together. Refusals are rare, so the
 * extra merges cost nothing on a normal day.
 */
export function combineDirect(current: Feed, batches: readonly DirectBatch[], now: number): CombinedDirect {
  const merge = (bs: readonly DirectBatch[]) => validateFeed(mergeDirect({ current, batches: [...bs], now }));
  const refused = new Map<string, string>();
  let whole: string;
  try {
    return { feed: merge(batches), refused };
  } catch (err) {
    whole = detail(err);
  }
  if (batches.length === 1) {
    refused.set(batches[0]?.provenance.id ?? '', whole);
    return { feed: null, refused };
  }
  for (const b of batches) {
    try {
      merge([b]);
    } catch (err) {
      refused.set(b.provenance.id, detail(err));
    }
  }
  const good = batches.filter((b) => !refused.has(b.provenance.id));
  if (good.length === 0) return { feed: null, refused };
  // Each good file merged alone; together they failed only if a file fails in company: then that is named.
  try {
    return { feed: merge(good), refused };
  } catch (err) {
    for (const b of good) refused.set(b.provenance.id, detail(err));
    return { feed: null, refused };
  }
}
