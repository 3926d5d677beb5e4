// The stress suite at its CI size (`npm run stress` prints the same figures; `-- --full` is the judged size):
// every count that must be zero is asserted here.
import { expect, test } from 'vitest';
import { runStress, SIZES } from '../../scripts/stress/run.ts';

test('stress at CI size: no crash, hang, bad offset, wrongly accepted hostile input or lost data', async () => {
  const r = await runStress(SIZES.ci);
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
  const { runs, injected, examples, ...lost } = r.faults;
  expect(runs).toBeGreaterThan(20);
  expect(injected).toBe(runs);
  expect(examples).toEqual([]);
  expect(lost).toEqual({ listsLost: 0, watchlistsLost: 0, unhandled: 0, crashes: 0 });
}, 120_000);
