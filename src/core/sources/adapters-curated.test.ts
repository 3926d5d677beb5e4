import { describe, expect, test } from 'vitest';
import { parseBisMieu } from './bis-mieu.ts';
import { parseCuratedRestrictions } from './curated.ts';
import { parseDod1260h } from './dod-1260h.ts';
import { fccCategoryName, fccEntityName, parseFccCovered } from './fcc-covered.ts';
import { parseLocalNames } from './local-names.ts';
import { parseNdaaList } from './ndaa.ts';
import { parseWatchlistCsv } from './watchlist-csv.ts';
import { fixture } from '../../../test/fixtures/sources/read-fixture.ts';

describe('DoD 1260H transcription', () => {
  const batch = parseDod1260h(fixture('dod-1260h.csv'), '1260h.csv');
  const byName = new Map(batch.records.map((r) => [r.names[0]?.text, r]));

  test('one record per entity, earliest open edition as date, parent and alias kept', () => {
    const huawei = byName.get('Huawei Technologies Co., Ltd.');
    expect(huawei?.listings[0]).toMatchObject({
      list: 'US-DOD-1260H',
      dateListed: '2021-06-03',
      status: 'in_force',
      citation: 'DoD 1260H list, editions 2021-06-03, 2026-06-08',
      sourceUrl: 'https://media.defense.gov/2026/Jun/08/example.PDF',
    });
    expect(huawei?.parentNames).toEqual(['Huawei Investment & Holding Co., Ltd.']);
    expect(huawei?.names).toContainEqual({ text: 'Huawei', type: 'alias' });
    expect(batch.dataDate).toBe('2026-06-08');
  });

  test('all rows ended → removed with the end date; open but absent from the newest edition → unclear', () => {
    expect(byName.get('Old Shipbuilding Co., Ltd.')?.listings[0]).toMatchObject({
      status: 'removed',
      statusDate: '2024-01-31',
    });
    const quiet = byName.get('Quiet Electronics Co., Ltd.');
    expect(quiet?.listings[0]?.status).toBe('unclear');
    expect(quiet?.names).toContainEqual({ text: 'Former Electronics Co.', type: 'former' });
  });

  test('a bad date fails with the line', () => {
    expect(() => parseDod1260h(fixture('broken/1260h-bad-date.csv'), 'b.csv')).toThrow(
      'b.csv: line 3: Start date "June 2021" is not YYYY-MM-DD',
    );
  });
});

describe('FCC Covered List', () => {
  test('names the covered company, or the category for category-wide rows', () => {
    const batch = parseFccCovered(fixture('fcc-table.csv'), 'table.csv');
    expect(batch.records.map((r) => [r.kind, r.names[0]?.text, r.parentNames])).toEqual([
      ['company', 'Huawei Technologies Company', []],
      ['company', 'Kaspersky Lab, Inc.', []],
      ['company', 'Pacific Networks Corp', []],
      ['company', 'ComNet (USA) LLC', ['Pacific Networks Corp']],
      ['product', 'Routers produced in a foreign country', []],
    ]);
    expect(batch.records[4]?.listings[0]).toMatchObject({
      dateListed: '2026-03-23',
      statusDate: '2026-04-02',
    });
    expect(batch.dataDate).toBe('2026-04-02');
  });

  test('reads the older semicolon file with its Entity Name column', () => {
    const batch = parseFccCovered(fixture('fcc-2024.csv'), 'data.csv');
    expect(batch.records[0]?.names[0]?.text).toBe('ZTE Corporation');
    expect(batch.records[0]?.listings[0]?.dateListed).toBe('2021-03-12');
  });

  test('entity and category extraction', () => {
    expect(
      fccEntityName(
        'Information security products supplied, directly or indirectly, by AO Kaspersky Lab or any of its affiliates.',
      ),
    ).toBe('AO Kaspersky Lab');
    expect(fccCategoryName('Foreign-produced power inverters, £ except power inverters which have …')).toBe(
      'Foreign-produced power inverters',
    );
  });
});

describe('NDAA lists', () => {
  test('§154 is pending until its start date; §1286 keeps its report year and country', () => {
    const [catl, eit] = parseNdaaList(fixture('ndaa-154.csv'), 'ndaa.csv').records;
    expect(catl?.listings[0]).toMatchObject({
      list: 'US-NDAA24-154',
      dateListed: '2023-12-22',
      status: 'pending',
    });
    expect(catl?.names).toContainEqual({ text: 'CATL', type: 'alias' });
    expect(eit?.kind).toBe('organization');
    expect(eit?.countries).toEqual(['CN']);
    expect(eit?.listings[0]).toMatchObject({ list: 'US-NDAA19-1286', programme: '2025 list' });
    expect(eit?.names.map((n) => n.text)).toEqual(['Example Institute of Technology', 'EIT', 'Example Tech']);
  });
});

describe('curated restrictions', () => {
  const batch = parseCuratedRestrictions(fixture('restrictions.json'), 'restrictions.json');
  const tiktok = batch.records[0];

  test('keeps ids, types names by script and legal form, and links the owner', () => {
    expect(tiktok?.id).toBe('app-tiktok');
    expect(tiktok?.kind).toBe('app');
    expect(tiktok?.names).toEqual([
      { text: 'TikTok', type: 'brand' },
      { text: '抖音', type: 'local', lang: 'zh' },
      { text: 'Douyin', type: 'brand' },
    ]);
    expect(tiktok?.parentNames).toEqual(['ByteDance Ltd.']);
    expect(batch.dataDate).toBe('2026-08-22');
  });

  test('maps instruments to lists, statuses and status dates (India orders become one list)', () => {
    expect(tiktok?.listings.map((l) => [l.list, l.status, l.statusDate])).toEqual([
      ['US-PAFACA', 'in_force', undefined],
      ['US-EO13942', 'revoked', '2021-06-09'],
      ['IN-MEITY-69A', 'in_force', undefined],
    ]);
  });

  test('an unknown status is refused', () => {
    const text =
      '{"parties": [{"id": "x", "names": ["X"], "kind": "app", "restrictions": [{"instrument_key": "US-PAFACA", "status": "maybe"}]}]}';
    expect(() => parseCuratedRestrictions(text, 'r.json')).toThrow(
      'r.json: parties[0] (x): unknown status "maybe"',
    );
  });
});

describe('local names', () => {
  test('enrich records join by every listed spelling; ambiguous short names are weak', () => {
    const [huawei, zte] = parseLocalNames(fixture('local-names.json'), 'l.json').records;
    expect(huawei?.role).toBe('enrich');
    expect(huawei?.joinNames).toContain('Huawei Technologies Co., Ltd. (Huawei)');
    expect(zte?.names).toContainEqual({ text: '中兴', type: 'weak', lang: 'zh-Hans' });
    expect(zte?.names).toContainEqual({ text: '中兴通讯', type: 'local', lang: 'zh-Hans' });
    expect(zte?.names).toContainEqual({ text: 'ZTE', type: 'brand' });
  });
});

describe('watchlist CSV', () => {
  test('rows become WATCHLIST entries with aliases, note and country', () => {
    const [acme] = parseWatchlistCsv(fixture('watchlist.csv'), 'w.csv').records;
    expect(acme?.names.map((n) => n.text)).toEqual(['Acme Surveillance Ltd.', 'Acme Cams', 'ACME-SV']);
    expect(acme?.countries).toEqual(['CN']);
    expect(acme?.listings).toEqual([
      { list: 'WATCHLIST', status: 'in_force', statusDetail: 'Internal review 2026-03' },
    ]);
  });

  test('an empty name fails with its line', () => {
    expect(() => parseWatchlistCsv('name,aliases,note\nA,,\n,b,\n', 'w.csv')).toThrow(
      'w.csv: line 3: name is empty',
    );
  });
});

describe('BIS MIEU transcription', () => {
  test('rows become organisations on US-BIS-MIEU with date, alias and country', () => {
    const batch = parseBisMieu(fixture('mieu.csv'), 'mieu.csv');
    expect(batch.dataDate).toBe('2021-03-16');
    expect(batch.records[0]?.names).toEqual([
      { text: 'Directorate of Military Intelligence', type: 'legal' },
      { text: 'DIM', type: 'alias' },
    ]);
    expect(batch.records[1]?.countries).toEqual(['CN']);
    expect(batch.records[1]?.listings[0]).toMatchObject({ list: 'US-BIS-MIEU', dateListed: '2021-03-16' });
  });

  test('a bad date fails with its line', () => {
    const text =
      'Type,Name,Alias,Country,Topics,Program,Date,End date,Source URL\nOrganization,X,,CU,,,16 March 2021,,\n';
    expect(() => parseBisMieu(text, 'm.csv')).toThrow(
      'm.csv: line 2: Date "16 March 2021" is not YYYY-MM-DD',
    );
  });
});
