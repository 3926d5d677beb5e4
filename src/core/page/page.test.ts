import { describe, expect, test } from 'vitest';
import type { Entry, ListDefinition } from '../list/format.ts';
import type { Hit } from '../match/types.ts';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema.ts';
import {
  filterHits,
  hitContext,
  isMuted,
  locateOffset,
  planBadges,
  shouldShowBanner,
  sortListings,
  pageHitsState,
  distinctListings,
  summarizeBadge,
  type HitCatalog,
} from './index.ts';

const list = (id: string, family: ListDefinition['family'], jurisdiction = 'US'): ListDefinition => ({
  id,
  name: `${id} name`,
  label: id.toUpperCase(),
  family,
  authority: 'Authority',
  jurisdiction,
  meaningReader: 'r',
  meaningBuyer: 'b',
});
const LISTS = [
  list('fcc', 'procurement-ban'),
  list('el', 'export-control'),
  list('eo', 'app-ban'),
  list('eu', 'sanctions', 'EU'),
];
const entry = (id: string, over: Partial<Entry> = {}): Entry => ({
  id,
  kind: 'company',
  names: [{ text: id, type: 'legal' }],
  countries: ['CN'],
  domains: [],
  parents: [],
  listings: [{ list: 'fcc', status: 'in_force' }],
  ...over,
});
const catalog = (entries: Entry[]): HitCatalog => ({
  entities: new Map(entries.map((e) => [e.id, e])),
  lists: new Map(LISTS.map((l) => [l.id, l])),
});
const settings = (over: Partial<Settings> = {}): Settings =>
  ({ ...structuredClone(DEFAULT_SETTINGS), ...over }) as Settings;
const hit = (
  entityId: string,
  start: number,
  end: number,
  confidence: Hit['confidence'] = 'confirmed',
): Hit => ({
  entityId,
  start,
  end,
  confidence,
  name: entityId,
});

describe('filterHits', () => {
  const cat = catalog([
    entry('hik'),
    entry('zte', { listings: [{ list: 'el', status: 'in_force' }] }),
    entry('bob', { kind: 'person' }),
    entry('eu-co', { listings: [{ list: 'eu', status: 'in_force' }] }),
  ]);
  test('drops unknown entries, disabled kinds and weaker confidences', () => {
    const hits = [hit('hik', 0, 3), hit('nope', 4, 6), hit('bob', 7, 9), hit('zte', 10, 13, 'possible')];
    expect(filterHits(hits, cat, settings(), 'a.com').map((h) => h.entityId)).toEqual(['hik']);
    const all = settings({ minConfidence: 'possible', kinds: { ...DEFAULT_SETTINGS.kinds, person: true } });
    expect(filterHits(hits, cat, all, 'a.com').map((h) => h.entityId)).toEqual(['hik', 'bob', 'zte']);
  });
  test('drops entries whose every listing is on a disabled list or jurisdiction', () => {
    const hits = [hit('hik', 0, 3), hit('zte', 4, 7), hit('eu-co', 8, 12)];
    const s = settings({ disabledLists: ['fcc'], disabledJurisdictions: ['EU'] });
    expect(filterHits(hits, cat, s, 'a.com').map((h) => h.entityId)).toEqual(['zte']);
  });
  test('mutes apply to the muted host, its subdomains and everywhere for *', () => {
    const s = settings({ mutedEntities: [{ entityId: 'hik', site: 'a.com' }] });
    expect(filterHits([hit('hik', 0, 3)], cat, s, 'www.a.com')).toEqual([]);
    expect(filterHits([hit('hik', 0, 3)], cat, s, 'b.com')).toHaveLength(1);
    expect(isMuted(settings({ mutedEntities: [{ entityId: 'hik', site: '*' }] }), 'hik', 'b.com')).toBe(true);
  });
  test('sorts by position and drops overlaps, keeping the longer', () => {
    const hits = [hit('zte', 5, 8), hit('hik', 0, 3), hit('zte', 0, 6)];
    expect(filterHits(hits, cat, settings(), 'a.com').map((h) => [h.entityId, h.start])).toEqual([
      ['zte', 0],
    ]);
  });
});

describe('summarizeBadge and sortListings', () => {
  const lists = catalog([]).lists;
  test('picks the most severe family still in force', () => {
    const s = summarizeBadge(
      [
        { list: 'eo', status: 'in_force' },
        { list: 'el', status: 'in_force' },
        { list: 'eu', status: 'revoked' },
      ],
      lists,
    );
    expect(s).toEqual({ family: 'export-control', listLabel: 'EL', isHistoric: false, listingCount: 3 });
  });
  test('says historic when every listing is revoked or removed', () => {
    const s = summarizeBadge(
      [
        { list: 'eo', status: 'revoked' },
        { list: 'fcc', status: 'removed' },
      ],
      lists,
    );
    expect(s?.isHistoric).toBe(true);
    expect(s?.family).toBe('procurement-ban');
    expect(summarizeBadge([], lists)).toBeNull();
  });
  test('card order: current first, then severity, then newest', () => {
    const sorted = sortListings(
      [
        { list: 'eo', status: 'revoked', dateListed: '2020-01-01' },
        { list: 'fcc', status: 'in_force', dateListed: '2021-01-01' },
        { list: 'fcc', status: 'in_force', dateListed: '2022-01-01' },
        { list: 'el', status: 'in_force', dateListed: '2019-01-01' },
      ],
      lists,
    );
    expect(sorted.map((l) => `${l.list}${l.dateListed}`)).toEqual([
      'el2019-01-01',
      'fcc2022-01-01',
      'fcc2021-01-01',
      'eo2020-01-01',
    ]);
  });
});

describe('planBadges', () => {
  test('first N mentions per entity get a badge, counting earlier ones', () => {
    const counts = new Map([['a', 1]]);
    expect(planBadges(['a', 'b', 'a', 'a', 'b'], counts, 2)).toEqual([true, true, false, false, true]);
    expect(counts.get('a')).toBe(2);
  });
});

describe('hitContext', () => {
  test('keeps up to radius characters each side, cut at spaces, with ellipses', () => {
    const text = `${'lorem '.repeat(30)}Huawei Technologies ${'ipsum '.repeat(30)}`;
    const start = text.indexOf('Huawei');
    const ctx = hitContext(text, start, start + 19, 20);
    expect(ctx).toBe('…lorem lorem lorem Huawei Technologies ipsum ipsum ipsum…');
    expect(hitContext('  ZTE  sells\n phones', 2, 5)).toBe('ZTE sells phones');
  });
});

describe('locateOffset', () => {
  const starts = [0, 7, 19];
  test('maps offsets into nodes; ends stay in the earlier node at a boundary', () => {
    expect(locateOffset(starts, 25, 3, false)).toEqual({ index: 0, offset: 3 });
    expect(locateOffset(starts, 25, 7, false)).toEqual({ index: 1, offset: 0 });
    expect(locateOffset(starts, 25, 7, true)).toEqual({ index: 0, offset: 7 });
    expect(locateOffset(starts, 25, 25, true)).toEqual({ index: 2, offset: 6 });
    expect(locateOffset(starts, 25, 99, true)).toEqual({ index: 2, offset: 6 });
  });
  test('skips empty nodes', () => {
    expect(locateOffset([0, 4, 4, 9], 12, 4, false)).toEqual({ index: 2, offset: 0 });
    expect(locateOffset([0, 4, 4, 9], 12, 4, true)).toEqual({ index: 0, offset: 4 });
  });
});

describe('shouldShowBanner', () => {
  const hik = entry('hik', { domains: ['hikvision.com'] });
  const cat = catalog([hik]);
  test('shows on the entry domain and subdomains, not elsewhere', () => {
    expect(shouldShowBanner(hik, cat, settings(), 'www.hikvision.com', 0)).toBe(true);
    expect(shouldShowBanner(hik, cat, settings(), 'nothikvision.com', 0)).toBe(false);
    expect(shouldShowBanner(null, cat, settings(), 'hikvision.com', 0)).toBe(false);
  });
  test('respects dismissal, site switch, pause and mutes', () => {
    expect(
      shouldShowBanner(hik, cat, settings({ dismissedBanners: ['hikvision.com'] }), 'hikvision.com', 0),
    ).toBe(false);
    expect(
      shouldShowBanner(hik, cat, settings({ disabledSites: ['hikvision.com'] }), 'hikvision.com', 0),
    ).toBe(false);
    expect(shouldShowBanner(hik, cat, settings({ pausedUntil: 100 }), 'hikvision.com', 50)).toBe(false);
    expect(shouldShowBanner(hik, cat, settings({ pausedUntil: 100 }), 'hikvision.com', 150)).toBe(true);
    const muted = settings({ mutedEntities: [{ entityId: 'hik', site: 'hikvision.com' }] });
    expect(shouldShowBanner(hik, cat, muted, 'hikvision.com', 0)).toBe(false);
  });
});

describe('popup page summary', () => {
  test('paused or off never reads as "nothing found"', () => {
    expect(pageHitsState(false, 0, false)).toBe('off');
    expect(pageHitsState(false, 12, true)).toBe('off');
    expect(pageHitsState(true, 0, false)).toBe('none');
    expect(pageHitsState(true, 0, true)).toBe('hits');
    expect(pageHitsState(true, 3, false)).toBe('hits');
  });

  test('a list appears once per entity, its current listing kept', () => {
    const lists = new Map([['FCC', { label: 'FCC Covered List' } as never]]);
    const out = distinctListings(
      [
        { list: 'FCC', status: 'removed', programme: 'a' },
        { list: 'FCC', status: 'in_force', programme: 'b' },
        { list: 'EL', status: 'in_force' },
      ],
      lists,
    );
    expect(out.map((l) => `${l.list}:${l.status}`)).toEqual(['FCC:in_force', 'EL:in_force']);
  });
});
