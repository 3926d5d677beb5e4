// Direct mode's step from the changed official files to the next list: one merge when all is well; when the merged
// list is refused, each file alone, so one bad file (a row dated in the future, a field out of bounds) does not hold
// back the others. The list in use is never changed here.
import type { Feed } from '../list/format.ts';
import { validateFeed } from '../feed/validate-feed.ts';
import type { SourceBatch } from '../sources/types.ts';
import { mergeDirect, type DirectBatch } from './direct-merge.ts';
import type { DirectSource } from './direct-sources.ts';

export interface CombinedDirect {
  /** The next list, validated; null when no file could be merged. */
  feed: Feed | null;
  /** Why each refused file was refused, by source id (its provenance id). Files not named here are in `feed`. */
  refused: Map<string, string>;
}

/**
 * A source's parsed file as the merge takes it: provenance with the file's hash, its data date (today when the file
 * states none or an earlier one: it was current when downloaded), and the publisher's licence or attribution line.
 */
export function toDirectBatch(
  source: DirectSource,
  batch: SourceBatch,
  file: { sha256: string; now: number },
): DirectBatch {
  const today = new Date(file.now).toISOString().slice(0, 10);
  const dataDate = batch.dataDate && batch.dataDate > today ? batch.dataDate : today;
  const provenance = {
    id: source.id,
    file: source.file,
    sha256: file.sha256,
    dataDate,
    records: batch.records.length,
    ...(batch.licence ? { licence: batch.licence } : {}),
  };
  return { batch, provenance, covers: source.covers };
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
