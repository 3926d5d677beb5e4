import { describe, expect, it } from 'vitest';
import { describeSingleEdit, editDistance } from './edit-distance.ts';

/** Plain optimal-string-alignment distance over the full table, as the reference. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe('editDistance', () => {
  it.each([
    ['hikvision', 'hikvison', 1],
    ['hikvision', 'hikivsion', 1],
    ['huawei technologies', 'huawei technolgies', 1],
    ['dahua', 'dauha', 1],
    ['apple', 'apple daily', 6],
  ])('%s / %s: %i', (a, b, d) => {
    expect(editDistance(a, b, 6)).toBe(d);
  });

  it('agrees with the full table wherever the distance is within the limit, and gives up above it', () => {
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const word = (len: number): string =>
      Array.from({ length: len }, () => 'abcde 华为Ａ'[Math.floor(next() * 9)]).join('');
    for (let k = 0; k < 3000; k++) {
      const a = word(Math.floor(next() * 14));
      // Mostly near variants of a (edits, swaps), some unrelated words.
      const b = next() < 0.3 ? word(Math.floor(next() * 14)) : mutate(a, next);
      const max = Math.floor(next() * 6);
      const want = reference(a, b);
      expect([a, b, max, editDistance(a, b, max)]).toEqual([a, b, max, want > max ? max + 1 : want]);
    }
  });

  it('names the kind of a single edit', () => {
    expect(describeSingleEdit('hikvison', 'hikvision')).toBe('missing');
    expect(describeSingleEdit('hikivsion', 'hikvision')).toBe('transposed');
  });
});

function mutate(a: string, next: () => number): string {
  let s = a;
  for (let e = Math.floor(next() * 4); e > 0; e--) {
    const i = Math.floor(next() * (s.length + 1));
    const r = next();
    if (r < 0.3) s = s.slice(0, i) + 'x' + s.slice(i);
    else if (r < 0.6) s = s.slice(0, i) + s.slice(i + 1);
    else if (r < 0.8 && i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    else s = s.slice(0, i) + 'y' + s.slice(i + 1);
  }
  return s;
}
