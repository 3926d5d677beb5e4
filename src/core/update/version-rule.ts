// Which offered list may replace the list in use, by version. Versions are bounded by time: nothing built by now
// can carry a version past tomorrow, so such a version is damage or an attack, never a reason to refuse updates.
import { isFutureVersion, versionCeiling } from '../list/version.ts';
import type { UpdateFailure } from './failure.ts';

export type VersionVerdict = { ok: true; replacesDamaged: boolean } | { ok: false; f: UpdateFailure };

/**
 * Checks an offered list version against the one in use at `nowMs`. An offer past tomorrow is refused
 * ('future-version'); a list in use past tomorrow is damaged, so any offer within the bound replaces it; otherwise
 * the offer must be newer ('not-newer').
 */
export function checkOfferedVersion(current: number, offered: number, nowMs: number): VersionVerdict {
  if (isFutureVersion(offered, nowMs))
    return { ok: false, f: { kind: 'future-version', offered, ceiling: versionCeiling(nowMs) } };
  if (isFutureVersion(current, nowMs)) return { ok: true, replacesDamaged: true };
  if (offered <= current) return { ok: false, f: { kind: 'not-newer', current, offered } };
  return { ok: true, replacesDamaged: false };
}

/** Whether the bundled snapshot should replace the stored list: it is newer, or the stored one is damaged. */
export function shouldReseed(snapshotVersion: number, storedVersion: number, nowMs: number): boolean {
  return isFutureVersion(storedVersion, nowMs) || snapshotVersion > storedVersion;
}
