import { describe, expect, test } from 'vitest';
import { compileFixtures } from '../../../test/fixtures/sources/compile-fixtures.ts';
import { parseFeed } from '../list/parse.ts';
import { serializeFeed } from '../list/serialize.ts';
import { FeedError, MAX_ENTRIES, MAX_FEED_BYTES, validateFeed } from './validate-feed.ts';

const feed = compileFixtures().feed;
const good = (): Record<string, unknown> => JSON.parse(serializeFeed(feed)) as Record<string, unknown>;

describe('validateFeed', () => {
  test('accepts a compiled feed', () => {
    expect(validateFeed(good()).entries.length).toBe(feed.entries.length);
  });

  test('refuses an unknown format with a plain reason', () => {
    expect(() => validateFeed({ ...good(), format: 2 })).toThrow(
      new FeedError('The list uses format 2, which this version cannot read (expected 1).'),
    );
  });

  test.each([
    ['not an object', [], 'the feed is not an object'],
    ['bad version', { version: -1 }, 'version is not a positive whole number'],
    ['bad data date', { dataDate: '22/08/2026' }, 'feed.dataDate is not a YYYY-MM-DD date'],
    ['entries not a list', { entries: {} }, 'entries is not a list'],
  ])('refuses a bad shape: %s', (_label, patch, message) => {
    const value = Array.isArray(patch) ? patch : { ...good(), ...patch };
    expect(() => validateFeed(value)).toThrow(message);
  });

  test('refuses a listing on a list the feed does not define, and repeated ids', () => {
    const withStray = good();
    const entries = withStray.entries as { listings: { list: string }[]; id: string }[];
    (entries[0] as { listings: { list: string }[] }).listings[0] = {
      list: 'NOPE',
      status: 'in_force',
    } as never;
    expect(() => validateFeed(withStray)).toThrow('names a list ("NOPE") the feed does not define');
    const twice = good();
    const list = twice.entries as { id: string }[];
    (list[1] as { id: string }).id = (list[0] as { id: string }).id;
    expect(() => validateFeed(twice)).toThrow('repeats the id');
  });

  test('refuses an unknown name type and an empty name list', () => {
    const bad = good();
    const e = (bad.entries as { names: unknown[] }[])[0] as { names: unknown[] };
    e.names = [{ text: 'X', type: 'nickname' }];
    expect(() => validateFeed(bad)).toThrow('names[0].type is not a known name type');
    e.names = [];
    expect(() => validateFeed(bad)).toThrow('names is empty');
  });

  test('refuses oversized feeds by entry count and by bytes', () => {
    expect(() => validateFeed({ ...good(), entries: Array.from({ length: MAX_ENTRIES + 1 }) })).toThrow(
      'too large',
    );
    expect(() => parseFeed(' '.repeat(MAX_FEED_BYTES + 1))).toThrow('too large');
  });

  test('refuses text that is not JSON', () => {
    expect(() => parseFeed('{"format": 1,')).toThrow(FeedError);
  });
});

describe('validateFeed: hostile values with a valid shape', () => {
  type Patch = (
    f: Record<string, unknown> & { entries: Record<string, unknown>[]; lists: Record<string, unknown>[] },
  ) => void;
  const listing = (f: Parameters<Patch>[0]) => (f.entries[0]!.listings as Record<string, unknown>[])[0]!;
  const cases: [string, Patch, string][] = [
    ['a date 9999-99-99', (f) => void (f.dataDate = '9999-99-99'), 'dataDate is not a YYYY-MM-DD date'],
    ['a 31 February', (f) => void (listing(f).dateListed = '2024-02-31'), 'dateListed is not a YYYY-MM-DD'],
    [
      'a javascript: listing source',
      (f) => void (listing(f).sourceUrl = 'javascript:alert(1)'),
      'not an http(s)',
    ],
    ['a data: list address', (f) => void (f.lists[0]!.url = 'data:text/html,<b>x</b>'), 'not an http(s)'],
    [
      'a 10 MB name',
      (f) => void ((f.entries[0]!.names as { text: string }[])[0]!.text = 'A'.repeat(1e7)),
      'longer than 1000',
    ],
    ['an unknown 5 MB field', (f) => void (f.entries[0]!.blob = 'x'.repeat(5e6)), 'unknown field of 5000000'],
    [
      'an unknown 5 MB feed field',
      (f) => void (f.extra = ['y'.repeat(5e6)]),
      'feed.extra is an unknown field',
    ],
    ['version 2^53-1', (f) => void (f.version = Number.MAX_SAFE_INTEGER), 'version from the future'],
    [
      '2,000 names on one entry',
      (f) => void (f.entries[0]!.names = Array.from({ length: 2000 }, () => ({ text: 'N', type: 'alias' }))),
      'more than 1000 items',
    ],
    [
      'a negative record count',
      (f) => void ((f.sources as Record<string, unknown>[])[0]!.records = -5),
      'records is not',
    ],
  ];
  test.each(cases)('refuses %s', (_label, patch, message) => {
    const f = good() as Parameters<Patch>[0];
    patch(f);
    expect(() => validateFeed(f)).toThrow(message);
  });

  test('a version after tomorrow (in the YYYYMMDDRR scheme) is refused when the clock is given', () => {
    const now = Date.UTC(2026, 7, 22, 12);
    expect(validateFeed({ ...good(), version: 2026082399 }, { now }).version).toBe(2026082399);
    expect(() => validateFeed({ ...good(), version: 2026082400 }, { now })).toThrow(
      'version from the future',
    );
  });

  test('small unknown fields are kept (a newer feed may add some)', () => {
    expect(() => validateFeed({ ...good(), note: 'from a newer publisher' })).not.toThrow();
  });
});
