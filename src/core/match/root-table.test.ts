import { describe, expect, it } from 'vitest';
import { MATCH_ENTRIES } from '../../../test/fixtures/match-entries.ts';
import { hashKey } from './hash.ts';
import { buildMatchIndex } from './index.ts';
import { rootChild, rootTable } from './root-table.ts';

describe('rootTable', () => {
  const a = buildMatchIndex(MATCH_ENTRIES).arrays;
  const table = rootTable(a);

  it('finds every child of the root by its token hash', () => {
    const first = a.childStart[0] as number;
    const last = a.childStart[1] as number;
    expect(last - first).toBeGreaterThan(10);
    for (let s = first; s < last; s++) expect(rootChild(table, a.stateTok[s] as number)).toBe(s);
  });

  it('returns -1 for a word that starts no name', () => {
    expect(rootChild(table, hashKey('zzyzx'))).toBe(-1);
  });
});
