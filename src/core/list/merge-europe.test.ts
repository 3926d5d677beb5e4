import { describe, expect, test } from 'vitest';
import { compileFeed, type CompileSource } from './compile.ts';
import type { Entry } from './format.ts';
import { parseCslCompact } from '../sources/csl-compact.ts';
import { parseEuJournalCsv } from '../sources/eu-journal.ts';
import { parseUkSanctionsCsv } from '../sources/uk-sanctions-list.ts';
import { parseUnScXml } from '../sources/un-sc-xml.ts';
import type { SourceBatch } from '../sources/types.ts';

// The same Russian companies as the US, EU, UK and UN lists write them, each in its own file format.
const US = parseCslCompact(
  JSON.stringify({
    sourceGeneratedAt: '2026-07-31',
    tables: {
      sources: [
        'Entity List (EL) - Bureau of Industry and Security',
        'Specially Designated Nationals (SDN) - Treasury Department',
      ],
    },
    entries: [
      { n: 'Rosneft', a: ['Open Joint-Stock Company Rosneft Oil Company'], s: 0, c: ['RU'] },
      {
        n: 'OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY',
        a: ['ROSNEFT', 'OJSC ROSNEFT OIL COMPANY'],
        s: 1,
        t: 'Entity',
        c: ['RU'],
      },
      {
        n: 'PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA',
        a: ['SBERBANK', 'SBERBANK ROSSII'],
        s: 1,
        t: 'Entity',
        c: ['RU'],
      },
      {
        n: 'Gazprom Neft',
        a: ['Open Joint-Stock Company Gazprom Neft', 'JSC Gazprom Neft'],
        s: 0,
        c: ['RU'],
      },
      {
        n: 'PUBLIC JOINT STOCK COMPANY GAZPROM NEFT',
        a: ['GAZPROM NEFT PJSC'],
        s: 1,
        t: 'Entity',
        c: ['RU'],
      },
      {
        n: "PRIVATE MILITARY COMPANY 'WAGNER'",
        a: [
          'PMC WAGNER',
          "CHASTNAYA VOENNAYA KOMPANIYA 'VAGNER'",
          'CHVK VAGNER',
          'WAGNER GROUP',
          'Vagner Group',
        ],
        s: 1,
        t: 'Entity',
        c: ['RU'],
      },
    ],
  }),
  'csl.json',
);

const JOURNAL_HEAD = 'celex,annex,measure,startDate,schema,name,alias,address';
const EU = parseEuJournalCsv(
  [
    JOURNAL_HEAD,
    '32014R0833,III,Financial restrictions,,LegalEntity,SBERBANK,,',
    '32014R0833,VI,Financial restrictions,,LegalEntity,ROSNEFT,,',
    '32014R0833,VI,Financial restrictions,,LegalEntity,GAZPROM NEFT,,',
    '32014R0269,I.ENTITIES,Asset freeze,21.7.2022,LegalEntity,Sberbank,Сбербанк,"19 Vavilova St., 117997 Moscow, Russian Federation"',
    '32014R0269,I.ENTITIES,Asset freeze,13.4.2023,LegalEntity,Wagner Group,Группа Вагнера; Vagner Group; PMC Wagner; Liga; League,',
  ].join('\n'),
  'eu.csv',
);

const UK_HEAD =
  'Unique ID,Name 6,Name type,Alias strength,Regime Name,Designation Type,Sanctions Imposed,Address Country,Date Designated';
const REGIME = 'The Russia (Sanctions) (EU Exit) Regulations 2019';
const UK = parseUkSanctionsCsv(
  [
    'Report Date: 20-Aug-2026',
    UK_HEAD,
    `RUS9101,PUBLIC JOINT STOCK COMPANY ROSNEFT OIL COMPANY,Primary Name,,${REGIME},Entity,Asset freeze,Russia,15/10/2025`,
    `RUS9101,ROSNEFT,Alias,,${REGIME},Entity,Asset freeze,Russia,15/10/2025`,
    `RUS9102,PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA,Primary Name,,${REGIME},Entity,Asset freeze,Russia,06/04/2022`,
    `RUS9103,PUBLIC JOINT STOCK COMPANY GAZPROM NEFT,Primary Name,,${REGIME},Entity,Asset freeze,Russia,10/01/2025`,
    `RUS9104,WAGNER GROUP,Primary Name,,${REGIME},Entity,Asset freeze,,20/03/2022`,
    `RUS9104,PMC WAGNER,Alias,,${REGIME},Entity,Asset freeze,,20/03/2022`,
  ].join('\n'),
  'uk.csv',
);

const UN = parseUnScXml(
  `<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z"><ENTITIES><ENTITY><DATAID>1</DATAID>
  <FIRST_NAME>PMC WAGNER</FIRST_NAME><UN_LIST_TYPE>Example</UN_LIST_TYPE><REFERENCE_NUMBER>XXe.001</REFERENCE_NUMBER>
  <LISTED_ON>2024-01-01</LISTED_ON></ENTITY></ENTITIES></CONSOLIDATED_LIST>`,
  'un.xml',
);

function sources(batches: SourceBatch[]): CompileSource[] {
  return batches.map((batch, i) => ({
    batch,
    provenance: {
      id: batch.source,
      file: `f${i}`,
      sha256: 'x',
      dataDate: batch.dataDate ?? '2026-08-14',
      records: batch.records.length,
    },
  }));
}

const { feed } = compileFeed(sources([US, EU, UK, UN]));

function entryNamed(name: string): Entry {
  const e = feed.entries.find((x) => x.names.some((n) => n.text.toLowerCase() === name.toLowerCase()));
  if (!e) throw new Error(`no entry named ${name}`);
  return e;
}

function lists(e: Entry): string[] {
  return [...new Set(e.listings.map((l) => l.list))].sort();
}

describe('one entry per company across the US, EU, UK and UN lists', () => {
  test('Rosneft: Entity List, SDN, EU sectoral measures and the UK list on one entry', () => {
    const e = entryNamed('Rosneft');
    expect(lists(e)).toEqual(['EU-RUS-SECTORAL', 'UK-SANCTIONS', 'US-BIS-EL', 'US-OFAC-SDN']);
    expect(e.listings.find((l) => l.list === 'UK-SANCTIONS')?.dateListed).toBe('2025-10-15');
  });

  test('Sberbank: SDN, EU asset freeze and sectoral measures, and the UK list', () => {
    expect(lists(entryNamed('Sberbank'))).toEqual([
      'EU-FSF',
      'EU-RUS-SECTORAL',
      'UK-SANCTIONS',
      'US-OFAC-SDN',
    ]);
  });

  test('Gazprom Neft: Entity List, SDN, EU sectoral measures and the UK list', () => {
    expect(lists(entryNamed('Gazprom Neft'))).toEqual([
      'EU-RUS-SECTORAL',
      'UK-SANCTIONS',
      'US-BIS-EL',
      'US-OFAC-SDN',
    ]);
  });

  test('Wagner: SDN, EU, UK and UN on one entry', () => {
    expect(lists(entryNamed('PMC WAGNER'))).toEqual(['EU-FSF', 'UK-SANCTIONS', 'UN-SC', 'US-OFAC-SDN']);
  });

  test('each company is one entry, not one per list', () => {
    const ids = ['Rosneft', 'Sberbank', 'Gazprom Neft', 'PMC WAGNER'].map((n) => entryNamed(n).id);
    expect(new Set(ids).size).toBe(4);
    expect(feed.entries).toHaveLength(4);
  });
});

describe('legal forms written after the name on one list and before it on another', () => {
  const us = parseCslCompact(
    JSON.stringify({
      sourceGeneratedAt: '2026-07-31',
      tables: { sources: ['Specially Designated Nationals (SDN) - Treasury Department'] },
      entries: [
        {
          n: 'PROMSVYAZBANK PUBLIC JOINT STOCK COMPANY',
          a: ['OJSC PROMSVYAZBANK'],
          s: 0,
          t: 'Entity',
          c: ['RU'],
        },
        {
          n: 'LIMITED LIABILITY COMPANY ARCTIC LNG 2',
          a: ['OOO ARKTIK SPG 2'],
          s: 0,
          t: 'Entity',
          c: ['RU'],
        },
        // Same core name, different company: nothing names the other, so they stay apart.
        { n: 'LIMITED LIABILITY COMPANY VEKTOR', s: 0, t: 'Entity', c: ['RU'] },
      ],
    }),
    'csl.json',
  );
  const uk = parseUkSanctionsCsv(
    [
      'Report Date: 20-Aug-2026',
      UK_HEAD,
      `RUS0256,PUBLIC JOINT STOCK COMPANY PROMSVYAZBANK,Primary Name,,${REGIME},Entity,Asset freeze,Russia,24/02/2022`,
      `RUS0256,PJSC PROMSVYAZBANK,Alias,,${REGIME},Entity,Asset freeze,Russia,24/02/2022`,
      `RUS1500,ARCTIC LNG 2 LIMITED LIABILITY COMPANY,Primary Name,,${REGIME},Entity,Asset freeze,Russia,24/02/2024`,
      `RUS1500,OOO ARKTIK SPG 2,Alias,,${REGIME},Entity,Asset freeze,Russia,24/02/2024`,
      `RUS1600,JOINT STOCK COMPANY VEKTOR,Primary Name,,${REGIME},Entity,Asset freeze,Russia,24/02/2024`,
    ].join('\n'),
    'uk.csv',
  );
  const { feed: both } = compileFeed(sources([us, uk]));
  const listsOf = (name: RegExp) =>
    both.entries.filter((e) => e.names.some((n) => name.test(n.text))).map((e) => lists(e));

  test('"… Public Joint Stock Company" and "Public Joint Stock Company …" are one bank', () => {
    expect(listsOf(/promsvyazbank/i)).toEqual([['UK-SANCTIONS', 'US-OFAC-SDN']]);
  });

  test('"… Limited Liability Company" and "Limited Liability Company …" are one company', () => {
    expect(listsOf(/arctic lng 2/i)).toEqual([['UK-SANCTIONS', 'US-OFAC-SDN']]);
  });

  test('two companies that share only a core name stay apart', () => {
    expect(listsOf(/vektor/i).sort()).toEqual([['UK-SANCTIONS'], ['US-OFAC-SDN']]);
  });
});
