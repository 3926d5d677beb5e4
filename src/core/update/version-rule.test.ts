import { describe, expect, test } from 'vitest';
import { checkOfferedVersion, shouldReseed } from './version-rule.ts';
import { describeFailure } from './failure.ts';
import { feedVersion, isFutureVersion, latestDataDate, versionCeiling } from '../list/version.ts';

const NOW = Date.parse('2026-12-06T23:30:00Z');
const body = { sources: [], lists: [], entries: [] };

describe('versions are bounded by time', () => {
  test('the ceiling is the last revision of tomorrow (UTC)', () => {
    expect(latestDataDate(NOW)).toBe('2026-12-07');
    expect(versionCeiling(NOW)).toBe(2026120799);
    expect(isFutureVersion(2026120799, NOW)).toBe(false);
    expect(isFutureVersion(2026120800, NOW)).toBe(true);
    expect(isFutureVersion(2 ** 53 - 1, NOW)).toBe(true);
    expect(isFutureVersion(2 ** 53, NOW)).toBe(true);
  });

  test('a build refuses a data date after tomorrow and ignores a previous version in the future', () => {
    expect(() => feedVersion('2999-12-31', body, undefined, NOW)).toThrow('2999-12-31 is after 2026-12-07');
    const frozen = {
      format: 1 as const,
      version: 2999123100,
      generated: '',
      dataDate: '2999-12-31',
      ...body,
    };
    expect(feedVersion('2026-12-06', body, frozen, NOW)).toBe(2026120600);
    expect(feedVersion('2026-12-06', body, frozen)).toBe(2999123100);
  });
});

describe('checkOfferedVersion', () => {
  test('a signed list with version 2^53-1 is refused with a plain reason', () => {
    const v = checkOfferedVersion(2026082202, 2 ** 53 - 1, NOW);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.f.kind).toBe('future-version');
      expect(describeFailure(v.f)).toContain('dated after tomorrow');
    }
  });

  test('a list in use from the future is damaged: any good offer replaces it', () => {
    expect(checkOfferedVersion(2999123100, 2026120600, NOW)).toEqual({ ok: true, replacesDamaged: true });
  });

  test('otherwise the offer must be newer', () => {
    expect(checkOfferedVersion(2026120600, 2026120601, NOW)).toEqual({ ok: true, replacesDamaged: false });
    const v = checkOfferedVersion(2026120600, 2026120600, NOW);
    expect(v.ok || v.f.kind).toBe('not-newer');
  });

  test('the bundled snapshot replaces a newer list only when that one is from the future', () => {
    expect(shouldReseed(2026082202, 2999123100, NOW)).toBe(true);
    expect(shouldReseed(2026082202, 2026120600, NOW)).toBe(false);
    expect(shouldReseed(2026082203, 2026082202, NOW)).toBe(true);
  });
});
