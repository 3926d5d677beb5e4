// Per-source bookkeeping of direct mode: each official source is checked at most once a day, with jitter so that
// many installs do not arrive together, backs off on failure, and fails alone without holding up the others.
import { backoffDelayMs } from './backoff.ts';

const HOUR_MS = 3_600_000;
/** Sources are checked at most this often. */
export const DIRECT_MIN_INTERVAL_MS = 24 * HOUR_MS;
/** Spread added to the daily interval: 0 to 3 hours, from the caller's random number. */
export const DIRECT_JITTER_MS = 3 * HOUR_MS;

/** What the worker remembers per direct source (stored with the updater record). */
export interface DirectSourceState {
  etag: string | null;
  lastModified: string | null;
  /** Hex SHA-256 of the last file applied, so an unchanged body costs no parse. */
  sha256: string | null;
  lastCheck: number | null;
  lastSuccess: number | null;
  failures: number;
  nextCheck: number | null;
  lastError: string | null;
}

export const EMPTY_SOURCE_STATE: DirectSourceState = {
  etag: null,
  lastModified: null,
  sha256: null,
  lastCheck: null,
  lastSuccess: null,
  failures: 0,
  nextCheck: null,
  lastError: null,
};

/** Whether a source may be fetched now: never checked, or its planned time has come. `force` ("Update now")
 * still respects a back-off after failures but skips the daily wait. */
export function isSourceDue(s: DirectSourceState, now: number, force = false): boolean {
  if (s.nextCheck === null || s.lastCheck === null) return true;
  if (force && s.failures === 0) return true;
  return s.nextCheck <= now;
}

export type SourceOutcome =
  | { kind: 'applied'; sha256: string; etag: string | null; lastModified: string | null }
  | { kind: 'unchanged'; etag?: string | null; lastModified?: string | null }
  | { kind: 'failed'; error: string; transient: boolean };

/** The source's state after a check: next check one day plus jitter after success, back-off after failure. */
export function settleSource(
  s: DirectSourceState,
  outcome: SourceOutcome,
  now: number,
  random: number,
): DirectSourceState {
  const daily =
    now + DIRECT_MIN_INTERVAL_MS + Math.round(DIRECT_JITTER_MS * Math.min(Math.max(random, 0), 1));
  if (outcome.kind === 'failed') {
    const failures = s.failures + 1;
    const wait = outcome.transient ? backoffDelayMs(failures, random, DIRECT_MIN_INTERVAL_MS) : daily - now;
    return { ...s, lastCheck: now, failures, nextCheck: now + wait, lastError: outcome.error };
  }
  const base = { ...s, lastCheck: now, lastSuccess: now, failures: 0, nextCheck: daily, lastError: null };
  if (outcome.kind === 'unchanged') {
    return {
      ...base,
      etag: outcome.etag === undefined ? s.etag : outcome.etag,
      lastModified: outcome.lastModified === undefined ? s.lastModified : outcome.lastModified,
    };
  }
  return { ...base, sha256: outcome.sha256, etag: outcome.etag, lastModified: outcome.lastModified };
}
