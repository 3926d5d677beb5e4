import { describe, expect, test } from 'vitest';
import { migrateSettings } from './migrate.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './schema.ts';

describe('migrateSettings', () => {
  test('anything unreadable becomes the defaults', () => {
    for (const raw of [undefined, null, 42, 'x', [], { version: 'nope' }]) {
      expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  test('defaults: companies and apps on, persons, vessels and aircraft off', () => {
    const { kinds } = migrateSettings(undefined);
    expect(kinds).toMatchObject({ company: true, app: true, person: false, vessel: false, aircraft: false });
  });

  test('step 0 → 1 keeps the fields of unversioned settings', () => {
    const out = migrateSettings({ disabledSites: ['intranet.example'], minConfidence: 'confirmed' });
    expect(out.version).toBe(SETTINGS_VERSION);
    expect(out.disabledSites).toEqual(['intranet.example']);
    expect(out.minConfidence).toBe('confirmed');
  });

  test('step 1 → 2 turns URLs and mixed-case hosts in site lists into bare hostnames', () => {
    const out = migrateSettings({
      version: 1,
      disabledSites: ['https://WWW.Example.com/news?x=1', 'intranet.local:8080', 'www.example.com', '', 7],
      enabledSites: ['HTTP://Vendor.Example/'],
      dismissedBanners: ['Hikvision.com.'],
    });
    expect(out.version).toBe(SETTINGS_VERSION);
    expect(out.disabledSites).toEqual(['www.example.com', 'intranet.local']);
    expect(out.enabledSites).toEqual(['vendor.example']);
    expect(out.dismissedBanners).toEqual(['hikvision.com']);
  });

  test('settings from a newer build keep every field that validates', () => {
    const out = migrateSettings({ version: 99, badgesPerEntity: 7, futureField: true });
    expect(out.version).toBe(SETTINGS_VERSION);
    expect(out.badgesPerEntity).toBe(7);
    expect(out).not.toHaveProperty('futureField');
  });

  test('each bad field falls back to its default, good ones survive', () => {
    const out = migrateSettings({
      version: 1,
      siteMode: 'sometimes',
      updateIntervalHours: 0.5,
      badgesPerEntity: 5,
      kinds: { person: true, company: 'yes' },
      mutedEntities: [{ entityId: 'a', site: '*', extra: 1 }, { entityId: 3 }],
    });
    expect(out.siteMode).toBe(DEFAULT_SETTINGS.siteMode);
    expect(out.updateIntervalHours).toBe(DEFAULT_SETTINGS.updateIntervalHours);
    expect(out.badgesPerEntity).toBe(5);
    expect(out.kinds.person).toBe(true);
    expect(out.kinds.company).toBe(true);
    expect(out.mutedEntities).toEqual([{ entityId: 'a', site: '*' }]);
  });

  test('feed and watchlist URLs must be HTTPS or loopback HTTP', () => {
    const out = migrateSettings({
      version: 2,
      feedUrl: 'http://evil.example/feed.json',
      watchlistUrls: ['https://org.example/w.csv', 'ftp://x/y', 'http://127.0.0.1:8080/w.json', 5],
    });
    expect(out.feedUrl).toBe(DEFAULT_SETTINGS.feedUrl);
    expect(out.watchlistUrls).toEqual(['https://org.example/w.csv', 'http://127.0.0.1:8080/w.json']);
    expect(migrateSettings({ version: 2, feedUrl: 'http://localhost:9000/feed.json' }).feedUrl).toBe(
      'http://localhost:9000/feed.json',
    );
  });

  test('step 2 → 3 drops the direct-mode address and the retired feed host; a feed of its own stays', () => {
    const out = migrateSettings({
      version: 2,
      useDirectCsl: true,
      directCslUrl: 'https://attacker.example/consolidated.json',
      feedUrl: 'https://feed.sanctionslens.org/v1/feed.json',
    });
    expect(out).not.toHaveProperty('directCslUrl');
    expect(out.useDirectCsl).toBe(true);
    expect(out.feedUrl).toBe('');
    const own = migrateSettings({ version: 2, feedUrl: 'https://lists.example.org/feed.json' });
    expect(own.feedUrl).toBe('https://lists.example.org/feed.json');
    expect(
      migrateSettings({ version: 3, directCslUrl: 'https://attacker.example/c.json' }),
    ).not.toHaveProperty('directCslUrl');
  });

  test('oversized lists from a hostile import are refused, never thrown on', () => {
    const huge = Array.from({ length: 6000 }, (_, i) => `s${i}.example`);
    expect(() => migrateSettings({ version: 2, disabledSites: huge, disabledLists: huge })).not.toThrow();
    const out = migrateSettings({ version: 2, disabledSites: huge, disabledLists: huge });
    expect(out.disabledSites.length).toBe(5000);
    expect(out.disabledLists).toEqual([]);
  });

  test('a getter that throws does not escape', () => {
    const evil = Object.defineProperty({ version: 2 }, 'siteMode', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => migrateSettings(evil)).not.toThrow();
  });
});

test('list addresses follow the updater rule: loopback spellings kept as 127.0.0.1, others refused', () => {
  const s = migrateSettings({
    feedUrl: 'http://0x7f000001:8080/feed.json',
    directCslUrl: 'http://2130706434/csl.json',
    watchlistUrls: ['http://2130706433/w.csv', 'http://evil.example/w.csv', 'https://ok.example/w.csv'],
  });
  expect(s.feedUrl).toBe('http://127.0.0.1:8080/feed.json');
  expect(s).not.toHaveProperty('directCslUrl');
  expect(s.watchlistUrls).toEqual(['http://127.0.0.1/w.csv', 'https://ok.example/w.csv']);
});

test('oversized ids, hostnames and an infinite pause are dropped', () => {
  const big = 'x'.repeat(100_000);
  const s = migrateSettings({
    pausedUntil: Number.POSITIVE_INFINITY,
    disabledLists: [big],
    mutedEntities: [
      { entityId: big, site: '*' },
      { entityId: 'ok', site: '*' },
    ],
    disabledSites: [`${'a'.repeat(300)}.example`, 'fine.example'],
  });
  expect(s.pausedUntil).toBe(0);
  expect(s.disabledLists).toEqual([]);
  expect(s.mutedEntities).toEqual([{ entityId: 'ok', site: '*' }]);
  expect(s.disabledSites).toEqual(['fine.example']);
});
