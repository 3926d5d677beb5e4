import type { Feed } from './format.ts';
import { serializeFeed } from './serialize.ts';

/** The feed's content in its one byte layout, without the fields that name the release. */
function contentOf(body: Pick<Feed, 'sources' | 'lists' | 'entries'>): string {
  const { sources, lists, entries } = body;
  return serializeFeed({ format: 1, version: 0, generated: '', dataDate: '', sources, lists, entries });
}

/**
 * Monotonic list version: `YYYYMMDDRR`, the data date followed by a two-digit revision. The revision is 0, or,
 * when an earlier feed of the same data date is given and the content differs, its revision + 1. A newer data
 * date always gives a larger number; an unchanged re-compile keeps the earlier version (content is compared in
 * the serialised layout, so a feed read back from its file compares equal to the one it was written from).
 */
export function feedVersion(
  dataDate: string,
  body: Pick<Feed, 'sources' | 'lists' | 'entries'>,
  previous?: Feed,
): number {
  const base = Number(dataDate.replace(/-/g, '')) * 100;
  if (!previous || previous.version < base) return base;
  return contentOf(previous) === contentOf(body) ? previous.version : previous.version + 1;
}
