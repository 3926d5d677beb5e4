// The watchlists' own index beside the list's: the same hits as one index over both, where names do not overlap.
import { describe, expect, it } from 'vitest';
import { MATCH_ENTRIES } from '../../../test/fixtures/match-entries.ts';
import type { Entry } from '../list/format.ts';
import { lookupNameIn } from '../lookup/index.ts';
import { buildMatchIndex, findMatches, findMatchesWith } from './index.ts';

const watch = (id: string, name: string): Entry => ({
  id,
  kind: 'company',
  names: [{ text: name, type: 'legal' }],
  countries: [],
  domains: [],
  parents: [],
  listings: [{ list: 'WATCHLIST', status: 'in_force' }],
});
const WATCHED = [watch('wl-a-northwind', 'Northwind Traders Ltd'), watch('wl-a-hik', 'Hikvision')];
const main = buildMatchIndex(MATCH_ENTRIES);
const own = buildMatchIndex(WATCHED);
const both = buildMatchIndex([...MATCH_ENTRIES, ...WATCHED]);
const view = (hits: ReturnType<typeof findMatches>) =>
  hits.map((h) => [h.start, h.end, h.entityId, h.confidence]);

describe('findMatchesWith', () => {
  const texts = [
    'Cameras from Hikvision were bought from Northwind Traders Ltd and ZTE Corporation.',
    'Northwind Traders Ltd, TikTok and Huawei Technologies Co., Ltd. in one line.',
    'Nothing listed in this sentence at all.',
  ];

  it.each(texts)('gives the hits of one index over list and watchlists: %s', (text) => {
    expect(view(findMatchesWith(main, own, text))).toEqual(view(findMatches(both, text)));
  });

  it('finds watchlist names, and only the list without a watchlist index', () => {
    const text = texts[0]!;
    expect(findMatchesWith(main, own, text).map((h) => h.entityId)).toContain('wl-a-northwind');
    expect(findMatchesWith(main, null, text).map((h) => h.entityId)).not.toContain('wl-a-northwind');
  });

  it.each(['Hikvision', 'The Hikvision cameras', 'HIKVISION'])(
    'settles a name on both as one index over both would: %s',
    (text) => {
      const got = findMatchesWith(main, own, text);
      expect(got).toHaveLength(1);
      expect(view(got)).toEqual(view(findMatches(both, text)));
    },
  );
});

describe('lookupNameIn', () => {
  it('searches every index and ranks the results together', () => {
    const r = lookupNameIn([main, own], 'Northwind Traders', 5);
    expect(r[0]?.entityId).toBe('wl-a-northwind');
    expect(lookupNameIn([main, own], 'Hikvision', 5)[0]?.entityId).toBe('hikvision');
    expect(lookupNameIn([main], 'Northwind Traders', 5).map((x) => x.entityId)).not.toContain(
      'wl-a-northwind',
    );
  });
});
