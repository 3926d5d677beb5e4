// The stress suite at its CI size (`npm run stress` prints the same figures; `-- --full` is the judged size):
// every count that must be zero is asserted here.
import { expect, test } from 'vitest';
import { runStress, SIZES } from '../../scripts/stress/run.ts';

test('stress at CI size: no crash, hang, bad offset or wrongly accepted hostile input', () => {
  const r = runStress(SIZES.ci);
  expect(r.fuzz.cases).toBeGreaterThanOrEqual(SIZES.ci.fuzzCases);
  expect(r.fuzz.examples).toEqual([]);
  expect({ crashes: r.fuzz.crashes, hangs: r.fuzz.hangs, badOffsets: r.fuzz.badOffsets }).toEqual({
    crashes: 0,
    hangs: 0,
    badOffsets: 0,
  });
  for (const h of r.hostile) {
    expect(h.tried, h.kind).toBeGreaterThan(0);
    expect({
      kind: h.kind,
      wronglyAccepted: h.wronglyAccepted,
      crashes: h.crashes,
      hangs: h.hangs,
      examples: h.examples,
    }).toEqual({
      kind: h.kind,
      wronglyAccepted: 0,
      crashes: 0,
      hangs: 0,
      examples: [],
    });
  }
}, 120_000);
