import { describe, expect, it } from 'vitest';
import type { Hit } from './types.ts';
import { mergeHits } from './merge-hits.ts';

const hit = (
  start: number,
  end: number,
  entityId: string,
  confidence: Hit['confidence'] = 'confirmed',
): Hit => ({
  start,
  end,
  entityId,
  confidence,
  name: entityId,
});
const ids = (hits: Hit[]) => hits.map((h) => `${h.entityId}@${h.start}-${h.end}`);

describe('mergeHits', () => {
  it('interleaves hits that do not overlap, in text order', () => {
    const out = mergeHits([hit(0, 5, 'a'), hit(20, 25, 'c')], [hit(10, 15, 'b'), hit(30, 31, 'd')]);
    expect(ids(out)).toEqual(['a@0-5', 'b@10-15', 'c@20-25', 'd@30-31']);
  });

  it('keeps the leftmost of two overlapping hits, then the longest', () => {
    expect(ids(mergeHits([hit(5, 15, 'a')], [hit(0, 8, 'b')]))).toEqual(['b@0-8']);
    expect(ids(mergeHits([hit(0, 8, 'a')], [hit(0, 12, 'b')]))).toEqual(['b@0-12']);
    expect(ids(mergeHits([hit(0, 12, 'a')], [hit(0, 8, 'b'), hit(9, 20, 'c')]))).toEqual(['a@0-12']);
  });

  it('on the same span takes the surer hit, and the first list on a full tie', () => {
    expect(ids(mergeHits([hit(0, 8, 'a', 'possible')], [hit(0, 8, 'b', 'likely')]))).toEqual(['b@0-8']);
    expect(ids(mergeHits([hit(0, 8, 'a')], [hit(0, 8, 'b')]))).toEqual(['a@0-8']);
  });

  it('a hit dropped for an overlap does not block a later one of its own list', () => {
    const out = mergeHits([hit(0, 10, 'a'), hit(30, 40, 'c')], [hit(5, 12, 'b'), hit(14, 20, 'd')]);
    expect(ids(out)).toEqual(['a@0-10', 'd@14-20', 'c@30-40']);
  });

  it('returns a copy when one side has no hits', () => {
    const only = [hit(0, 3, 'a')];
    expect(mergeHits(only, [])).toEqual(only);
    expect(mergeHits([], only)).not.toBe(only);
  });
});
