import { expect, test } from 'vitest';
import { dataAgeDays, formatDataDate, listFreshness, updateFailurePlace } from './freshness.ts';

const NOW = Date.parse('2026-12-06T04:30:00Z');

test('the bundled snapshot of 22 Aug 2026 is 106 days old on 6 Dec 2026, and that warns', () => {
  expect(dataAgeDays('2026-08-22', NOW)).toBe(106);
  expect(listFreshness('2026-08-22', 0, NOW)).toEqual({
    dataDate: '2026-08-22',
    ageDays: 106,
    warnings: ['old'],
  });
  expect(formatDataDate('2026-08-22', 'en-GB')).toBe('22 Aug 2026');
  expect(formatDataDate('2026-08-22', 'zh-CN')).toContain('2026');
});

test('14 days is still fresh; the 15th day warns; three failed checks warn whatever the age', () => {
  expect(listFreshness('2026-11-22', 0, NOW).warnings).toEqual([]);
  expect(listFreshness('2026-11-21', 0, NOW).warnings).toEqual(['old']);
  expect(listFreshness('2026-12-06', 2, NOW).warnings).toEqual([]);
  expect(listFreshness('2026-12-06', 3, NOW).warnings).toEqual(['failing']);
});

test('a date ahead or unreadable counts as today', () => {
  expect(dataAgeDays('2026-12-07', NOW)).toBe(0);
  expect(dataAgeDays('nope', NOW)).toBe(0);
});

test('a failure is told in one place: the fresh outcome, else the repeated-failure warning, else the last error', () => {
  const failing = listFreshness('2026-12-01', 3, Date.parse('2026-12-06')).warnings;
  expect(updateFailurePlace({ hasJustFailed: true, warnings: failing, lastError: 'x' })).toBe('outcome');
  expect(updateFailurePlace({ hasJustFailed: false, warnings: failing, lastError: 'x' })).toBe('warning');
  expect(updateFailurePlace({ hasJustFailed: false, warnings: ['old'], lastError: 'x' })).toBe('last-error');
  expect(updateFailurePlace({ hasJustFailed: false, warnings: [], lastError: null })).toBe(null);
});
