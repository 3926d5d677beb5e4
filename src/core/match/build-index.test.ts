import { expect, test } from 'vitest';
import type { Entry } from '../list/format.ts';
import { buildMatchIndex, findMatches } from './index.ts';
import { cpuMs } from '../../../test/fixtures/cpu-time.ts';

const sameName = (n: number): Entry[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `wl-${i}`,
    kind: 'company',
    names: [{ text: 'Acme Widgets Ltd', type: 'legal' }],
    countries: [],
    domains: [],
    parents: [],
    listings: [{ list: 'WATCHLIST', status: 'in_force' }],
  }));

test('many entries sharing one name build in linear time (a watchlist of one repeated name)', () => {
  const { value: idx, ms } = cpuMs(() => buildMatchIndex(sameName(40_000)));
  // Pairwise duplicate checks took about 14 s here; linear it is 1–2 s.
  expect(ms).toBeLessThan(6000);
  expect(findMatches(idx, 'We buy from Acme Widgets Ltd.').map((h) => h.entityId)).toContain('wl-0');
}, 30_000);

test('the stepped build pauses between slices and gives the same bytes as a build at once', async () => {
  const { buildMatchIndexSteps, serializeMatchIndex } = await import('./index.ts');
  const { MATCH_ENTRIES } = await import('../../../test/fixtures/match-entries.ts');
  const entries = [...MATCH_ENTRIES, ...sameName(500)];
  const steps = buildMatchIndexSteps(entries);
  let pauses = 0;
  let r = steps.next();
  for (; !r.done; r = steps.next()) pauses += 1;
  expect(pauses).toBeGreaterThanOrEqual(5);
  const once = new Uint8Array(serializeMatchIndex(buildMatchIndex(entries)));
  expect(new Uint8Array(serializeMatchIndex(r.value))).toEqual(once);
}, 30_000);

test('the built-in not-listed names stay in the index, one blocking pattern each form', async () => {
  const { NOT_LISTED_NAMES } = await import('./not-listed.ts');
  const { FLAG_BLOCK } = await import('./flags.ts');
  const { patEntry, patFlags } = buildMatchIndex(sameName(3)).arrays;
  const blockers = [...patEntry.keys()].filter((i) => patEntry[i] === -1);
  expect(blockers.length).toBeGreaterThanOrEqual(NOT_LISTED_NAMES.length - 1);
  for (const i of blockers) expect((patFlags[i] as number) & FLAG_BLOCK).toBe(FLAG_BLOCK);
});
