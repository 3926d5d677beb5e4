import { describe, expect, it } from 'vitest';
import { MATCH_ENTRIES } from '../../../test/fixtures/match-entries.ts';
import type { Entry } from '../list/format.ts';
import { buildMatchIndex } from '../match/index.ts';
import { lookupName, MATCH_THRESHOLD, WEAK_BELOW } from './index.ts';

const extra: Entry[] = [
  {
    id: 'apple-daily-sample',
    kind: 'company',
    names: [{ text: 'Apple Daily Printing Limited', type: 'legal' }],
    countries: ['HK'],
    domains: [],
    parents: [],
    listings: [],
  },
];
const idx = buildMatchIndex([...MATCH_ENTRIES, ...extra]);
const top = (q: string) => lookupName(idx, q, 5)[0];

// Pairs in the style of public screening tools: a typed name and the listed entry it must (or must not) match.
const MUST_MATCH: [string, string][] = [
  ['Hikvision', 'hikvision'],
  ['Hikvison', 'hikvision'],
  ['Hikivsion', 'hikvision'],
  ['hangzhou hikvision digital technology company limited', 'hikvision'],
  ['HUAWEI TECHNOLOGIES CO LTD', 'huawei-technologies'],
  ['Huawei Technolgies Co., Ltd.', 'huawei-technologies'],
  ['華為', 'huawei-technologies'],
  ['ZTE Corp.', 'zte'],
  ['Semiconductor Manufacturing International Corp', 'smic'],
  ['Kaspersky Lab Inc', 'kaspersky'],
  ['Mueller Industrie', 'muller'],
  ['Zhejiang Dahua Technology', 'dahua'],
  ['Dahua Tech', 'dahua'],
  ['Semiconductor Manufacturing Intl Corp', 'smic'],
  ['Tik Tok', 'tiktok'],
];
const MUST_NOT_MATCH: [string, string][] = [
  ['Apple Inc.', 'apple-daily-sample'],
  ['Huawei Cloud Computing', 'huawei-technologies'],
  ['Tencent Music Entertainment', 'tencent'],
  ['Aztec Software', 'uranus'],
  ['ZTT', 'zte'],
  ['Rostelecom', 'rostec'],
];

describe('lookupName', () => {
  it.each(MUST_MATCH)('%s matches %s', (query, entity) => {
    const r = top(query);
    expect(r?.entityId).toBe(entity);
    expect(r?.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each(MUST_NOT_MATCH)('%s does not match %s', (query, entity) => {
    const r = lookupName(idx, query, 20).find((x) => x.entityId === entity);
    expect(r?.score ?? 0).toBeLessThan(MATCH_THRESHOLD);
  });

  it('ranks the closest name first and says why', () => {
    const [first] = lookupName(idx, 'Hikvison');
    expect(first).toMatchObject({
      entityId: 'hikvision',
      matchedName: 'Hikvision',
      reason: 'one letter missing',
    });
    expect(top('Hikivsion')?.reason).toBe('two letters swapped');
    expect(top('ZTE Corporation')?.reason).toBe('exact name');
  });

  it('shows a shorter query as similar, not as a match', () => {
    const r = lookupName(idx, 'Apple').find((x) => x.entityId === 'apple-daily-sample');
    expect(r?.reason).toBe('the listed name starts with it');
    expect(r!.score).toBeLessThan(MATCH_THRESHOLD);
  });

  it('respects the limit and ignores empty queries', () => {
    expect(lookupName(idx, 'Technology', 2).length).toBeLessThanOrEqual(2);
    expect(lookupName(idx, ' ,. ')).toEqual([]);
  });
});

describe("a brand's own group ranks above look-alikes; weak results are marked", () => {
  const company = (id: string, name: string): Entry => ({
    id,
    kind: 'company',
    names: [{ text: name, type: 'legal' }],
    countries: ['CN'],
    domains: [],
    parents: [],
    listings: [],
  });
  const ix = buildMatchIndex([
    company('huawei-cloud', 'Huawei Cloud Computing Technologies Co., Ltd.'),
    company('huawei-device', 'Huawei Device Co., Ltd.'),
    company('guowei', 'Guowei Group'),
    company('hafei', 'Hafei Aviation Industry Co., Ltd.'),
    company('oriental-apple', 'Oriental Apple Company Pte Ltd'),
  ]);

  it('"Huawei": the Huawei companies first, the one-letter-apart names after', () => {
    const ids = lookupName(ix, 'Huawei', 10).map((r) => r.entityId);
    expect(ids.slice(0, 2).sort()).toEqual(['huawei-cloud', 'huawei-device']);
    const own = lookupName(ix, 'Huawei', 10).filter((r) => r.entityId.startsWith('huawei'));
    for (const r of own) {
      expect(r.reasonCode).toBe('name-starts');
      expect(r.score).toBeGreaterThanOrEqual(WEAK_BELOW);
    }
  });

  it('"Apple" finds Oriental Apple only as a weaker match', () => {
    const r = lookupName(ix, 'Apple', 10);
    expect(r.map((x) => x.entityId)).toEqual(['oriental-apple']);
    expect(r[0]!.score).toBeLessThan(WEAK_BELOW);
    expect(r[0]!.reasonCode).toBe('more-words');
  });

  it('reasons come as codes the UI can word in its language', () => {
    expect(lookupName(ix, 'Hafei Aviaton Industry', 1)[0]).toMatchObject({
      entityId: 'hafei',
      reasonCode: 'missing',
    });
  });
});
