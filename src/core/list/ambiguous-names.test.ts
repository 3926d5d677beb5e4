// Compiler rule: short or ambiguous names from alias, brand and local fields are weak unless news-names.json
// calls them well known; news-names.json adds the spellings news uses.
import { describe, expect, test } from 'vitest';
import { compileFeed, type CompileSource } from './compile.ts';
import type { Feed } from './format.ts';
import { parseCslCompact } from '../sources/csl-compact.ts';
import { parseLocalNames } from '../sources/local-names.ts';
import { parseNewsNames } from '../sources/news-names.ts';
import type { SourceBatch } from '../sources/types.ts';
import { isAmbiguousShortName, isWeakAlias } from './weak-names.ts';

const EL = 'Entity List (EL) - Bureau of Industry and Security';
const SDN = 'Specially Designated Nationals (SDN) - Treasury Department';

function csl(entries: object[]): SourceBatch {
  const text = JSON.stringify({ sourceGeneratedAt: '2026-07-31', tables: { sources: [EL, SDN] }, entries });
  return parseCslCompact(text, 'csl.json');
}

function news(entries: object[]): SourceBatch {
  return parseNewsNames(JSON.stringify({ data_as_of: '2026-12-01', entries }), 'news-names.json');
}

function compile(batches: SourceBatch[]): Feed {
  const sources: CompileSource[] = batches.map((batch) => ({
    batch,
    provenance: { id: batch.source, file: 'f', sha256: 'x', dataDate: '2026-08-22', records: 0 },
  }));
  return compileFeed(sources, { isCommonWord: () => false }).feed;
}

const typeOf = (feed: Feed, text: string): string | undefined =>
  feed.entries.flatMap((e) => e.names).find((n) => n.text === text)?.type;

describe('ambiguous short names', () => {
  test.each([
    ['MPEG', true],
    ['NTSC', true],
    ['Zhiyuan', true],
    ['Lowell', true],
    ['Netrix', true],
    ['百度', true],
    ['Sovcomflot', false],
    ['Hikvision', false],
    ['海康威视', false],
    ['Micro Power Engineering Group', false],
  ])('%s → %s', (text, ambiguous) => {
    expect(isAmbiguousShortName(text)).toBe(ambiguous);
  });

  test('an acronym or a bare pinyin alias from a list is weak (MPEG, Zhiyuan)', () => {
    const feed = compile([
      csl([
        { n: 'Micro Power Engineering Group', a: ['MPEG'], s: 0, c: ['LB'] },
        { n: 'Beijing Academy of Artificial Intelligence', a: ['Zhiyuan', 'BAAI'], s: 0, c: ['CN'] },
      ]),
    ]);
    expect([typeOf(feed, 'MPEG'), typeOf(feed, 'Zhiyuan'), typeOf(feed, 'BAAI')]).toEqual([
      'weak',
      'weak',
      'weak',
    ]);
  });

  test('a curated short name (CTA, 西飞) is weak too, unless news-names.json lists it as well known (SMIC)', () => {
    const local = parseLocalNames(
      JSON.stringify({
        entries: [
          { name: 'China Telecom (Americas) Corp.', short_en: ['CTA'] },
          {
            name: 'Semiconductor Manufacturing International Corporation',
            short_en: ['SMIC'],
            short_zh_hans: ['中芯'],
          },
          { name: "Xi'an Aircraft Industry Group Co., Ltd.", short_zh_hans: ['西飞'] },
        ],
      }),
      'local-names.json',
    );
    const feed = compile([
      csl([
        { n: 'China Telecom (Americas) Corp.', s: 0, c: ['US'] },
        { n: 'Semiconductor Manufacturing International Corporation', s: 0, c: ['CN'] },
        { n: "Xi'an Aircraft Industry Group Co., Ltd.", s: 0, c: ['CN'] },
      ]),
      local,
      news([
        {
          name: 'Semiconductor Manufacturing International Corporation',
          news_names: ['SMIC', '中芯'],
          source_url: 'https://example.org/smic',
        },
      ]),
    ]);
    expect(['CTA', '西飞', 'SMIC', '中芯'].map((t) => typeOf(feed, t))).toEqual([
      'weak',
      'weak',
      'brand',
      'local',
    ]);
  });

  test('news spellings join the listed entry; a Title Case spelling of a capitals name is kept (Hamas)', () => {
    const feed = compile([
      csl([
        { n: 'HAMAS', s: 1, t: 'Entity' },
        { n: 'HIZBALLAH', s: 1, t: 'Entity' },
      ]),
      news([
        { name: 'HAMAS', news_names: ['Hamas'], source_url: 'https://example.org/hamas' },
        { name: 'HIZBALLAH', news_names: ['Hezbollah'], source_url: 'https://example.org/hezbollah' },
      ]),
    ]);
    const names = (legal: string) =>
      feed.entries.find((e) => e.names[0]?.text === legal)?.names.map((n) => n.text);
    expect(names('HAMAS')).toEqual(['HAMAS', 'Hamas']);
    expect(names('HIZBALLAH')).toEqual(['HIZBALLAH', 'Hezbollah']);
  });

  test('news-names.json needs a source for every entry', () => {
    expect(() => news([{ name: 'HAMAS', news_names: ['Hamas'] }])).toThrow(/source_url/);
  });
});

test('a list alias of up to four everyday words is weak ("People\'s Liberation Army" as an alias of Shining Path)', () => {
  const common = (w: string) => ['people', 'liberation', 'army', 'golden', 'star'].includes(w);
  expect(isWeakAlias("PEOPLE'S LIBERATION ARMY", common)).toBe(true);
  expect(isWeakAlias('Golden Star', common)).toBe(true);
  expect(isWeakAlias('Lebanese Hezbollah Army', common)).toBe(false);
  // Three everyday words that shorten the row's own legal name are that name, not another body's.
  const everyday = (w: string) => ['palestinian', 'islamic', 'jihad'].includes(w);
  expect(isWeakAlias('PALESTINIAN ISLAMIC JIHAD', everyday)).toBe(true);
  expect(
    isWeakAlias('PALESTINIAN ISLAMIC JIHAD', everyday, 'PALESTINE ISLAMIC JIHAD - SHAQAQI FACTION'),
  ).toBe(false);
  expect(isWeakAlias("PEOPLE'S LIBERATION ARMY", common, 'SENDERO LUMINOSO')).toBe(true);
  // … but a part of a state keeps being every state's: weak even when it shortens the legal name.
  const office = (w: string) => ['quartermaster', 'general', 'office'].includes(w);
  expect(isWeakAlias("QUARTERMASTER GENERAL'S OFFICE", office, 'QUARTERMASTER GENERAL OFFICE')).toBe(true);
});
