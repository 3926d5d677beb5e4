import { expect, test } from 'vitest';
import { finishSteps } from '../steps.ts';
import { sortKeysSteps } from './sort-steps.ts';

function countSteps(steps: Generator<void, void, void>): number {
  let pauses = 0;
  while (!steps.next().done) pauses += 1;
  return pauses;
}

test('keys are sorted as a native sort sorts them, whatever their number and sign', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 2 ** 40;
  for (const n of [0, 1, 5, 8_192, 8_193, 20_000, 100_003]) {
    const keys = Float64Array.from({ length: n }, random);
    const expected = keys.slice().sort();
    finishSteps(sortKeysSteps(keys));
    expect(keys).toEqual(expected);
  }
});

test('120,000 keys are sorted in slices of at most about 32,000 keys', () => {
  const keys = Float64Array.from({ length: 120_000 }, (_, i) => (i * 7919) % 120_000);
  const steps = countSteps(sortKeysSteps(keys));
  expect(steps).toBeGreaterThanOrEqual(120_000 / 8_192 + (120_000 * 4) / 32_768 - 2);
  expect(keys).toEqual(Float64Array.from({ length: 120_000 }, (_, i) => i));
});
