import type { Feed } from './format.ts';

/**
 * Monotonic list version: `YYYYMMDDRR`, the data date followed by a two-digit revision. The revision is 0, or,
 * when an earlier feed of the same data date is given and the content differs, its revision + 1. A newer data
 * date always gives a larger number; an unchanged re-compile keeps the earlier version.
 */
export function feedVersion(
  dataDate: string,
  body: Pick<Feed, 'sources' | 'lists' | 'entries'>,
  previous?: Feed,
): number {
  const base = Number(dataDate.replace(/-/g, '')) * 100;
  if (!previous || previous.version < base) return base;
  const same =
    JSON.stringify([previous.sources, previous.lists, previous.entries]) ===
    JSON.stringify([body.sources, body.lists, body.entries]);
  return same ? previous.version : previous.version + 1;
}
