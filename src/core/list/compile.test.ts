import { describe, expect, test } from 'vitest';
import {
  compileFixtures,
  fixtureSources,
  TEST_WORDS,
} from '../../../test/fixtures/sources/compile-fixtures.ts';
import { parseFeedSource } from '../sources/feed-source.ts';
import { parseWatchlistCsv } from '../sources/watchlist-csv.ts';
import { parseFeed } from './parse.ts';
import { serializeFeed } from './serialize.ts';
import { compileFeed } from './compile.ts';
import type { Entry } from './format.ts';

const { feed, report } = compileFixtures();
const byId = new Map(feed.entries.map((e) => [e.id, e]));
const find = (name: string): Entry | undefined =>
  feed.entries.find((e) => e.names.some((n) => n.text === name && n.type !== 'weak'));

describe('merging', () => {
  test('Huawei from EL, NS-CMIC, 1260H, FCC, curated and a watchlist is one entry with every listing', () => {
    const huawei = byId.get('company-huawei');
    expect(huawei?.names[0]).toEqual({ text: 'Huawei Technologies Co., Ltd.', type: 'legal' });
    expect(huawei?.listings.map((l) => l.list)).toEqual([
      'US-BIS-EL',
      'US-DOD-1260H',
      'US-FCC-COVERED',
      'US-NDAA19-889',
      'US-OFAC-CMIC',
      'WATCHLIST',
    ]);
    expect(report.merged.find((m) => m.id === 'company-huawei')?.records).toBeGreaterThanOrEqual(6);
  });

  test('source files decide dates; the curated file only fills what they leave empty', () => {
    const listings = byId.get('company-huawei')?.listings ?? [];
    const el = listings.find((l) => l.list === 'US-BIS-EL');
    expect(el?.citation).toBe('84 FR 22963; 85 FR 29853');
    expect(el?.dateListed).toBeUndefined();
    expect(listings.find((l) => l.list === 'US-FCC-COVERED')?.dateListed).toBe('2021-03-12');
    expect(listings.find((l) => l.list === 'US-OFAC-CMIC')).toMatchObject({ dateListed: '2021-06-03' });
  });

  test('a curated date fills an official listing without one, and brings its citation along', () => {
    const withDate = structuredClone(fixtureSources());
    const curated = withDate[0]?.batch.records.find((r) => r.id === 'company-huawei');
    const el = curated?.listings.find((l) => l.list === 'US-BIS-EL');
    if (el) el.dateListed = '2019-05-16';
    const listing = compileFeed(withDate)
      .feed.entries.find((e) => e.id === 'company-huawei')
      ?.listings.find((l) => l.list === 'US-BIS-EL');
    expect(listing).toMatchObject({
      dateListed: '2019-05-16',
      citation: '84 FR 22963; 85 FR 29853; BIS rule of 2019-05-21',
    });
  });

  test('local names join by listed spelling and add Chinese names', () => {
    const names = byId.get('company-huawei')?.names ?? [];
    expect(names).toContainEqual({ text: '华为技术有限公司', type: 'local', lang: 'zh-Hans' });
    expect(names).toContainEqual({ text: 'Huawei', type: 'brand' });
  });

  test('a name that is another entry’s legal name is dropped as alias and reported', () => {
    const names = byId.get('company-huawei')?.names.map((n) => n.text) ?? [];
    expect(names).not.toContain('Huawei Investment & Holding Co., Ltd.');
    expect(report.undecided.some((u) => u.includes('Huawei Investment & Holding Co., Ltd.'))).toBe(true);
  });

  test('parents: TikTok → ByteDance (curated owner), Huawei → Huawei Holding (1260H), affiliate → Huawei (EL)', () => {
    expect(byId.get('app-tiktok')?.parents).toEqual(['company-bytedance']);
    expect(byId.get('company-huawei')?.parents).toEqual([find('Huawei Investment & Holding Co., Ltd.')?.id]);
    expect(find('Huawei Marine Networks Co., Ltd.')?.parents).toEqual(['company-huawei']);
  });

  test('same name with disjoint countries stays two entries and is reported', () => {
    const golden = feed.entries.filter((e) => e.names[0]?.text === 'GOLDEN STAR TRADING LLC');
    expect(golden.map((e) => e.countries)).toEqual([['AE'], ['PA']]);
    expect(report.undecided.some((u) => u.startsWith('Same name "golden star trading"'))).toBe(true);
  });

  test('a short name the local-names file calls ambiguous is weak even when the curated file lists it', () => {
    const names = byId.get('company-zte')?.names ?? [];
    expect(names).toContainEqual({ text: '中兴', type: 'weak', lang: 'zh' });
    expect(names).toContainEqual({ text: '中兴通讯', type: 'local', lang: 'zh' });
  });

  test('everyday-word and very short list aliases are weak; curated brands are not', () => {
    expect(find('Beijing E-Town Semiconductor Technology Co., Ltd.')?.names).toContainEqual({
      text: 'BEST',
      type: 'weak',
    });
    expect(find('EXAMPLE DEFENCE JSC')?.names).toContainEqual({ text: 'Justice', type: 'weak' });
    expect(byId.get('app-tiktok')?.names).toContainEqual({ text: 'Douyin', type: 'brand' });
  });

  test('a curated listing on a list whose source file does not name the entity is kept and reported', () => {
    expect(byId.get('company-kaspersky')?.listings.map((l) => l.list)).toEqual(['US-FCC-COVERED']);
    expect(report.merged.find((m) => m.id === 'company-kaspersky')).toBeDefined();
    expect(find('Kaspersky Lab, Inc.')?.id).toBe('company-kaspersky');
  });

  test('persons, vessels and aircraft keep their kind; the kinds option drops them except on chosen lists', () => {
    expect(find('DOE, John')?.kind).toBe('person');
    const { feed: lean, report: leanReport } = compileFixtures({
      kinds: ['company', 'organization', 'app', 'product'],
    });
    expect(lean.entries.some((e) => e.kind === 'person')).toBe(false);
    expect(leanReport.dropped.person).toBeGreaterThan(0);
  });

  test('known vendor domains are attached; known list URLs are not repeated on listings', () => {
    expect(byId.get('company-huawei')?.domains).toContain('huawei.com');
    expect(byId.get('app-tiktok')?.domains).toEqual(['tiktok.com']);
    const el = byId.get('company-huawei')?.listings.find((l) => l.list === 'US-BIS-EL');
    expect(el?.sourceUrl).toBeUndefined();
  });
});

describe('a feed read back as a source', () => {
  test('re-compiling a feed with a watchlist changes only what the watchlist adds', () => {
    const text = serializeFeed(feed);
    const watch = parseWatchlistCsv(
      'name,aliases,note\nZTE Corporation,,Blocked supplier\nNew Vendor Ltd.,,\n',
      'w.csv',
    );
    const sources = [parseFeedSource(text, 'feed.json'), watch].map((batch) => ({
      batch,
      provenance: {
        id: batch.source,
        file: 'f',
        sha256: 'x',
        dataDate: '2026-08-22',
        records: batch.records.length,
      },
    }));
    const again = compileFeed(sources, { isCommonWord: (w) => TEST_WORDS.has(w) }).feed;
    const line = (f: typeof feed, id: string): string | undefined =>
      serializeFeed(f)
        .split('\n')
        .find((l) => l.startsWith(`{"id":${JSON.stringify(id)},`));
    const changed = again.entries.filter((e) => line(feed, e.id) !== line(again, e.id)).map((e) => e.id);
    expect(changed).toEqual(['company-zte', 'new-vendor']);
    expect(again.entries.length).toBe(feed.entries.length + 1);
  });
});

describe('ids and versions', () => {
  test('ids come from the curated file, else from the display name', () => {
    expect(find('ZTE Corporation')?.id).toBe('company-zte');
    expect(find('Huawei Marine Networks Co., Ltd.')?.id).toBe('huawei-marine-networks');
  });

  test('an earlier feed keeps ids of entries whose legal name is unchanged', () => {
    const earlier = structuredClone(feed);
    const marine = earlier.entries.find((e) => e.id === 'huawei-marine-networks') as Entry;
    marine.id = 'marine-old-id';
    const { feed: again } = compileFixtures({ previous: earlier });
    expect(again.entries.find((e) => e.names[0]?.text === 'Huawei Marine Networks Co., Ltd.')?.id).toBe(
      'marine-old-id',
    );
  });

  test('version is the data date with a revision that only grows when content changes', () => {
    expect(feed.dataDate).toBe('2026-08-22');
    expect(feed.version).toBe(2026082200);
    expect(compileFixtures({ previous: feed }).feed.version).toBe(2026082200);
    // An earlier feed read back from its file (the --previous option) is the same content.
    expect(compileFixtures({ previous: parseFeed(serializeFeed(feed)) }).feed.version).toBe(2026082200);
    const changed = { ...feed, entries: feed.entries.slice(1) };
    expect(compileFixtures({ previous: changed }).feed.version).toBe(2026082201);
  });
});
