import { expect, test } from 'vitest';
import { EdgeTable } from './edge-table.ts';

const tokOf = (i: number): number => Math.imul(i, 0x9e3779b1) | 1;

test('grown in slices, the table keeps every edge and finds no others', () => {
  const t = new EdgeTable();
  const n = 100_000;
  let pauses = 0;
  for (let i = 1; i <= n; i++) {
    if (t.isNearlyFull(1_000)) for (const _ of t.growSteps()) pauses += 1;
    t.add(i >> 3, tokOf(i), i);
  }
  expect(pauses).toBeGreaterThanOrEqual(4);
  for (let i = 1; i <= n; i++) expect(t.get(i >> 3, tokOf(i))).toBe(i);
  expect(t.get(1, tokOf(999_999))).toBe(-1);
  expect(t.get(n, tokOf(1))).toBe(-1);
});

test('an add past half full grows the table at once', () => {
  const t = new EdgeTable();
  for (let i = 1; i <= 70_000; i++) t.add(0, tokOf(i), i);
  expect(t.isNearlyFull(0)).toBe(false);
  for (let i = 1; i <= 70_000; i++) expect(t.get(0, tokOf(i))).toBe(i);
});
