import type { Entry } from '../list/format.ts';
import { describe, expect, test } from 'vitest';
import {
  parseWatchlist,
  planWatchlistImport,
  planWatchlistImportSteps,
  rekeyWatchlistEntries,
  watchlistRevision,
  watchlistSteps,
} from './watchlist.ts';
import { cpuMs } from '../../../test/fixtures/cpu-time.ts';

describe('parseWatchlist', () => {
  test('CSV with aliases and a note', () => {
    const csv = 'name,aliases,note\nAcme Widgets Ltd,Acme;AW Group,Supplier under review\n';
    const [e] = parseWatchlist(csv, 'mine.csv', 'w1');
    expect(e).toMatchObject({ id: 'wl-w1-acme-widgets-ltd', kind: 'company', domains: [], parents: [] });
    expect(e!.names.map((n) => n.text)).toEqual(['Acme Widgets Ltd', 'Acme', 'AW Group']);
    expect(e!.listings).toEqual([
      { list: 'WATCHLIST', status: 'in_force', statusDetail: 'Supplier under review' },
    ]);
  });
  test('JSON as a list or under "entries"; duplicate names get distinct ids', () => {
    const a = parseWatchlist('[{"name":"Foo Corp","aliases":["Foo"]},{"name":"Foo Corp"}]', 'x.json', 'w2');
    expect(a.map((e) => e.id)).toEqual(['wl-w2-foo-corp', 'wl-w2-foo-corp-2']);
    const b = parseWatchlist('{"entries":[{"name":"Bar","kind":"app","country":"cn"}]}', 'y.json', 'w2');
    expect(b[0]).toMatchObject({ kind: 'app', countries: ['CN'] });
  });
  test('markup in names stays a plain string', () => {
    const [e] = parseWatchlist('[{"name":"<img src=x onerror=alert(1)>"}]', 'x.json', 'w');
    expect(e!.names[0]!.text).toBe('<img src=x onerror=alert(1)>');
  });
  test('bad files are refused with the file name and the problem', () => {
    expect(() => parseWatchlist('{"entries": 5}', 'x.json', 'w')).toThrow('x.json: expected a list');
    expect(() => parseWatchlist('[{"nom":"x"}]', 'x.json', 'w')).toThrow('item 1 has no "name"');
    expect(() => parseWatchlist('{nope', 'x.json', 'w')).toThrow('not valid JSON');
    expect(() => parseWatchlist('name,aliases,note\n', 'e.csv', 'w')).toThrow('no names');
    expect(() => parseWatchlist('title\nfoo\n', 'e.csv', 'w')).toThrow('name');
  });
});

test('watchlistRevision changes with content and is empty without watchlists', () => {
  expect(watchlistRevision([])).toBe('');
  const a = watchlistRevision([{ id: 'a', updatedAt: 1, entryCount: 2 }]);
  expect(watchlistRevision([{ id: 'a', updatedAt: 2, entryCount: 2 }])).not.toBe(a);
});

describe('hostile watchlists', () => {
  test('20,000 rows of one name get distinct ids in linear time', () => {
    const { value: entries, ms } = cpuMs(() =>
      parseWatchlist(`name\n${'Acme\n'.repeat(20_000)}`, 'dup.csv', 'w'),
    );
    expect(ms).toBeLessThan(1500);
    expect(new Set(entries.map((e) => e.id)).size).toBe(20_000);
    expect(entries[1]!.id).toBe('wl-w-acme-2');
  });
  test('a name that collides with a numbered id still gets its own', () => {
    const ids = parseWatchlist('name\nFoo 2\nFoo\nFoo\n', 'c.csv', 'w').map((e) => e.id);
    expect(ids).toEqual(['wl-w-foo-2', 'wl-w-foo', 'wl-w-foo-3']);
  });
  test('oversized names, alias lists and notes are refused', () => {
    expect(() => parseWatchlist(`name\n${'x'.repeat(301)}\n`, 'l.csv', 'w')).toThrow('longer than 300');
    const aliases = Array.from({ length: 51 }, (_, i) => `A${i}`).join(';');
    expect(() => parseWatchlist(`name,aliases\nX,${aliases}\n`, 'a.csv', 'w')).toThrow(
      'more than 50 aliases',
    );
    expect(() => parseWatchlist(`[{"name":"X","note":"${'n'.repeat(2001)}"}]`, 'n.json', 'w')).toThrow(
      'note of name 1',
    );
  });
  test('a JSON watchlist is read item by item with pauses: an error at the end of 5 MB is met after many', () => {
    const item = (i: number) => ({
      name: `Watchco ${i} Holdings`,
      aliases: [`WC ${i}`],
      note: 'n'.repeat(200),
    });
    const text = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => item(i)));
    expect(text.length).toBeGreaterThan(4_500_000);
    // One JSON.parse of the whole text met the broken end before the first pause.
    const steps = watchlistSteps(`${text.slice(0, -1)},}`, 'big.json', 'w');
    let pauses = 0;
    expect(() => {
      while (!steps.next().done) pauses += 1;
    }).toThrow('big.json: not valid JSON');
    expect(pauses).toBeGreaterThanOrEqual(100);
    expect(parseWatchlist(text, 'big.json', 'w')).toHaveLength(20_000);
  });
  test.each([
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'item 1 is nested more than 16 deep'],
    ['a 1 MB name', JSON.stringify([{ name: 'N'.repeat(1_000_000) }]), 'item 1 is longer than 131072'],
    ['a truncated file', '[{"name": "Acme"}, {"name": "Be', 'j.json: not valid JSON'],
    ['a truncated object', '{"entries": [{"name": "Acme"}', 'j.json: not valid JSON'],
    ['text after the list', '[{"name": "Acme"}] {"name": "B"}', 'j.json: not valid JSON'],
    ['a string list', '{"entries": "x"}', 'j.json: expected a list of {"name": …} items'],
  ])('hostile JSON: %s is refused', (_what, text, message) => {
    const { ms } = cpuMs(() => {
      expect(() => parseWatchlist(text, 'j.json', 'w')).toThrow(message);
      return null;
    });
    expect(ms).toBeLessThan(2000);
  });
  test('more than 20,000 names are refused before the rest is read', () => {
    expect(() => parseWatchlist(`name\n${'Acme\n'.repeat(20_001)}`, 'big.csv', 'w')).toThrow(
      'more than 20000 names',
    );
  });
});

describe('planWatchlistImport', () => {
  const csv = 'name,aliases,note\nAcme Widgets Ltd,Acme,under review\nBeta Rotor GmbH,,\n';
  const first = { id: 'f1', name: 'mine.csv', entries: parseWatchlist(csv, 'mine.csv', 'f1') };
  test('the same content again is already imported, whatever the file name or line endings', () => {
    const again = parseWatchlist(csv.replace(/\n/g, '\r\n'), 'copy.csv', 'f2');
    expect(planWatchlistImport('copy.csv', again, [first])).toEqual({
      kind: 'already-imported',
      id: 'f1',
      name: 'mine.csv',
    });
  });
  test('the same file name with other content replaces the earlier import', () => {
    const next = parseWatchlist(`${csv}Gamma Ltd,,\n`, 'mine.csv', 'f2');
    expect(planWatchlistImport('mine.csv', next, [first])).toEqual({
      kind: 'replace',
      id: 'f1',
      name: 'mine.csv',
    });
  });
  test('a changed note or alias is new content; another file is new', () => {
    const noted = parseWatchlist(csv.replace('under review', 'cleared'), 'other.csv', 'f3');
    expect(planWatchlistImport('other.csv', noted, [first])).toEqual({ kind: 'new' });
    expect(planWatchlistImport('mine.csv', first.entries, [])).toEqual({ kind: 'new' });
  });
  test('reads no entry when no stored watchlist has as many entries, and stops at the first difference', () => {
    let reads = 0;
    const counted = (entries: readonly Entry[]) =>
      entries.map((e) => ({
        ...e,
        get names() {
          reads++;
          return e.names;
        },
      }));
    const big = counted(parseWatchlist(`${csv}Gamma Ltd,,\nDelta Ltd,,\n`, 'big.csv', 'f4'));
    expect(planWatchlistImport('big.csv', big, [first])).toEqual({ kind: 'new' });
    expect(reads).toBe(0);
    const other = counted(parseWatchlist(csv.replace('Acme Widgets Ltd', 'Zeta Ltd'), 'z.csv', 'f5'));
    expect(planWatchlistImport('z.csv', other, [first])).toEqual({ kind: 'new' });
    expect(reads).toBe(1);
  });
  test('the same 20,000 entries again are compared in slices with pauses between', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Watchco ${i} Ltd,WC ${i},note ${i}`).join('\n');
    const text = `name,aliases,note\n${rows}\n`;
    const stored = { id: 'f1', name: 'big.csv', entries: parseWatchlist(text, 'big.csv', 'f1') };
    const steps = planWatchlistImportSteps('copy.csv', parseWatchlist(text, 'copy.csv', 'f2'), [stored]);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses += 1;
    expect(r.value).toEqual({ kind: 'already-imported', id: 'f1', name: 'big.csv' });
    expect(pauses).toBeGreaterThanOrEqual(20);
  });
  test('rekeyWatchlistEntries moves entry ids onto the kept watchlist', () => {
    const moved = rekeyWatchlistEntries(parseWatchlist(csv, 'mine.csv', 'f9'), 'f9', 'f1');
    expect(moved.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
  });
});
