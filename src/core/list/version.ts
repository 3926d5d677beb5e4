import type { Feed } from './format.ts';
import { serializeFeed } from './serialize.ts';

const DAY_MS = 86_400_000;

/** The feed's content in its one byte layout, without the fields that name the release. */
function contentOf(body: Pick<Feed, 'sources' | 'lists' | 'entries'>): string {
  const { sources, lists, entries } = body;
  return serializeFeed({ format: 1, version: 0, generated: '', dataDate: '', sources, lists, entries });
}

/**
 * Latest data date a list built at `nowMs` may carry: the next calendar day (UTC), so a publisher in a time zone
 * ahead of ours can date its file "tomorrow", but no further.
 */
export function latestDataDate(nowMs: number): string {
  return new Date(nowMs + DAY_MS).toISOString().slice(0, 10);
}

/** Largest list version possible at `nowMs`: the last revision of latestDataDate. */
export function versionCeiling(nowMs: number): number {
  return Number(latestDataDate(nowMs).replace(/-/g, '')) * 100 + 99;
}

/**
 * Whether a list version lies beyond what could have been built by `nowMs` (or is not a safe integer at all). Such
 * a version cannot be real: a list carrying it is treated as damaged, an offer of it is refused.
 */
export function isFutureVersion(version: number, nowMs: number): boolean {
  return !Number.isSafeInteger(version) || version > versionCeiling(nowMs);
}

/**
 * Monotonic list version: `YYYYMMDDRR`, the data date followed by a two-digit revision. The revision is 0, or,
 * when an earlier feed of the same data date is given and the content differs, its revision + 1. A newer data
 * date always gives a larger number; an unchanged re-compile keeps the earlier version (content is compared in
 * the serialised layout, so a feed read back from its file compares equal to the one it was written from).
 * With `builtAt` (epoch ms of the build), a previous version beyond that time is ignored as damaged, and a data
 * date after latestDataDate(builtAt) throws: versions stay bounded by the time they were built.
 */
export function feedVersion(
  dataDate: string,
  body: Pick<Feed, 'sources' | 'lists' | 'entries'>,
  previous?: Feed,
  builtAt?: number,
): number {
  if (builtAt !== undefined && dataDate > latestDataDate(builtAt))
    throw new Error(`data date ${dataDate} is after ${latestDataDate(builtAt)} (the day after the build)`);
  const base = Number(dataDate.replace(/-/g, '')) * 100;
  const usable = previous && (builtAt === undefined || !isFutureVersion(previous.version, builtAt));
  if (!usable || previous.version < base) return base;
  return contentOf(previous) === contentOf(body) ? previous.version : previous.version + 1;
}
