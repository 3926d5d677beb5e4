import { describe, expect, test } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelayMs } from './backoff.ts';
import { clampIntervalHours, isCheckDue, nextCheckAt } from './schedule.ts';

const HOUR = 3_600_000;

describe('backoffDelayMs', () => {
  test('no failures means no delay', () => {
    expect(backoffDelayMs(0, 0.5)).toBe(0);
  });
  test('doubles with each failure, jitter spreads over half to full step', () => {
    expect(backoffDelayMs(1, 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(backoffDelayMs(1, 1)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelayMs(2, 0)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelayMs(3, 0.999)).toBeGreaterThan(backoffDelayMs(3, 0));
    expect(backoffDelayMs(4, 0)).toBe(4 * BACKOFF_BASE_MS);
  });
  test('different random draws give different delays', () => {
    const delays = new Set([0, 0.25, 0.5, 0.75].map((r) => backoffDelayMs(3, r)));
    expect(delays.size).toBe(4);
  });
  test('never exceeds the cap, even after many failures', () => {
    expect(backoffDelayMs(1000, 0.99)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
    expect(backoffDelayMs(30, 1, 2 * HOUR)).toBe(2 * HOUR);
  });
  test('a bad random value does not break the delay', () => {
    expect(backoffDelayMs(1, Number.NaN)).toBeGreaterThan(0);
  });
});

describe('schedule', () => {
  test('interval is clamped to 1 h – 7 days, default 6 h', () => {
    expect(clampIntervalHours(0.1)).toBe(1);
    expect(clampIntervalHours(1000)).toBe(168);
    expect(clampIntervalHours('x')).toBe(6);
    expect(clampIntervalHours(12)).toBe(12);
  });
  test('after a success the next check is one interval away', () => {
    expect(nextCheckAt({ now: 1000, intervalHours: 6, failures: 0, random: 0.3 })).toBe(1000 + 6 * HOUR);
  });
  test('after failures the next check backs off but never past one interval', () => {
    const first = nextCheckAt({ now: 0, intervalHours: 6, failures: 1, random: 0 });
    const third = nextCheckAt({ now: 0, intervalHours: 6, failures: 3, random: 0 });
    expect(first).toBeLessThan(third);
    expect(nextCheckAt({ now: 0, intervalHours: 1, failures: 50, random: 1 })).toBeLessThanOrEqual(HOUR);
  });
  test('a check is due when never done, overdue, or planned too far ahead', () => {
    expect(isCheckDue(null, null, 0, 6)).toBe(true);
    expect(isCheckDue(100, 50, 200, 6)).toBe(true);
    expect(isCheckDue(200 + HOUR, 100, 200, 6)).toBe(false);
    expect(isCheckDue(200 + 10 * HOUR, 100, 200, 6)).toBe(true);
  });
});
