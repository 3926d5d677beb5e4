import { describe, expect, test } from 'vitest';
import { compileFeed, type CompileSource } from './compile.ts';
import type { Entry, Feed } from './format.ts';
import { parseCslCompact } from '../sources/csl-compact.ts';
import { parseCuratedRestrictions } from '../sources/curated.ts';
import { parseLocalNames } from '../sources/local-names.ts';
import type { SourceBatch } from '../sources/types.ts';

// Small sources in the real formats: curated restrictions.json, the compact CSL projection, local-names.json.
const EL = 'Entity List (EL) - Bureau of Industry and Security';
const SDN = 'Specially Designated Nationals (SDN) - Treasury Department';
const ISN = 'Nonproliferation Sanctions (ISN) - State Department';

interface Row {
  n: string;
  a?: string[];
  s: number;
  t?: string;
  c?: string[];
}

function csl(entries: Row[]): SourceBatch {
  const text = JSON.stringify({
    sourceGeneratedAt: '2026-07-31',
    tables: { sources: [EL, SDN, ISN] },
    entries,
  });
  return parseCslCompact(text, 'csl.json');
}

function curated(parties: object[]): SourceBatch {
  return parseCuratedRestrictions(JSON.stringify({ data_as_of: '2026-08-22', parties }), 'restrictions.json');
}

function localNames(entries: object[]): SourceBatch {
  return parseLocalNames(JSON.stringify({ data_as_of: '2026-08-22', entries }), 'local-names.json');
}

function party(id: string, names: string[], aliases: string[], kind = 'company', key = 'US-BIS-EL'): object {
  return {
    id,
    names,
    aliases,
    kind,
    country: 'CN',
    restrictions: [{ instrument_key: key, status: 'in_force' }],
  };
}

function compile(batches: SourceBatch[], previous?: Feed) {
  const sources: CompileSource[] = batches.map((batch) => ({
    batch,
    provenance: { id: batch.source, file: 'f', sha256: 'x', dataDate: '2026-08-22', records: 0 },
  }));
  return compileFeed(sources, { isCommonWord: () => false, ...(previous ? { previous } : {}) });
}

const named = (feed: Feed, text: string): Entry[] =>
  feed.entries.filter((e) => e.names.some((n) => n.text === text));

describe('kind guessed from a name never splits a company', () => {
  test('an Entity List row that looks like a person joins the curated company with that legal name', () => {
    const { feed } = compile([
      curated([{ ...party('company-morel', ['Severin Morel', 'AO Severin Morel'], []), country: 'FR' }]),
      csl([{ n: 'Severin Morel', s: 0, c: ['FR'] }]),
    ]);
    expect(named(feed, 'Severin Morel').map((e) => [e.id, e.kind])).toEqual([['company-morel', 'company']]);
    expect(feed.entries[0]?.listings.map((l) => l.list)).toEqual(['US-BIS-EL']);
  });

  test('a person-looking row joins a typed SDN entity of the same name and country and takes its kind', () => {
    const { feed } = compile([
      csl([
        { n: 'Arvo Lindqvist', s: 0, c: ['FI'] },
        { n: 'ARVO LINDQVIST', s: 1, t: 'Entity', c: ['FI'] },
      ]),
    ]);
    expect(feed.entries.map((e) => [e.kind, e.listings.length])).toEqual([['company', 2]]);
  });

  test('AO Kaspersky Lab on the Entity List merges into the curated Kaspersky entry', () => {
    const kaspersky = party('company-kaspersky', ['Kaspersky Lab', 'AO Kaspersky Lab'], ['Kaspersky']);
    const { feed } = compile([
      curated([{ ...kaspersky, country: 'RU' }]),
      csl([{ n: 'AO Kaspersky Lab', a: ['JSC Kaspersky Lab'], s: 0, c: ['RU'] }]),
    ]);
    expect(feed.entries.map((e) => [e.id, e.kind])).toEqual([['company-kaspersky', 'company']]);
  });
});

describe('packed names and boilerplate clauses', () => {
  test('the successor clause is dropped and packed aliases become separate names', () => {
    const { feed } = compile([
      csl([
        { n: 'PMC Wagner; and any successor, sub-unit, or subsidiary thereof', s: 2 },
        {
          n: 'CETC Chip Technology Co., Ltd.',
          a: ['CETC 24;Sichuan Solid Circuit Research Institute;'],
          s: 0,
        },
      ]),
    ]);
    expect(feed.entries.map((e) => e.names[0]?.text)).toEqual([
      'CETC Chip Technology Co., Ltd.',
      'PMC Wagner',
    ]);
    const texts = feed.entries.flatMap((e) => e.names.map((n) => n.text));
    expect(texts).toEqual(expect.arrayContaining(['CETC 24', 'Sichuan Solid Circuit Research Institute']));
    expect(texts.filter((t) => t.includes(';') || /successor/i.test(t))).toEqual([]);
  });

  test('an earlier feed keeps the id of an entry whose name lost its clause', () => {
    const row = { n: 'PMC Wagner; and any successor, sub-unit, or subsidiary thereof', s: 2 };
    const previous = compile([csl([row])]).feed;
    const oldId = 'pmc-wagner-and-any-successor-sub-unit-or-subsidiary-thereof';
    previous.entries[0] = {
      ...(previous.entries[0] as Entry),
      id: oldId,
      names: [{ text: row.n, type: 'legal' }],
    };
    expect(compile([csl([row])], previous).feed.entries[0]?.id).toBe(oldId);
  });
});

describe('weak names agree across Chinese scripts', () => {
  test('中兴 is weak when the local-names file marks only 中興 ambiguous; 快手 is an everyday word', () => {
    const { feed } = compile([
      curated([
        party('company-zte', ['ZTE Corporation'], ['中兴', '中兴通讯']),
        party('app-kwai', ['Kwai'], ['快手'], 'app', 'IN-69A-2020-06-29'),
      ]),
      csl([{ n: 'ZTE Corporation', s: 0, c: ['CN'] }]),
      localNames([{ name: 'ZTE Corporation', short_zh_hant: ['中興'], short_zh_ambiguous: ['中興'] }]),
    ]);
    const types = (id: string) =>
      Object.fromEntries(feed.entries.find((e) => e.id === id)?.names.map((n) => [n.text, n.type]) ?? []);
    expect(types('company-zte')).toMatchObject({ 中兴: 'weak', 中興: 'weak', 中兴通讯: 'local' });
    expect(types('app-kwai')).toMatchObject({ Kwai: 'brand', 快手: 'weak' });
  });
});

describe('one entity under two legal names', () => {
  const rosneft = [
    {
      n: 'Rosneft',
      a: ['Open Joint-Stock Company Rosneft Oil Company', 'OAO Rosneft Oil Company'],
      s: 0,
      c: ['RU'],
    },
    {
      n: 'OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY',
      a: ['OAO ROSNEFT OIL COMPANY', 'ROSNEFT'],
      s: 1,
      t: 'Entity',
      c: ['RU'],
    },
  ];

  test('records that list each other’s legal name in one country merge, keeping every listing', () => {
    const { feed, report } = compile([csl(rosneft)]);
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]?.listings.map((l) => l.list)).toEqual(['US-BIS-EL', 'US-OFAC-SDN']);
    expect(report.undecided.some((u) => u.startsWith('Merged "Rosneft"'))).toBe(true);
  });

  test('the surviving id is the earlier id of the display name, whatever the record order', () => {
    // An earlier feed that kept the two apart.
    const el = compile([csl([rosneft[0] as Row])]).feed;
    const sdn = compile([csl([rosneft[1] as Row])]).feed;
    const previous: Feed = { ...el, entries: [...el.entries, ...sdn.entries] };
    expect(previous.entries.map((e) => e.id).sort()).toEqual([
      'open-joint-stock-company-rosneft-oil',
      'rosneft',
    ]);
    const again = compile([csl(rosneft)], previous).feed;
    const reversed = compile([csl([...rosneft].reverse())], previous).feed;
    expect(again.entries.map((e) => e.id)).toEqual(['rosneft']);
    expect(reversed.entries.map((e) => e.id)).toEqual(['rosneft']);
  });

  test('different legal names sharing many aliases, or one name in different countries, stay apart and are reported', () => {
    const aliases = ['KINGS ROMANS CASINO', 'KINGS ROMANS GROUP', 'GOLDEN KAPOK'];
    const { feed, report } = compile([
      csl([
        { n: 'KINGS ROMANS INTERNATIONAL (HK) CO., LIMITED', a: aliases, s: 1, t: 'Entity', c: ['HK'] },
        { n: 'KINGS ROMANS INTERNATIONAL INVESTMENT CO. LIMITED', a: aliases, s: 1, t: 'Entity', c: ['HK'] },
        { n: 'AL-AQSA FOUNDATION', s: 1, t: 'Entity', c: ['SE'] },
        { n: 'AL-AQSA FOUNDATION', s: 1, t: 'Entity', c: ['ZA'] },
      ]),
    ]);
    expect(feed.entries).toHaveLength(4);
    expect(report.undecided.filter((u) => /KINGS ROMANS .* share 3 names/.test(u))).toHaveLength(1);
    expect(report.undecided.filter((u) => u.includes('Same name "al aqsa foundation"'))).toHaveLength(1);
  });

  test('a single-name row without a country joins the one entity that lists its name, and only then', () => {
    const wagner = {
      n: "Private Military Company 'Wagner'",
      a: ['PMC Wagner', 'Wagner Group'],
      s: 0,
      c: ['RU'],
    };
    const isn = { n: 'PMC Wagner; and any successor, sub-unit, or subsidiary thereof', s: 2 };
    const one = compile([csl([wagner, isn])]).feed;
    expect(one.entries.map((e) => e.listings.map((l) => l.list))).toEqual([['US-BIS-EL', 'US-STATE-ISN']]);
    const other = {
      n: 'Wagner Holding Limited',
      a: ['PMC Wagner', 'WH Limited'],
      s: 1,
      t: 'Entity',
      c: ['HK'],
    };
    const { feed, report } = compile([csl([wagner, other, isn])]);
    expect(feed.entries).toHaveLength(3);
    expect(report.undecided.some((u) => u.includes('"PMC Wagner"') && u.includes('named by 2 entries'))).toBe(
      true,
    );
  });
});

describe('an initialism in brackets inside a name', () => {
  test('a name with the initialism of the words before it joins the same name without it', () => {
    const { feed } = compile([
      csl([
        { n: 'Xinjiang Production and Construction Corps (XPCC) Public Security Bureau', s: 0, c: ['CN'] },
        {
          n: 'XINJIANG PRODUCTION AND CONSTRUCTION CORPS PUBLIC SECURITY BUREAU',
          s: 1,
          t: 'Entity',
          c: ['CN'],
        },
      ]),
    ]);
    expect(feed.entries.map((e) => e.listings.map((l) => l.list))).toEqual([['US-BIS-EL', 'US-OFAC-SDN']]);
  });

  test('a place or branch in brackets keeps a separate legal entity apart', () => {
    const { feed } = compile([
      csl([
        { n: 'Huawei Technologies (UK) Co., Ltd.', s: 0, c: ['GB'] },
        { n: 'Huawei Technologies Co., Ltd.', s: 0, c: ['CN', 'GB'] },
        { n: 'China Unicom Group Corporation (BVI) Co., Ltd.', s: 0, c: ['CN'] },
        { n: 'China Unicom Group Corporation Co., Ltd.', s: 0, c: ['CN'] },
      ]),
    ]);
    expect(feed.entries).toHaveLength(4);
  });
});
