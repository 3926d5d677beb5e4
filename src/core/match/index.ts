import type { Entry } from '../list/format.ts';
import type { Hit } from './types.ts';
import { buildIndexBuffer, buildIndexSteps, type EntryList } from './build-index.ts';
import type { Steps } from '../steps.ts';
import type { MatchIndexData } from './index-data.ts';
import { packIndexSteps, unpackIndex } from './layout.ts';
import { scanText } from './find-matches.ts';
import { mergeHits } from './merge-hits.ts';

export type { Hit, Confidence } from './types.ts';
export type { EntryList } from './build-index.ts';
export { CONFIDENCE_ORDER } from './types.ts';

/** A built match index: typed arrays over one ArrayBuffer (opaque to callers). */
export type MatchIndex = MatchIndexData;

/**
 * Version of the matching rules baked into a built index (confidences and flags of each name form). Bump it when a
 * rule in variants.ts or shape-rules.ts changes what a stored index holds: installed copies then rebuild their stored
 * index at the next start instead of keeping the old rules until the list changes.
 */
export const MATCH_RULES_VERSION = 3;

/** Builds the index over every name of every entry (once per list version). */
export function buildMatchIndex(entries: readonly Entry[] | EntryList): MatchIndex {
  return unpackIndex(buildIndexBuffer(entries));
}

/** buildMatchIndex in slices (see runSteps): the worker answers pages between them. */
export function* buildMatchIndexSteps(entries: EntryList): Steps<MatchIndex> {
  const arrays = yield* buildIndexSteps(entries);
  yield;
  const counts = {
    entryCount: entries.length,
    stateCount: arrays.stateTok.length,
    patternCount: arrays.patState.length,
  };
  return unpackIndex(yield* packIndexSteps(arrays, counts));
}

/**
 * The index as one ArrayBuffer, ready for IndexedDB: the index's own buffer, not a copy (a put clones it; copying
 * it here first cost the worker about 25 ms per 5 MB in one task). Never transfer or write to it.
 */
export function serializeMatchIndex(idx: MatchIndex): ArrayBuffer {
  return idx.buffer;
}

/** Views a serialised index without rebuilding it; throws on a buffer of another format version. */
export function restoreMatchIndex(buf: ArrayBuffer): MatchIndex {
  return unpackIndex(buf);
}

/**
 * Every listed name in `text` (all confidences; callers filter): leftmost-longest, non-overlapping, offsets in
 * UTF-16 code units of `text`, a trailing legal form in the text included in the span.
 */
export function findMatches(idx: MatchIndex, text: string): Hit[] {
  return scanText(idx, text);
}

/**
 * findMatches over the list's index and, when there is one, the separate index of the user's watchlists (built on
 * its own so that a watchlist change never rebuilds the list's index); overlaps are settled by mergeHits.
 */
export function findMatchesWith(idx: MatchIndex, watch: MatchIndex | null | undefined, text: string): Hit[] {
  const own = scanText(idx, text);
  return watch ? mergeHits(own, scanText(watch, text)) : own;
}
