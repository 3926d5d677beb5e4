import { describe, expect, it } from 'vitest';
import { getFoldTable } from '../names/fold-table.ts';
import { tokenize } from '../names/tokenize.ts';
import { hashKey } from './hash.ts';
import { codeTable, scanTokens } from './scan-tokens.ts';

const table = getFoldTable();
const code = codeTable(table.fold, table.cls);

/** [start, end, hash] of every token, from the hashed scanner. */
function scanned(text: string): [number, number, number][] {
  const t = scanTokens(text, code);
  return Array.from(
    { length: t.count },
    (_, i) => [t.start[i], t.end[i], t.hash[i]] as [number, number, number],
  );
}

/** The same, from the string tokenizer the index is built with (a break hashes to 0). */
function expected(text: string): [number, number, number][] {
  return tokenize(text, table).map((t) => [t.start, t.end, t.isBreak ? 0 : hashKey(t.key)]);
}

describe('scanTokens', () => {
  it('agrees with the name tokenizer on mixed text', () => {
    const text = 'Huawei Tech\u00adnologies Co., Ltd. | 华为技术有限公司；ZTE’s «Ａｐｐｌｅ» Ørsted & Co';
    expect(scanned(text)).toEqual(expected(text));
  });

  it('keeps words whole across the scanner’s internal blocks of 8,192 code units', () => {
    // Words of every length at every offset around the block edges, plus CJK and breaks on them.
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 40000; i++) {
      const part = i % 7 === 0 ? '海康威视' : i % 11 === 0 ? '; ' : 'Hikvision'.slice(0, 1 + (i % 9)) + ' ';
      parts.push(part);
      length += part.length;
    }
    for (const shift of [0, 1, 2, 3, 4, 5, 6, 7, 8]) {
      const text = 'x'.repeat(shift) + parts.join('');
      expect(scanned(text)).toEqual(expected(text));
    }
  });

  it('ends a text that stops inside a word with that word', () => {
    const text = 'a '.repeat(5000) + 'Hikvision'.repeat(2000);
    const tokens = scanned(text);
    expect(tokens.length).toBe(5001);
    expect(tokens.at(-1)).toEqual([10000, text.length, hashKey('hikvision'.repeat(2000))]);
  });
});
