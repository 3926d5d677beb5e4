import { describe, expect, it } from 'vitest';
import type { Entry } from '../list/format.ts';
import { finishSteps } from '../steps.ts';
import { decodeEntryChunks, encodeEntryChunks, ENTRIES_PER_CHUNK } from './watchlist-chunks.ts';

const entry = (i: number): Entry => ({
  id: `wl-x-${i}`,
  kind: 'company',
  names: [{ text: `Name ${i} "quoted" 名`, type: 'legal' }],
  countries: [],
  domains: [],
  parents: [],
  listings: [{ list: 'WATCHLIST', status: 'in_force', statusDetail: 'note\nwith a line break' }],
});

describe('watchlist entry chunks', () => {
  it('round-trips entries in slices of ENTRIES_PER_CHUNK, yielding once per slice', () => {
    const entries = Array.from({ length: ENTRIES_PER_CHUNK * 2 + 5 }, (_, i) => entry(i));
    const chunks = finishSteps(encodeEntryChunks(entries));
    expect(chunks).toHaveLength(3);
    const steps = decodeEntryChunks(chunks);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses += 1;
    expect(pauses).toBe(3);
    expect(r.value).toEqual(entries);
  });

  it('gives no slices for no entries', () => {
    expect(finishSteps(encodeEntryChunks([]))).toEqual([]);
    expect(finishSteps(decodeEntryChunks([]))).toEqual([]);
  });

  it.each([
    [[42], 'not text'],
    [['{"id":"a"}'], 'not a list'],
    [['[1]'], 'other than entries'],
    [['[{"id":1}]'], 'other than entries'],
  ])('refuses a damaged slice %j', (chunks, why) => {
    expect(() => finishSteps(decodeEntryChunks(chunks))).toThrow(why);
  });

  it('refuses a slice that is not JSON', () => {
    expect(() => finishSteps(decodeEntryChunks(['[{"id":'] as unknown[]))).toThrow();
  });
});
