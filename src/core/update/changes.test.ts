import { expect, test } from 'vitest';
import type { Entry } from '../list/format.ts';
import { countByList, diffLists, MAX_CHANGE_RECORDS, parseChanges, recordChange } from './changes.ts';

const entry = (id: string, listings: Entry['listings']): Entry => ({
  id,
  kind: 'company',
  names: [{ text: id.toUpperCase(), type: 'legal' }],
  countries: [],
  domains: [],
  parents: [],
  listings,
});
const meta = { at: Date.parse('2026-12-02T08:00:00Z'), fromVersion: 1, toVersion: 2, dataDate: '2026-12-02' };

test('entries and listings added and removed, and status changes, with names and lists', () => {
  const before = [
    entry('a', [{ list: 'US-BIS-EL', status: 'in_force' }]),
    entry('b', [
      { list: 'US-OFAC-SDN', status: 'in_force' },
      { list: 'US-BIS-EL', status: 'in_force' },
    ]),
    entry('gone', [{ list: 'US-BIS-EL', status: 'in_force' }]),
  ];
  const after = [
    entry('a', [{ list: 'US-BIS-EL', status: 'removed' }]),
    entry('b', [
      { list: 'US-OFAC-SDN', status: 'in_force' },
      { list: 'US-FCC-COVERED', status: 'in_force' },
    ]),
    entry('new', [{ list: 'US-BIS-EL', status: 'in_force' }]),
  ];
  const c = diffLists(before, after, meta);
  expect(c.counts).toEqual({
    entriesAdded: 1,
    entriesRemoved: 1,
    listingsAdded: 2,
    listingsRemoved: 2,
    statusChanged: 1,
  });
  expect(c.listingsAdded.map((l) => `${l.entityId}:${l.list}`)).toEqual([
    'b:US-FCC-COVERED',
    'new:US-BIS-EL',
  ]);
  expect(c.listingsRemoved.map((l) => `${l.entityId}:${l.list}`)).toEqual(['b:US-BIS-EL', 'gone:US-BIS-EL']);
  expect(c.statusChanged).toEqual([
    { entityId: 'a', name: 'A', kind: 'company', list: 'US-BIS-EL', from: 'in_force', status: 'removed' },
  ]);
  expect(countByList(c)[0]).toEqual({ list: 'US-BIS-EL', added: 1, removed: 2, changed: 1 });
});

test('the last 10 updates are kept, newest first; an update without changes is not recorded', () => {
  let h = parseChanges('junk');
  for (let i = 0; i < 12; i += 1) {
    const c = diffLists([], [entry(`e${i}`, [{ list: 'X', status: 'in_force' }])], { ...meta, toVersion: i });
    h = recordChange(h, c);
  }
  expect(h).toHaveLength(MAX_CHANGE_RECORDS);
  expect(h[0]?.toVersion).toBe(11);
  expect(recordChange(h, diffLists([], [], meta))).toHaveLength(MAX_CHANGE_RECORDS);
  expect(parseChanges(JSON.parse(JSON.stringify(h)))).toEqual(h);
  expect(parseChanges([{ at: 'x' }, null])).toEqual([]);
});
