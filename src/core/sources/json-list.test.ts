// The item-by-item JSON list reader: the same items as JSON.parse, the same refusals for invalid text, pauses in
// long lists, and hostile text (deep nesting, huge strings, truncation, backslash runs) refused or read in time
// linear in its size.
import { describe, expect, test } from 'vitest';
import { JSON_PAUSE, JsonNotListError, jsonListItems, type JsonListOptions } from './json-list.ts';
import { cpuMs } from '../../../test/fixtures/cpu-time.ts';

const OPTS: JsonListOptions = { file: 'f.json', key: 'entries', maxItemChars: 1000, maxDepth: 4 };

function read(text: string, opts: Partial<JsonListOptions> = {}): { items: unknown[]; pauses: number } {
  const items: unknown[] = [];
  let pauses = 0;
  for (const x of jsonListItems(text, { ...OPTS, ...opts })) {
    if (x === JSON_PAUSE) pauses += 1;
    else items.push(x);
  }
  return { items, pauses };
}
const items = (text: string, opts?: Partial<JsonListOptions>) => read(text, opts).items;

describe('valid lists read as JSON.parse reads them', () => {
  test.each([
    '[]',
    ' [ ] ',
    '[1,2,3]',
    '[{"name":"Acme"},{"name":"B \\"quoted\\" \\\\","aliases":["x","y"]}]',
    '\n[\t{"name": "Ünïcødé 中兴 \\u00e9"} ,\r\n "text, with ] and } inside", null, true, -1.5e3, [[]]\n]\n',
    '[{"name":"back\\\\"},{"name":"slash\\\\\\""}]',
  ])('%s', (text) => {
    expect(items(text)).toEqual(JSON.parse(text));
  });

  test('a list under the key of a top-level object, other keys checked and skipped', () => {
    const text = '{"title": "mine", "meta": {"v": [1, {"a": "]"}]}, "entries": [{"name": "A"}], "n": 2}';
    expect(items(text)).toEqual([{ name: 'A' }]);
    expect(items('{"entries": []}')).toEqual([]);
  });

  test('a long list pauses between items, about every 256 KB of text', () => {
    const list = Array.from({ length: 20_000 }, (_, i) => ({ name: `Company ${i}`, note: 'n'.repeat(200) }));
    const text = JSON.stringify(list);
    const { items: got, pauses } = read(text);
    expect(got).toEqual(list);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / (256 * 1024)) - 1);
  });
});

describe('invalid, truncated or misshapen text is refused', () => {
  test.each([
    '[',
    '[{"name": "Acme", ',
    '[{"name": "Acme"}',
    '[{"name": "Acme"},',
    '[{"name": "Acme"},]',
    '[,]',
    '[1 2]',
    '[{"name": "unterminated}]',
    '[{"name": \'single\'}]',
    '[{name: "x"}]',
    '[] x',
    '[]]',
    '{"entries": [] ',
    '{"entries" []}',
    '{"entries": [], }',
    '{entries: []}',
    '{"a": }',
    '[{"a": [}]]',
    '[{"a":1}}]',
  ])('%s', (text) => {
    expect(() => items(text)).toThrow('f.json: not valid JSON');
  });

  test.each(['{}', '{"entries": 5}', '{"entries": "x"}', '{"entries": {"name": "A"}}', '{"other": []}'])(
    'no list under the key: %s',
    (text) => {
      expect(() => items(text)).toThrow(JsonNotListError);
    },
  );

  test('a second list under the key is refused', () => {
    expect(() => items('{"entries": [1], "entries": [2]}')).toThrow('"entries" is given twice');
  });

  test('an item over the size limit is refused, whatever holds the length', () => {
    expect(() => items(`[{"name": "${'N'.repeat(2000)}"}]`)).toThrow('item 1 is longer than 1000 characters');
    expect(() => items(`[1, "${'s'.repeat(2000)}"]`)).toThrow('item 2 is longer than 1000 characters');
    expect(() => items(`[${'9'.repeat(2000)}]`)).toThrow('item 1 is longer than 1000 characters');
    expect(() => items(`{"x": "${'v'.repeat(2000)}", "entries": []}`)).toThrow('longer than 1000 characters');
    expect(items(`[{"name": "${'N'.repeat(900)}"}]`)).toHaveLength(1);
  });

  test('nesting deeper than the limit is refused', () => {
    expect(() => items('[[[[[[1]]]]]]')).toThrow('item 1 is nested more than 4 deep');
    expect(() => items('[{"a": {"b": {"c": {"d": {}}}}}]')).toThrow('item 1 is nested more than 4 deep');
    expect(items('[[[[[1]]]]]')).toEqual([[[[[1]]]]]);
  });
});

describe('hostile text costs time linear in its size', () => {
  const cases: [string, string][] = [
    ['100,000 opening brackets', '['.repeat(100_000)],
    ['deep nesting, balanced', `${'['.repeat(500_000)}${']'.repeat(500_000)}`],
    ['a 5 MB string item', `["${'x'.repeat(5_000_000)}"]`],
    ['a 5 MB unterminated string', `[{"name": "${'x'.repeat(5_000_000)}`],
    ['5 MB of backslashes', `["${'\\'.repeat(5_000_000)}"]`],
    ['5 MB of escaped quotes', `["${'\\"'.repeat(2_500_000)}"]`],
    ['5 MB of white space between items', `[1,${' '.repeat(5_000_000)}2]`],
    ['5 MB of digits', `[${'1'.repeat(5_000_000)}]`],
    ['200,000 tiny items', `[${'0,'.repeat(200_000)}0]`],
  ];
  test.each(cases)('%s', (_name, text) => {
    const { ms } = cpuMs(() => {
      try {
        read(text, { maxItemChars: 128 * 1024, maxDepth: 16 });
      } catch {
        // refused: only the time matters here
      }
      return null;
    });
    // Linear: well under a second for 5 MB (a quadratic scan of 5 MB takes minutes).
    expect(ms).toBeLessThan(3000);
  });
});
