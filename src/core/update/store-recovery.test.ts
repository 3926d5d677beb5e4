import { expect, test } from 'vitest';
import { newestCopy, storeErrorKind } from './store-recovery.ts';

test('only a newer layout proves the database unusable; every other error may pass', () => {
  expect(storeErrorKind(new DOMException('x', 'VersionError'))).toBe('layout');
  for (const name of [
    'UnknownError',
    'AbortError',
    'InvalidStateError',
    'QuotaExceededError',
    'TimeoutError',
  ])
    expect(storeErrorKind(new DOMException('x', name))).toBe('transient');
  expect(storeErrorKind(new Error('disk gone'))).toBe('transient');
  expect(storeErrorKind(null)).toBe('transient');
});

test('the newest good copy wins, not the snapshot by default', () => {
  const copy = { source: 'copy' as const, version: 2026090100, value: 'c' };
  const snap = { source: 'snapshot' as const, version: 2026082202, value: 's' };
  expect(newestCopy([snap, copy])?.value).toBe('c');
  expect(newestCopy([snap, { ...copy, version: 1 }])?.value).toBe('s');
  expect(newestCopy([snap, null])?.value).toBe('s');
  expect(
    newestCopy([
      { ...snap, version: 5 },
      { ...copy, version: 5 },
    ])?.source,
  ).toBe('copy');
  expect(newestCopy([])).toBeNull();
});
