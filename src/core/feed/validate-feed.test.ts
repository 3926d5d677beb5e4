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
