// One test per naming rule, each with the real-world name that motivated it.
import { describe, expect, it } from 'vitest';
import type { Entry, EntryName } from '../list/format.ts';
import { buildMatchIndex, findMatches } from './index.ts';
import { splitNameList } from './variants.ts';

function entry(id: string, kind: Entry['kind'], names: EntryName[]): Entry {
  return { id, kind, names, countries: [], domains: [], parents: [], listings: [] };
}

const idx = buildMatchIndex([
  entry('dahua', 'company', [
    { text: 'Zhejiang Dahua Technology Co., Ltd.', type: 'legal' },
    { text: '浙江大华技术股份有限公司', type: 'local' },
    { text: '大华', type: 'weak' },
  ]),
  entry('camscanner', 'app', [{ text: 'CamScanner', type: 'brand' }]),
  entry('tiktok', 'app', [{ text: 'TikTok', type: 'brand' }]),
  entry('club-factory', 'app', [{ text: 'Club Factory', type: 'brand' }]),
  entry('clash-of-kings', 'app', [{ text: 'Clash of Kings', type: 'brand' }]),
  entry('du-battery-saver', 'app', [{ text: 'DU Battery Saver', type: 'brand' }]),
  entry('router-llc', 'company', [
    { text: 'Router', type: 'alias' },
    { text: 'Linker FZE', type: 'legal' },
  ]),
  entry('meghan-group', 'company', [{ text: 'Meghan Group', type: 'legal' }]),
  entry('technical-services', 'company', [{ text: 'Technical Services', type: 'legal' }]),
  entry('ifc', 'company', [{ text: 'IFC JSC', type: 'legal' }]),
  entry('first-machinery', 'company', [
    { text: '一机', type: 'local' },
    { text: '内蒙古第一机械集团', type: 'local' },
  ]),
  entry('zte', 'company', [
    { text: 'ZTE Corporation', type: 'legal' },
    { text: '中兴', type: 'local' },
    { text: '中興', type: 'weak' },
  ]),
  entry('cetc-24', 'company', [{ text: 'CETC 24;Sichuan Solid Circuit Research Institute', type: 'alias' }]),
]);

const found = (text: string) =>
  findMatches(idx, text).map((h) => [text.slice(h.start, h.end), h.entityId, h.confidence]);

describe('derived names', () => {
  it('drops the place and legal form of a Chinese name, and reads 科技 as 技术 (大华科技 = Dahua)', () => {
    expect(found('美国将大华科技列入实体清单')).toEqual([['大华科技', 'dahua', 'likely']]);
    expect(found('大華技術公司')).toEqual([['大華技術公司', 'dahua', 'likely']]);
  });

  it('splits a camel-case brand (Cam Scanner = CamScanner)', () => {
    expect(found('apps such as Cam Scanner were blocked')).toEqual([['Cam Scanner', 'camscanner', 'likely']]);
    expect(found('Tik Tok')).toEqual([['Tik Tok', 'tiktok', 'likely']]);
  });

  it('drops a trailing "Technologies" when two words stay ("ChangXin Memory" = CXMT)', () => {
    const cxmt = buildMatchIndex([
      entry('cxmt', 'company', [{ text: 'ChangXin Memory Technologies, Inc.', type: 'legal' }]),
    ]);
    expect(findMatches(cxmt, 'ChangXin Memory said')[0]?.confidence).toBe('likely');
  });

  it('drops a bracketed part ("ComNet (USA) LLC" → ComNet)', () => {
    const comnet = buildMatchIndex([
      entry('comnet', 'company', [{ text: 'ComNet (USA) LLC', type: 'legal' }]),
    ]);
    expect(findMatches(comnet, 'ComNet was added')[0]?.confidence).toBe('likely');
  });

  it('an app or brand display name is as sure as a legal name', () => {
    expect(found('TikTok')[0]?.[2]).toBe('confirmed');
  });

  it('a derived name of one short word is only possible ("IFC" from "IFC JSC"; IFC is also a Hong Kong tower)', () => {
    expect(found('the IFC tower')).toEqual([['IFC', 'ifc', 'possible']]);
  });
});

describe('everyday-word names', () => {
  it('app names of everyday words are found in Title Case only ("Club Factory", "Clash of Kings")', () => {
    expect(found('banned Club Factory and Clash of Kings').map((h) => h[1])).toEqual([
      'club-factory',
      'clash-of-kings',
    ]);
    expect(found('the club factory in town')).toEqual([]);
    expect(found('apps like DU battery saver').map((h) => h[1])).toEqual(['du-battery-saver']);
  });

  it('a name listed with a capital needs one in the text ("restart the router", "the linker")', () => {
    expect(found('restart the router; the linker fails')).toEqual([]);
    expect(found('Linker FZE shipped parts')[0]?.[1]).toBe('router-llc');
  });

  it('one word left after dropping a legal form is only possible ("Meghan" from "Meghan Group")', () => {
    expect(found('Meghan said')).toEqual([['Meghan', 'meghan-group', 'possible']]);
    expect(found('Meghan Group said')[0]?.[2]).toBe('confirmed');
  });

  it('single everyday words are only possible, even in capitals ("Router", "BEST")', () => {
    expect(found('Router')[0]?.[2]).toBe('possible');
  });

  it('company names of everyday words need Title Case, not a heading line, and corroboration', () => {
    // Positive Technologies and Moore Threads are listed companies; "technical services" is also everyday prose,
    // and "New People" or "Ministry of Defence" name many other bodies.
    expect(found('sanctions on Technical Services of Dubai')).toEqual([
      ['Technical Services', 'technical-services', 'possible'],
    ]);
    expect(found('shares of Technical Services fell')).toEqual([
      ['Technical Services', 'technical-services', 'likely'],
    ]);
    expect(found('Technical Services\nWe repair cameras.')).toEqual([]);
    expect(found('our technical services team')).toEqual([]);
  });

  it('a short Chinese name that is an ordinary word is only possible (彩虹 "rainbow" for IRICO)', () => {
    const irico = buildMatchIndex([entry('irico', 'company', [{ text: '彩虹', type: 'local' }])]);
    expect(findMatches(irico, '雨后的彩虹')[0]?.confidence).toBe('possible');
  });

  it('one everyday word and a number is weak ("Set 1", "Address 10")', () => {
    const set1 = buildMatchIndex([entry('set-1', 'company', [{ text: 'AO Set 1', type: 'legal' }])]);
    expect(findMatches(set1, 'Set 1 of the tests')[0]?.confidence).toBe('possible');
  });

  it('a two-letter legal form joins the name only in capitals ("AIX as well" is not "AIX AS")', () => {
    const aix = buildMatchIndex([entry('aix', 'company', [{ text: 'AIX', type: 'legal' }])]);
    expect(findMatches(aix, 'AIX as well').map((h) => h.end)).toEqual([3]);
    expect(findMatches(aix, 'AIX AS sold').map((h) => h.end)).toEqual([6]);
  });

  it('a two-character Chinese name that starts with a numeral is only possible (一机 "one machine")', () => {
    expect(found('一机多用')).toEqual([['一机', 'first-machinery', 'possible']]);
  });

  it('a name marked weak in one script is weak in the other (中興 weak ⇒ 中兴 weak: "revival")', () => {
    expect(found('中兴')[0]?.[2]).toBe('possible');
    expect(found('ZTE Corporation')[0]?.[2]).toBe('confirmed');
  });
});

describe('name lists in one field', () => {
  it('splits names joined with ";" and drops the successor clause', () => {
    expect(splitNameList('PMC Wagner; and any successor, sub-unit, or subsidiary thereof')).toEqual([
      'PMC Wagner',
    ]);
    expect(splitNameList('Elena; a.k.a. Elena Shifrin')).toEqual(['Elena', 'Elena Shifrin']);
    expect(found('Sichuan Solid Circuit Research Institute')[0]?.[1]).toBe('cetc-24');
  });
});

describe('one name, several entries', () => {
  it('names the company before a person entry sharing the name (persons are off by default)', () => {
    const shared = buildMatchIndex([
      entry('kaspersky-person-row', 'person', [{ text: 'Kaspersky', type: 'alias' }]),
      entry('kaspersky', 'company', [
        { text: 'Kaspersky Lab', type: 'legal' },
        { text: 'Kaspersky', type: 'brand' },
      ]),
    ]);
    expect(findMatches(shared, 'Kaspersky antivirus')[0]?.entityId).toBe('kaspersky');
  });
});

describe('patterns of different entries at one state', () => {
  it('keeps every entry whatever its flags (no entry hides another)', () => {
    // Entry 0 carries the capital flag (8); entry 2 none: both must stay findable.
    const many = buildMatchIndex([
      entry('a', 'company', [{ text: 'Zorvex Kaltrin', type: 'legal' }]),
      entry('b', 'company', [{ text: 'Vega Line', type: 'legal' }]),
      entry('c', 'company', [{ text: 'zorvex kaltrin', type: 'legal' }]),
    ]);
    expect(findMatches(many, 'zorvex kaltrin')[0]?.entityId).toBe('c');
    expect(findMatches(many, 'Zorvex Kaltrin')[0]?.entityId).toBe('a');
  });
});
