import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Feed } from './format.ts';
import { assertUserText, feedTextProblems, isCutText, userTextProblem, UserTextError } from './user-text.ts';
import { readerText } from '../sources/reader-text.ts';

const ids = new Set(['company-tencent', 'huawei-technologies']);

describe('reader-facing text rules', () => {
  test('repository paths, file names and commits are refused; web addresses are not', () => {
    const bad = [
      'Covered equipment; machine-readable copy: shared/data/sources/us-fcc-covered-list/table.csv',
      'see curated/README.md',
      'on NS-CMIC per cons_prim.csv.',
      'as transcribed (commit a930a9d6, 2026-08-20).',
    ];
    for (const t of bad) expect(userTextProblem(t, ids), t).toBe('path');
    expect(userTextProblem('Source: https://www.fcc.gov/files/covered-list.csv', ids)).toBeUndefined();
    expect(userTextProblem('Vol. 86; No. 71; 04/15/2021', ids)).toBeUndefined();
  });

  test('an entry id in prose is refused; hyphenated words are not', () => {
    expect(userTextProblem('Also see company-tencent (DoD 1260H).', ids)).toBe('internal-id');
    expect(userTextProblem('Reviewed case-by-case; not company-specific.', ids)).toBeUndefined();
  });

  test('text cut mid-word or mid-phrase is refused', () => {
    expect(isCutText('Telecommunications equipment provided by such entity or using such equi')).toBe(true);
    expect(isCutText('Own watchlist')).toBe(false);
    expect(isCutText('for the purpose of public safety, security of')).toBe(true);
    expect(isCutText('Licence policy: Presumption of denial')).toBe(false);
    expect(isCutText('Presumption of denial for all items subject to the EAR')).toBe(false);
    expect(isCutText('Listed in 2020…')).toBe(false);
    expect(isCutText('Council Regulation (EU) No 833/2014, Annex XIX.A')).toBe(false);
    expect(isCutText('美国出口商需要许可证')).toBe(false);
  });

  test('assertUserText names where each problem is', () => {
    const feed = {
      sources: [],
      lists: [],
      entries: [
        {
          id: 'company-tencent',
          listings: [{ list: 'X', status: 'in_force', statusDetail: 'copy: data/x.csv' }],
          notes: 'fine.',
        },
      ],
    } as unknown as Feed;
    expect(() => assertUserText(feed)).toThrow(UserTextError);
    expect(feedTextProblems(feed)).toEqual([
      { where: 'entry company-tencent listing 0 (X) statusDetail', rule: 'path', text: 'copy: data/x.csv' },
    ]);
  });
});

describe('curated text for readers', () => {
  const names = new Map([['company-tencent', 'Tencent Holdings Ltd.']]);

  test('drops data-file pointers and commits, names parties instead of ids', () => {
    expect(
      readerText(
        'Covered equipment cannot receive new FCC equipment authorizations; machine-readable copy: shared/data/sources/us-fcc-covered-list/table.csv',
        names,
      ),
    ).toBe('Covered equipment cannot receive new FCC equipment authorizations.');
    expect(
      readerText('Bars contracting from 2027. Machine-readable copy: shared/data/x/sanctions.csv', names),
    ).toBe('Bars contracting from 2027.');
    expect(readerText('Effective 2021-08-02 per cons_prim.csv.', names)).toBe('Effective 2021-08-02.');
    expect(readerText('As transcribed (commit a930a9d6, 2026-08-20).', names)).toBe(
      'As transcribed (2026-08-20).',
    );
    expect(readerText('Also see company-tencent (DoD 1260H).', names)).toBe(
      'Also see Tencent Holdings Ltd. (DoD 1260H).',
    );
  });
});

describe('bundled snapshot', () => {
  const path = fileURLToPath(new URL('../../../public/lists/snapshot.json', import.meta.url));
  const feed = JSON.parse(readFileSync(path, 'utf8')) as Feed;

  test('no list or entry shows a path, an internal id or a cut word', () => {
    expect(feed.entries.length).toBeGreaterThan(1000);
    expect(feedTextProblems(feed)).toEqual([]);
  });
});
