import { describe, expect, it } from 'vitest';
import { MATCH_ENTRIES } from '../../../test/fixtures/match-entries.ts';
import { buildMatchIndex, findMatches, restoreMatchIndex, serializeMatchIndex, type Hit } from './index.ts';

const idx = buildMatchIndex(MATCH_ENTRIES);

/** Hits as [text as written, entity, confidence]. */
function found(text: string): [string, string, string][] {
  return findMatches(idx, text).map((h: Hit) => [text.slice(h.start, h.end), h.entityId, h.confidence]);
}
const shown = (text: string): [string, string, string][] => found(text).filter((h) => h[2] !== 'possible');

describe('findMatches: names that must be found', () => {
  it.each([
    ['Cameras from Hikvision were found', 'Hikvision', 'hikvision'],
    ['监控摄像头来自海康威视。', '海康威视', 'hikvision'],
    ['監控攝影機來自海康威視。', '海康威視', 'hikvision'],
    ['Chipmaker SMIC said', 'SMIC', 'smic'],
    ['TikTok was banned', 'TikTok', 'tiktok'],
    ['sold by Huawei Technologies Co., Ltd. in 2019', 'Huawei Technologies Co., Ltd.', 'huawei-technologies'],
    ['ZTE Corporation agreed', 'ZTE Corporation', 'zte'],
    ['美國制裁華為', '華為', 'huawei-technologies'],
    ['騰訊控股', '騰訊控股', 'tencent'],
  ])('%s', (text, surface, entity) => {
    expect(shown(text)).toContainEqual([surface, entity, expect.any(String)]);
  });

  it('finds a legal name written with another legal form, as a derived name', () => {
    expect(found('Hangzhou Hikvision Digital Technology Company said')).toEqual([
      ['Hangzhou Hikvision Digital Technology Company', 'hikvision', 'likely'],
    ]);
  });

  it('treats equivalent legal forms of a listed name as exact', () => {
    expect(found('Huawei Technologies Company Limited')).toEqual([
      ['Huawei Technologies Company Limited', 'huawei-technologies', 'confirmed'],
    ]);
  });

  it('matches "&" and "and" alike', () => {
    expect(found('Procter and Gamble Trading Sample')[0]?.[1]).toBe('att-sample');
    expect(found('Procter&Gamble Trading Sample')[0]?.[1]).toBe('att-sample');
  });

  it('ignores diacritics and case in long names', () => {
    expect(found('MULLER INDUSTRIE GMBH')[0]).toEqual(['MULLER INDUSTRIE GMBH', 'muller', 'confirmed']);
  });
});

describe('findMatches: confidence', () => {
  it('exact legal names and aliases are confirmed, brands likely', () => {
    expect(found('ZTE Corporation')[0]?.[2]).toBe('confirmed');
    expect(found('Huawei')[0]?.[2]).toBe('likely');
  });

  it('weak aliases and everyday words are only possible', () => {
    const text = 'Justice was served with cherry pie by the stream.';
    for (const hit of found(text)) expect(hit[2]).toBe('possible');
  });
});

describe('findMatches: must not fire', () => {
  it.each([
    'Apple',
    'Amazon',
    'Aztec',
    'Axis',
    'Tencent Music',
    'best',
    'card',
    'cherry',
    'justice',
    'stream',
  ])('%s', (word) => {
    expect(shown(`We read about ${word} today, and ${word.toUpperCase()} too.`)).toEqual([]);
  });

  it('Tencent Music is a different company from Tencent', () => {
    expect(found('Tencent Music Entertainment reported')).toEqual([]);
    expect(found('Tencent reported')[0]?.[1]).toBe('tencent');
  });
});

describe('findMatches: boundaries', () => {
  it('Latin names match whole words only', () => {
    expect(found('AZTEC ZTEs ZTEX')).not.toContainEqual(expect.arrayContaining(['zte']));
    expect(found('ZTE-made phones')[0]).toEqual(['ZTE', 'zte', 'likely']);
    expect(found("ZTE's results")[0]?.[0]).toBe('ZTE');
  });

  it('acronyms must be in capitals', () => {
    expect(found('zte and Smic and cetc and ymtc')).toEqual([]);
    expect(found('ZTE, SMIC, CETC and YMTC').map((h) => h[1])).toEqual(['zte', 'smic', 'cetc', 'ymtc']);
  });

  it('a Chinese company\'s pronounceable capitals also match in Title Case ("Comac" for COMAC), never lower case', () => {
    expect(found('Comac delivered the C919; COMAC said').map((h) => h[1])).toEqual(['comac', 'comac']);
    expect(found('comac jets')).toEqual([]);
  });

  it('a listed name that is also a place is weak: ARGOS (SDN) is not the retailer or the Greek town Argos', () => {
    expect(shown('Bought at Argos yesterday')).toEqual([]);
    expect(found('ARGOS was designated')[0]?.slice(1)).toEqual(['argos-sdn', 'possible']);
  });

  it('CJK names match inside unspaced text', () => {
    expect(found('据报道华为公司的手机')[0]).toEqual(['华为公司', 'huawei-technologies', 'likely']);
  });

  it('大華 inside 四大華資 (the four big Chinese-funded banks) is not Dahua', () => {
    expect(found('香港四大華資銀行')).toEqual([]);
    expect(found('大華的攝影機')[0]?.[1]).toBe('dahua');
  });

  it('聯想 used as a verb ("reminds one of") is not Lenovo', () => {
    expect(found('這讓人聯想到去年的禁令')).toEqual([]);
    expect(found('这不禁联想起当年')).toEqual([]);
    expect(found('联想推出新电脑')[0]?.[1]).toBe('lenovo-sample');
  });

  it('中华为 (China + "as") is not Huawei', () => {
    expect(found('以中华为本')).toEqual([]);
  });

  it('a line break from HTML source formatting does not end a name', () => {
    expect(found('sold by Huawei\n        Technologies Co., Ltd.')[0]?.[0]).toBe(
      'Huawei\n        Technologies Co., Ltd.',
    );
  });

  it('a sentence break ends a name', () => {
    expect(found('Huawei Technologies. Co')[0]?.[0]).toBe('Huawei Technologies');
    expect(found('ZTE; Corporation')[0]?.[0]).toBe('ZTE');
  });
});

describe('findMatches: results', () => {
  it('is leftmost-longest and non-overlapping', () => {
    const hits = findMatches(idx, 'Huawei Technologies Co., Ltd. and Huawei');
    expect(hits.map((h) => [h.start, h.end, h.name])).toEqual([
      [0, 29, 'Huawei Technologies Co., Ltd.'],
      [34, 40, 'Huawei'],
    ]);
  });

  it('maps offsets back to the original string', () => {
    const text = '😀 Ｈｉｋｖｉｓｉｏｎ and 𠀀華為!';
    const hits = findMatches(idx, text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Ｈｉｋｖｉｓｉｏｎ', '華為']);
  });

  it('finds a name that spans adjacent inline elements once their text is joined', () => {
    const joined = ['Huawei ', 'Technologies', ' Co., Ltd.'].join('');
    expect(found(joined)[0]?.[0]).toBe('Huawei Technologies Co., Ltd.');
  });

  it('returns nothing for text without names', () => {
    expect(findMatches(idx, '')).toEqual([]);
    expect(findMatches(idx, 'The weather is fine.')).toEqual([]);
  });
});

describe('serialise and restore', () => {
  it('round-trips through one ArrayBuffer', () => {
    const buf = serializeMatchIndex(idx);
    expect(buf).toBeInstanceOf(ArrayBuffer);
    const restored = restoreMatchIndex(buf);
    const text = 'Hikvision, 华为 and ZTE Corporation';
    expect(findMatches(restored, text)).toEqual(findMatches(idx, text));
  });

  it('refuses a buffer that is not an index', () => {
    expect(() => restoreMatchIndex(new ArrayBuffer(256))).toThrow(/unknown format/);
    expect(() => restoreMatchIndex(new ArrayBuffer(4))).toThrow(/too small/);
  });
});
