import { describe, expect, test } from 'vitest';
import { parseCslCompact } from './csl-compact.ts';
import { parseCslOfficial } from './csl-official.ts';
import { parseOfacLegacy, readRemarks } from './ofac-legacy.ts';
import { parseUnScXml } from './un-sc-xml.ts';
import { SourceError } from './source-error.ts';
import { fixture, fixtureDir } from '../../../test/fixtures/sources/read-fixture.ts';

describe('CSL compact projection', () => {
  const batch = parseCslCompact(fixture('csl-compact.json'), 'csl-compact.json');

  test('maps sources to lists, skips unknown lists, and takes the data date from sourceGeneratedAt', () => {
    expect(batch.dataDate).toBe('2026-07-31');
    expect(batch.records.map((r) => r.listings[0]?.list)).toEqual([
      'US-BIS-EL',
      'US-BIS-EL',
      'US-OFAC-CMIC',
      'US-BIS-EL',
      'US-OFAC-SDN',
      'US-OFAC-SDN',
      'US-OFAC-SDN',
    ]);
  });

  test('splits a trailing short name and an "Affiliated Entity" into alias and parent', () => {
    const [huawei, marine] = batch.records;
    expect(huawei?.names.map((n) => n.text)).toEqual([
      'Huawei Technologies Co., Ltd.',
      'Huawei',
      'Shenzhen Huawei Technologies',
    ]);
    expect(marine?.names[0]?.text).toBe('Huawei Marine Networks Co., Ltd.');
    expect(marine?.parentNames).toEqual(['Huawei Technologies Co., Ltd.']);
  });

  test('keeps citation, licence policy, programme and kinds', () => {
    const [huawei, , cmic] = batch.records;
    expect(huawei?.listings[0]).toMatchObject({
      citation: '84 FR 22963; 85 FR 29853',
      statusDetail: 'Licence policy: Presumption of denial',
      sourceUrl: 'https://www.bis.gov/regulations/ear/744#supplement-4-744',
    });
    expect(cmic?.listings[0]?.programme).toBe('CMIC-EO13959');
    expect(batch.records[6]?.kind).toBe('person');
  });

  test('a record without a name fails with its index', () => {
    expect(() => parseCslCompact(fixture('broken/csl-missing-name.json'), 'x.json')).toThrow(
      'x.json: entries[1]: missing name "n"',
    );
  });
});

describe('CSL official bulk JSON', () => {
  const batch = parseCslOfficial(fixture('csl-official.json'), 'consolidated.json');

  test('reads names, alt names, address countries, dates and programmes', () => {
    const [hik, sdn] = batch.records;
    expect(hik?.names.map((n) => n.text)).toEqual([
      'Hangzhou Hikvision Digital Technology Co., Ltd.',
      'Hikvision',
    ]);
    expect(hik?.countries).toEqual(['CN']);
    expect(hik?.listings[0]).toMatchObject({
      list: 'US-BIS-EL',
      dateListed: '2019-10-09',
      citation: '84 FR 54002',
    });
    expect(sdn?.listings[0]).toMatchObject({ list: 'US-OFAC-SDN', programme: 'RUSSIA-EO14024' });
  });

  test('an end date makes the listing removed, with that date', () => {
    expect(batch.records[2]?.listings[0]).toMatchObject({ status: 'removed', statusDate: '2023-05-01' });
  });

  test('malformed JSON is refused', () => {
    expect(() => parseCslOfficial('{"results": 3}', 'c.json')).toThrow(
      'c.json: top level: expected {results: [...]}',
    );
  });
});

describe('OFAC legacy CSV', () => {
  test('SDN: joins alt, add and comments on ent_num; remarks give aliases and dates', () => {
    const batch = parseOfacLegacy(fixtureDir('ofac-sdn'), true);
    const [airline, bank, person] = batch.records;
    expect(airline?.names.map((n) => n.text)).toEqual([
      'AEROCARIBBEAN AIRLINES',
      'AERO-CARIBBEAN',
      'AERO-CARIBE',
    ]);
    expect(airline?.countries).toEqual(['CU']);
    expect(bank?.names).toContainEqual({ text: 'EXAMPLE SAVINGS BANK', type: 'former' });
    expect(bank?.names).toContainEqual({ text: 'EXAMPLE BANK INDIA', type: 'alias' });
    expect(bank?.countries).toEqual(['AE', 'RU']);
    expect(bank?.listings[0]).toMatchObject({ list: 'US-OFAC-SDN', dateListed: '2022-02-24' });
    expect(person?.kind).toBe('person');
  });

  test('non-SDN: CMIC rows go to NS-CMIC with listing and effective dates; others by programme', () => {
    const batch = parseOfacLegacy(fixtureDir('ofac-nonsdn'), false);
    expect(batch.records[0]?.listings[0]).toEqual({
      list: 'US-OFAC-CMIC',
      programme: 'CMIC-EO13959',
      dateListed: '2021-06-03',
      status: 'in_force',
      statusDetail: 'Effective 2021-08-02.',
    });
    expect(batch.records[1]?.listings[0]?.list).toBe('US-OFAC-SSI');
  });

  test('a bad ent_num fails with file and line', () => {
    const inputs = [
      { name: 'sdn.csv', text: '36,"A",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \nX1,"B"\n' },
    ];
    expect(() => parseOfacLegacy(inputs, true)).toThrow(
      new SourceError('sdn.csv', 2, 'ent_num "X1" is not a number'),
    );
  });

  test('readRemarks finds a.k.a. and dates', () => {
    expect(readRemarks("Listing Date (CMIC) 03 Jun 2021; a.k.a. 'AECC'.")).toEqual({
      aliases: ['AECC'],
      formers: [],
      listed: '2021-06-03',
    });
  });
});

describe('UN Security Council XML', () => {
  const batch = parseUnScXml(fixture('un-sc.xml'), 'un.xml');

  test('reads individuals and entities with list type, date, reference, countries and original script', () => {
    expect(batch.dataDate).toBe('2026-02-27');
    const [person, entity] = batch.records;
    expect(person?.kind).toBe('person');
    expect(entity?.names).toEqual([
      { text: 'KOREA EXAMPLE TRADING CORPORATION', type: 'legal' },
      { text: '조선예시무역회사', type: 'local' },
      { text: 'KET & Co', type: 'alias' },
      { text: 'Old Example Trading', type: 'former' },
    ]);
    expect(entity?.countries).toEqual(['KP']);
    expect(entity?.listings[0]).toMatchObject({ list: 'UN-SC', programme: 'DPRK', dateListed: '2009-04-24' });
  });

  test('"Low" quality aliases are weak', () => {
    expect(batch.records[0]?.names).toContainEqual({ text: 'Tiger', type: 'weak' });
  });

  test('a mismatched closing tag fails with its line', () => {
    expect(() => parseUnScXml(fixture('broken/un-mismatched.xml'), 'bad.xml')).toThrow(
      'bad.xml: line 6: closing </ENTITIES> but <ENTITY> is open',
    );
  });
});
