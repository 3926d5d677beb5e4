import { describe, expect, test } from 'vitest';
import type { Hit } from '../core/match/types.ts';
import { asSent, countRuns, denseHits, packRuns, sparseHits, unpackRuns } from './match-transfer.ts';

const hit = (start: number): Hit => ({ start, end: start + 3 }) as Hit;

describe('packed runs', () => {
  test('line breaks inside a run become spaces of the same length, so runs survive packing', () => {
    const runs = ['Huawei\nTechnologies', 'a\r\nb\tc\fd', '', 'last'].map(asSent);
    expect(runs[0]).toBe('Huawei Technologies');
    expect(runs[1]).toHaveLength('a\r\nb\tc\fd'.length);
    const packed = packRuns(runs);
    expect(countRuns(packed)).toBe(4);
    expect(unpackRuns(packed)).toEqual(runs);
  });
  test('one empty run is still a run', () => {
    expect(countRuns('')).toBe(1);
    expect(unpackRuns(packRuns(['']))).toEqual(['']);
  });
});

describe('sparse answers', () => {
  test('only runs with hits travel, and come back in place', () => {
    const dense = [[], [hit(1)], [], [], [hit(2), hit(9)]];
    const sparse = sparseHits(dense);
    expect(sparse.runs).toEqual([1, 4]);
    expect(denseHits(5, sparse.runs, sparse.hits)).toEqual(dense);
  });
  test('indexes out of range in an answer are ignored', () => {
    expect(denseHits(2, [-1, 5, 1], [[hit(1)], [hit(2)], [hit(3)]])).toEqual([[], [hit(3)]]);
  });
});
