// Retry delays after failed updates: exponential growth with jitter so that many browsers do not retry in step.

/** First retry delay after one failure. */
export const BACKOFF_BASE_MS = 5 * 60_000;
/** Retries never wait longer than this (also capped by the regular interval). */
export const BACKOFF_MAX_MS = 24 * 3_600_000;

/**
 * Delay before the next attempt after `failures` consecutive failures (1 = first failure). `random` is a number in
 * [0, 1) supplied by the caller; the delay is spread over [half, full] of the exponential step ("equal jitter").
 * Returns 0 for `failures` ≤ 0. Never exceeds `capMs` (default BACKOFF_MAX_MS).
 */
export function backoffDelayMs(failures: number, random: number, capMs: number = BACKOFF_MAX_MS): number {
  if (!(failures > 0)) return 0;
  const r = Number.isFinite(random) ? Math.min(Math.max(random, 0), 1) : 0.5;
  // 2^20 is far beyond any cap; stopping the exponent there keeps the arithmetic finite.
  const step = Math.min(BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 20), capMs, BACKOFF_MAX_MS);
  return Math.round(step / 2 + (step / 2) * r);
}
