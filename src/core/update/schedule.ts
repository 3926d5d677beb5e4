// When to check for a list update next. All times are epoch milliseconds passed in by the caller.
import { backoffDelayMs } from './backoff.ts';

export const MIN_INTERVAL_HOURS = 1;
export const MAX_INTERVAL_HOURS = 168;
export const DEFAULT_INTERVAL_HOURS = 6;
const HOUR_MS = 3_600_000;

/** Clamps an update interval to 1 h – 7 days; anything that is not a finite number becomes the 6 h default. */
export function clampIntervalHours(hours: unknown): number {
  if (typeof hours !== 'number' || !Number.isFinite(hours)) return DEFAULT_INTERVAL_HOURS;
  return Math.min(Math.max(hours, MIN_INTERVAL_HOURS), MAX_INTERVAL_HOURS);
}

export interface ScheduleInput {
  now: number;
  intervalHours: number;
  /** Consecutive failures so far (0 after a success). */
  failures: number;
  /** In [0, 1), from the caller's random source. */
  random: number;
}

/**
 * Time of the next check: one interval after a success, or an exponential back-off with jitter after failures
 * (never later than one regular interval).
 */
export function nextCheckAt({ now, intervalHours, failures, random }: ScheduleInput): number {
  const intervalMs = clampIntervalHours(intervalHours) * HOUR_MS;
  if (failures <= 0) return now + intervalMs;
  return now + backoffDelayMs(failures, random, intervalMs);
}

/**
 * Whether a check is due when the worker starts: never checked, the planned time has passed, or the planned time is
 * further away than one interval (the interval was shortened, or the clock jumped back).
 */
export function isCheckDue(
  nextCheck: number | null,
  lastCheck: number | null,
  now: number,
  intervalHours: number,
): boolean {
  if (lastCheck === null || nextCheck === null) return true;
  if (nextCheck <= now) return true;
  return nextCheck - now > clampIntervalHours(intervalHours) * HOUR_MS;
}
