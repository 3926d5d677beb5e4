// The fold table and the word lists the name rules read are built in slices the first time an index is built in
// a worker (at once they took 200–300 ms), and give the same tables as a build at once.
import { expect, test, vi } from 'vitest';

function countSteps<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, pauses };
    pauses += 1;
  }
}

test('the shared fold table is built in slices, once, equal to a table built at once', async () => {
  vi.resetModules();
  const { buildFoldTable, getFoldTable, getFoldTableSteps } = await import('./fold-table.ts');
  const { value, pauses } = countSteps(getFoldTableSteps());
  expect(pauses).toBeGreaterThanOrEqual(100);
  expect(getFoldTable()).toBe(value);
  expect(countSteps(getFoldTableSteps()).pauses).toBe(0);
  const once = buildFoldTable();
  expect(value.fold).toEqual(once.fold);
  expect(value.cls).toEqual(once.cls);
});

test('the word sets are built in slices and answer as the sets built at first use do', async () => {
  vi.resetModules();
  const common = await import('./common-words.ts');
  const names = await import('./name-words.ts');
  expect(countSteps(common.prepareCommonWords()).pauses).toBeGreaterThanOrEqual(10);
  expect(countSteps(names.prepareNameWords()).pauses).toBeGreaterThanOrEqual(10);
  expect(countSteps(common.prepareCommonWords()).pauses).toBe(0);
  vi.resetModules();
  const commonAtOnce = await import('./common-words.ts');
  const namesAtOnce = await import('./name-words.ts');
  for (const w of ['the', 'services', 'technical', 'hikvision', 'elena', 'lowell', 'constanta', 'zzqx'])
    expect([
      common.isCommonWord(w),
      common.isVeryCommonWord(w),
      names.isPersonName(w),
      names.isPlaceName(w),
    ]).toEqual([
      commonAtOnce.isCommonWord(w),
      commonAtOnce.isVeryCommonWord(w),
      namesAtOnce.isPersonName(w),
      namesAtOnce.isPlaceName(w),
    ]);
  expect(common.isCommonWord('services')).toBe(true);
  expect(names.isPersonName('elena')).toBe(true);
});
