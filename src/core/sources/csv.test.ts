import { describe, expect, test } from 'vitest';
import { parseCsv, parseCsvObjects } from './csv.ts';
import { SourceError } from './source-error.ts';
import { cpuMs } from '../../../test/fixtures/cpu-time.ts';
import { parseXml } from './xml.ts';
import { fixture } from '../../../test/fixtures/sources/read-fixture.ts';

describe('parseCsv', () => {
  test('reads quoted fields with commas, doubled quotes and line breaks, and keeps each row’s first line', () => {
    const rows = parseCsv('a,b\r\n"x, y","say ""hi"""\n"multi\nline",z\n', { file: 't.csv' });
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', 'z'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  test('skips a BOM, blank lines and the 0x1A end-of-file byte; honours another delimiter', () => {
    const rows = parseCsv('\uFEFFa;b\n\n1;2\n\u001a\n', { file: 't.csv', delimiter: ';' });
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('an unterminated quote fails with the file and the line where the quote opened', () => {
    const run = () => parseCsv(fixture('broken/unclosed-quote.csv'), { file: 'broken/unclosed-quote.csv' });
    expect(run).toThrow(SourceError);
    expect(run).toThrow('broken/unclosed-quote.csv: line 3: quoted field is never closed');
  });
});

describe('parseCsvObjects', () => {
  test('a missing required column is reported on the header line', () => {
    expect(() => parseCsvObjects('name,x\nA,1\n', { file: 'w.csv', required: ['name', 'aliases'] })).toThrow(
      'w.csv: line 1: missing column "aliases"',
    );
  });

  test('a row with more fields than the header is reported with its line', () => {
    expect(() => parseCsvObjects('name,note\nA,1\nB,2,3\n', { file: 'w.csv', required: ['name'] })).toThrow(
      'w.csv: line 3: more than 2 fields, header has 2',
    );
  });
});

describe('hostile CSV', () => {
  // Each case took seconds to minutes when a quote re-trimmed the whole cell (quadratic); linear it is milliseconds.
  const cases: [string, string][] = [
    ['400,000 quotes in one unquoted cell', `name\nx${'"'.repeat(400_000)}\n`],
    ['white space then 400,000 quotes', `name\n${' \u00a0'.repeat(100_000)}x${'"'.repeat(400_000)}\n`],
    ['200,000 doubled quotes in a quoted cell', `name\n"${'""'.repeat(200_000)}"\n`],
  ];
  test.each(cases)('%s parses in well under a second', (_label, text) => {
    const { value: rows, ms } = cpuMs(() => parseCsv(text, { file: 'h.csv' }));
    expect(ms).toBeLessThan(1500);
    expect(rows).toHaveLength(2);
  });

  test('a quote after white space opens a quoted field; after text it is a character', () => {
    expect(parseCsv(' \u00a0"a,b",x"y"\n', { file: 't.csv' })[0]!.cells).toEqual(['a,b', 'x"y"']);
  });
});

describe('hostile XML', () => {
  test('a reference past U+10FFFF stays as written instead of throwing a RangeError', () => {
    expect(parseXml('<a>&#x110000;&#1114112;&#x41;</a>', 'h.xml').text).toBe('&#x110000;&#1114112;A');
  });
  test('a million references decode in one linear pass', () => {
    const { value, ms } = cpuMs(() => parseXml(`<a>${'&amp;'.repeat(1_000_000)}</a>`, 'h.xml'));
    expect(value.text).toBe('&'.repeat(1_000_000));
    expect(ms).toBeLessThan(3000);
  });
});
