import { describe, expect, test } from 'vitest';
import type { Entry, ListDefinition } from '../list/format.ts';
import { DEFAULT_SETTINGS } from '../settings/schema.ts';
import { isDrawnInPage } from './in-page.ts';

const def = (id: string, family: ListDefinition['family']): ListDefinition => ({
  id,
  name: id,
  label: id,
  family,
  authority: 'A',
  jurisdiction: 'US',
  meaningReader: '',
  meaningBuyer: '',
});
const LISTS = new Map([
  ['w', def('w', 'watchlist')],
  ['fcc', def('fcc', 'procurement-ban')],
]);
const entry = (lists: string[]): Entry => ({
  id: 'e',
  kind: 'company',
  names: [{ text: 'E', type: 'legal' }],
  countries: [],
  domains: [],
  parents: [],
  listings: lists.map((list) => ({ list, status: 'in_force' as const })),
});

describe('isDrawnInPage', () => {
  const off = { ...DEFAULT_SETTINGS, watchlistHitsInPage: false };
  test('everything is drawn by default', () => {
    expect(isDrawnInPage(entry(['w']), LISTS, DEFAULT_SETTINGS)).toBe(true);
  });
  test('with the option off, watchlist-only entries are not drawn; an official listing still is', () => {
    expect(isDrawnInPage(entry(['w']), LISTS, off)).toBe(false);
    expect(isDrawnInPage(entry(['w', 'fcc']), LISTS, off)).toBe(true);
    // A disabled official list leaves only the watchlist.
    expect(isDrawnInPage(entry(['w', 'fcc']), LISTS, { ...off, disabledLists: ['fcc'] })).toBe(false);
  });
  test('an unknown list counts as a watchlist (its definition is not published)', () => {
    expect(isDrawnInPage(entry(['user-123']), LISTS, off)).toBe(false);
  });
});
