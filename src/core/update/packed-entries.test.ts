import { describe, expect, it } from 'vitest';
import type { Entry } from '../list/format.ts';
import { finishSteps } from '../steps.ts';
import { packEntries, PackedEntriesBuilder } from './packed-entries.ts';
import { decodeEntryChunks, encodeEntryChunks, ENTRIES_PER_CHUNK } from './watchlist-chunks.ts';

const entry = (i: number): Entry => ({
  id: `wl-x-${i}`,
  kind: 'company',
  names: [{ text: `Name ${i} "quoted" 名 ,]}`, type: 'legal' }],
  countries: i % 2 ? ['CN'] : [],
  domains: [],
  parents: [],
  listings: [{ list: 'WATCHLIST', status: 'in_force', statusDetail: 'note\nwith, a line break' }],
});

describe('packed entries', () => {
  const entries = Array.from({ length: ENTRIES_PER_CHUNK * 2 + 7 }, (_, i) => entry(i));
  const packed = packEntries(entries);

  it('give back every entry, by position, by slice (with Array.prototype.slice bounds) and by id', () => {
    expect(packed.length).toBe(entries.length);
    expect(packed.slice()).toEqual(entries);
    for (const i of [0, 1, ENTRIES_PER_CHUNK - 1, ENTRIES_PER_CHUNK, entries.length - 1])
      expect(packed.at(i)).toEqual(entries[i]);
    expect(packed.slice(ENTRIES_PER_CHUNK - 2, ENTRIES_PER_CHUNK + 2)).toEqual(
      entries.slice(ENTRIES_PER_CHUNK - 2, ENTRIES_PER_CHUNK + 2),
    );
    expect(packed.slice(-3)).toEqual(entries.slice(-3));
    expect(packed.slice(5, 2)).toEqual([]);
    for (const e of entries) expect(packed.get(e.id)).toEqual(e);
    expect(packed.get('wl-x-nope')).toBeUndefined();
    expect(packEntries([]).get('wl-x-1')).toBeUndefined();
  });

  it('are stored as the same JSON slices that encodeEntryChunks writes', () => {
    const chunks = packed.chunkTexts();
    expect(chunks).toEqual(finishSteps(encodeEntryChunks(entries)));
    expect(finishSteps(decodeEntryChunks(chunks))).toEqual(entries);
  });

  it('find an id among ids whose hashes collide in the table, and tell equal hashes apart by the id', () => {
    // 4,000 ids in a table of 8,192 slots: many share a slot; every one is still found, none confused.
    const many = packEntries(Array.from({ length: 4_000 }, (_, i) => ({ ...entry(i), id: `wl-y-${i}` })));
    for (let i = 0; i < 4_000; i += 37) expect(many.get(`wl-y-${i}`)?.id).toBe(`wl-y-${i}`);
    expect(many.get('wl-y-4000')).toBeUndefined();
  });

  it('are joined without decoding (several watchlists in one)', () => {
    const b = new PackedEntriesBuilder();
    b.addPacked(packEntries(entries.slice(0, 3)));
    b.addPacked(packed);
    const both = b.finish();
    expect(both.slice()).toEqual([...entries.slice(0, 3), ...entries]);
    expect(both.get(`wl-x-${entries.length - 1}`)).toEqual(entries.at(-1));
  });
});
