import type { Feed } from '../list/format.ts';
import { FeedError } from './feed-error.ts';

/** Share of entries a release may drop without a `shrinkReason`. */
export const MAX_SILENT_SHRINK = 0.2;

/**
 * Whether a downloaded feed may replace the current list: its version must be larger, and it may not drop more
 * than 20% of the entries unless the publisher states a `shrinkReason`. Throws FeedError with the reason.
 */
export function checkFeedUpdate(current: { version: number; entryCount: number }, next: Feed): void {
  if (next.version <= current.version) {
    throw new FeedError(
      `The downloaded list (version ${next.version}) is not newer than the one in use (${current.version}).`,
    );
  }
  const floor = Math.floor(current.entryCount * (1 - MAX_SILENT_SHRINK));
  if (next.entries.length < floor && !next.shrinkReason) {
    throw new FeedError(
      `The downloaded list has ${next.entries.length} entries, far fewer than the ${current.entryCount} in use, and gives no reason.`,
    );
  }
}
