import { describe, expect, test } from 'vitest';
import { parseEuFsfXml } from './eu-fsf.ts';
import { journalDate, parseEuJournalCsv } from './eu-journal.ts';
import { parseUkSanctionsCsv, regimeShort } from './uk-sanctions-list.ts';
import { SourceError } from './source-error.ts';
import { fixture } from '../../../test/fixtures/sources/read-fixture.ts';

describe('EU Financial Sanctions Files XML', () => {
  const batch = parseEuFsfXml(fixture('eu-fsf.xml'), 'eu-fsf.xml');

  test('one record per sanctionEntity, kinds from subjectType, data date from generationDate', () => {
    expect(batch.source).toBe('eu-fsf');
    expect(batch.dataDate).toBe('2026-08-20');
    expect(batch.records.map((r) => [r.names[0]?.text, r.kind])).toEqual([
      ['Public Joint Stock Company Northwind Bank', 'company'],
      ['Ivan Examplov', 'person'],
      ['Example Province Public Security Bureau', 'organization'],
    ]);
    expect(batch.licence).toContain('2011/833/EU');
  });

  test('keeps English, unmarked and own-language names; drops EU translations; strong="false" is weak', () => {
    expect(batch.records[0]?.names).toEqual([
      { text: 'Public Joint Stock Company Northwind Bank', type: 'legal' },
      { text: 'Northwind Bank', type: 'alias' },
      { text: 'ПАО Нордвинд Банк', type: 'local', lang: 'ru' },
      { text: 'NWB', type: 'weak' },
    ]);
    expect(batch.records[2]?.names[1]).toEqual({ text: '示例省公安局', type: 'local', lang: 'zh' });
  });

  test('the listing: date of the earliest act cited in the entry (the regulation is its latest change), every regulation cited; designationDate wins', () => {
    expect(batch.records[0]?.listings).toEqual([
      {
        list: 'EU-FSF',
        programme: 'UKR',
        dateListed: '2022-02-28',
        citation: 'EU reference EU.9001.12; Regulation 2022/1270 (OJ L193); Regulation 2023/571 (OJ L75)',
        status: 'in_force',
        sourceUrl: 'https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32022R1270&from=EN',
      },
    ]);
    expect(batch.records[1]?.listings[0]?.dateListed).toBe('2023-06-23');
    expect(batch.records.map((r) => r.countries)).toEqual([['RU'], ['RU'], []]);
  });

  test('another root element or a nameless entry is refused with the line', () => {
    expect(() => parseEuFsfXml('<CONSOLIDATED_LIST/>', 'x.xml')).toThrow(/expected <export>/);
    const nameless =
      '<export>\n<sanctionEntity euReferenceNumber="EU.1.1"><subjectType code="person"/></sanctionEntity></export>';
    expect(() => parseEuFsfXml(nameless, 'x.xml')).toThrow(SourceError);
    expect(() => parseEuFsfXml(nameless, 'x.xml')).toThrow(
      'x.xml: line 2: sanctionEntity EU.1.1 has no name',
    );
  });
});

describe('UK Sanctions List CSV', () => {
  const batch = parseUkSanctionsCsv(fixture('uk-sanctions-list.csv'), 'uk.csv');

  test('rows of one Unique ID are one designation; report date from the first line', () => {
    expect(batch.dataDate).toBe('2026-08-20');
    expect(batch.records.map((r) => [r.names[0]?.text, r.kind])).toEqual([
      ['PUBLIC JOINT STOCK COMPANY NORTHWIND BANK', 'company'],
      ['IVAN EXAMPLOV', 'person'],
      ['EXAMPLE MONEY EXCHANGE', 'company'],
    ]);
    expect(batch.licence).toContain('Open Government Licence v3.0');
  });

  test('aliases, non-Latin names, low-quality aliases weak, countries', () => {
    expect(batch.records[0]?.names).toEqual([
      { text: 'PUBLIC JOINT STOCK COMPANY NORTHWIND BANK', type: 'legal' },
      { text: 'ПАО Нордвинд Банк', type: 'local', lang: 'ru' },
      { text: 'NORTHWIND BANK', type: 'alias' },
    ]);
    expect(batch.records[2]?.names[1]).toEqual({ text: 'EME', type: 'weak' });
    expect(batch.records.map((r) => r.countries)).toEqual([['RU'], ['RU'], ['PK']]);
  });

  test('the listing: regime, designation date, Unique ID, measures imposed', () => {
    expect(batch.records[0]?.listings).toEqual([
      {
        list: 'UK-SANCTIONS',
        programme: 'Russia',
        dateListed: '2022-02-24',
        citation: 'UK Sanctions List RUS9001',
        status: 'in_force',
        statusDetail: 'Sanctions imposed: Asset freeze, Trust services sanctions.',
      },
    ]);
    expect(batch.records[1]?.listings[0]?.statusDetail).toBe('Sanctions imposed: Asset freeze, Travel Ban.');
  });

  test('a file without the header or a row without a Unique ID is refused', () => {
    expect(() => parseUkSanctionsCsv('Report Date: 1-Jan-2026\nName,Regime\n', 'uk.csv')).toThrow(
      'no header row with a "Unique ID" column',
    );
    const head = 'Unique ID,Name 6,Name type,Regime Name,Designation Type\n';
    expect(() => parseUkSanctionsCsv(`${head},X,Primary Name,R,Entity\n`, 'uk.csv')).toThrow(
      'uk.csv: line 2: row has no Unique ID',
    );
  });
});

describe('UK Sanctions List CSV: names repeated per address, regimes of one country', () => {
  // The published file has one row per name and address: a designation with two addresses prints each name twice.
  const batch = parseUkSanctionsCsv(fixture('uk-sanctions-list-repeats.csv'), 'uk.csv');

  test('each name once, whatever the number of addresses; a low-quality alias weak', () => {
    expect(batch.dataDate).toBe('2026-04-16');
    expect(batch.records.map((r) => r.names)).toEqual([
      [
        { text: 'EXAMPLE NUCLEAR SUPPLY COMPANY', type: 'legal' },
        { text: 'شرکت نمونه', type: 'local' },
        { text: 'EXAMPLE NUCLEAR SUPPLY CO', type: 'alias' },
      ],
      [
        { text: 'EXAMPLE RELIEF FOUNDATION', type: 'legal' },
        { text: 'ERF', type: 'weak' },
      ],
    ]);
    expect(batch.records.map((r) => r.countries)).toEqual([
      ['AE', 'IR'],
      ['KE', 'SO'],
    ]);
  });

  test('the regime keeps the qualifier that tells it from another regime of the same country', () => {
    expect(batch.records.map((r) => r.listings[0]?.programme)).toEqual([
      'Iran (Nuclear)',
      "ISIL (Da'esh) and Al-Qaida",
    ]);
    expect(regimeShort('The Russia (Sanctions) (EU Exit) Regulations 2019')).toBe('Russia');
    expect(regimeShort('The Iran (Sanctions) Regulations 2023')).toBe('Iran');
    expect(regimeShort('The Global Human Rights Sanctions Regulations 2020')).toBe('Global Human Rights');
    expect(regimeShort('The Counter-Terrorism (International Sanctions) (EU Exit) Regulations 2019')).toBe(
      'Counter-Terrorism (International)',
    );
  });
});

describe('EU Official Journal annex transcription', () => {
  const batch = parseEuJournalCsv(fixture('eu-journal.csv'), 'eu-journal.csv');

  test('maps the act and annex to a list; vessels kept as vessels; assets skipped', () => {
    expect(batch.records.map((r) => [r.names[0]?.text, r.kind, r.listings[0]?.list])).toEqual([
      ['EXAMPLENEFT', 'company', 'EU-RUS-SECTORAL'],
      ['JSC Example Concern', 'company', 'EU-RUS-EXPORT'],
      ['EXAMPLE STAR', 'vessel', 'EU-RUS-SECTORAL'],
      ['Northwind Bank', 'company', 'EU-FSF'],
      ['Example Group', 'company', 'EU-FSF'],
    ]);
  });

  test('aliases split on ";", Cyrillic names local, weak aliases weak, country from the address', () => {
    expect(batch.records[1]?.names).toEqual([
      { text: 'JSC Example Concern', type: 'legal' },
      { text: 'Акционерное общество «Пример»', type: 'local', lang: 'ru' },
      { text: 'Example Concern', type: 'alias' },
      { text: 'EC', type: 'weak' },
    ]);
    expect(batch.records[1]?.countries).toEqual(['RU']);
    expect(batch.records[1]?.listings[0]).toMatchObject({
      programme: '833/2014, Annex IV: Export control',
      citation: 'Council Regulation (EU) No 833/2014, Annex IV',
      dateListed: '2014-09-12',
    });
  });

  test('both date spellings of the annexes', () => {
    expect(journalDate('21.7.2022')).toBe('2022-07-21');
    expect(journalDate('14 June 2022')).toBe('2022-06-14');
    expect(journalDate('sometime')).toBeUndefined();
  });

  test('an unknown act is refused with the line', () => {
    const head = 'celex,annex,measure,startDate,schema,name,alias\n';
    expect(() => parseEuJournalCsv(`${head}32099R0001,I,Asset freeze,,LegalEntity,X,\n`, 'j.csv')).toThrow(
      'j.csv: line 2: unknown act "32099R0001"',
    );
  });
});
