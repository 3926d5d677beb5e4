import { describe, expect, test } from 'vitest';
import { parseOfsiConListCsv } from './uk-ofsi-conlist.ts';
import { fixture } from '../../../test/fixtures/sources/read-fixture.ts';

describe("OFSI's consolidated list (ConList CSV, 2022 format)", () => {
  const batch = parseOfsiConListCsv(fixture('uk-ofsi-conlist.csv'), 'ConList.csv');

  test('rows of one Group ID are one target; kinds from Group Type; date from the first row', () => {
    expect(batch.source).toBe('uk-ofsi-conlist');
    expect(batch.dataDate).toBe('2025-04-10');
    expect(batch.records.map((r) => [r.names[0]?.text, r.kind])).toEqual([
      ['NORTHERN EXAMPLE SHIPPING COMPANY', 'company'],
      ['EXAMPLE EXPEDITIONARY GROUP', 'company'],
      ['Ivan Ivanovich EXAMPLOV', 'person'],
      ['EXAMPLE STAR', 'vessel'],
    ]);
    expect(batch.licence).toContain('Open Government Licence v3.0');
  });

  test('each name once though printed per address; the short form in brackets is a name; Low quality is weak', () => {
    expect(batch.records[0]?.names).toEqual([
      { text: 'NORTHERN EXAMPLE SHIPPING COMPANY', type: 'legal' },
      { text: 'NESCO', type: 'alias' },
      { text: 'Северная примерная судоходная компания', type: 'local', lang: 'ru' },
      { text: 'NORTHERN EXAMPLE SHIPPING', type: 'alias' },
    ]);
    expect(batch.records[1]?.names[1]).toEqual({ text: 'EEG', type: 'weak' });
    expect(batch.records.map((r) => r.countries)).toEqual([['BY', 'RU'], ['LY', 'ML'], [], []]);
  });

  test('the listing cites the UK Sanctions List reference; extra measures from Other Information; all regimes', () => {
    expect(batch.records[0]?.listings).toEqual([
      {
        list: 'UK-SANCTIONS',
        status: 'in_force',
        programme: 'Russia',
        dateListed: '2022-02-24',
        citation: 'UK Sanctions List RUS9201 (OFSI group 99101)',
        statusDetail:
          "Sanctions imposed: Asset freeze, Trust services. As on OFSI's consolidated list of 2025-04-10.",
      },
    ]);
    expect(batch.records[1]?.listings[0]).toMatchObject({
      programme: 'Libya; Russia',
      dateListed: '2022-03-20',
      citation: 'UK Sanctions List LIB9202 (OFSI group 99102)',
      statusDetail: "Sanctions imposed: Asset freeze. As on OFSI's consolidated list of 2025-04-10.",
    });
  });

  test('without a "Last Updated" row the listing names no edition', () => {
    const head = 'Name 6,Group Type,Alias Type,Regime,Group ID\n';
    const batch = parseOfsiConListCsv(`${head}X,Entity,Primary name,Russia,1\n`, 'c.csv');
    expect(batch.dataDate).toBeUndefined();
    expect(batch.records[0]?.listings[0]?.statusDetail).toBe('Sanctions imposed: Asset freeze.');
  });

  test('a file without the header, or a row without a Group ID, is refused with its line', () => {
    expect(() => parseOfsiConListCsv('Last Updated,10/04/2025\nName,Regime\n', 'c.csv')).toThrow(
      'no header row with a "Group ID" column',
    );
    const head = 'Name 6,Group Type,Alias Type,Regime,Group ID\n';
    expect(() => parseOfsiConListCsv(`${head}X,Entity,Primary name,Russia,\n`, 'c.csv')).toThrow(
      'c.csv: line 2: row has no Group ID',
    );
    expect(() => parseOfsiConListCsv(`${head}Y,Entity,Primary name,Russia\n`, 'c.csv')).toThrow(
      'c.csv: line 2: row has no Group ID',
    );
  });
});
