import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileFixtures } from '../../../test/fixtures/sources/compile-fixtures.ts';
import { parseFeed } from './parse.ts';
import { serializeFeed } from './serialize.ts';

const GOLDEN = fileURLToPath(new URL('../../../test/fixtures/golden/compiled-feed.json', import.meta.url));

describe('serialised feed', () => {
  const text = serializeFeed(compileFixtures().feed);

  test('compiling the same input twice gives byte-identical output', () => {
    expect(serializeFeed(compileFixtures().feed)).toBe(text);
  });

  test('matches the golden compile output (set UPDATE_GOLDEN=1 to rewrite it after a reviewed change)', () => {
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  test('parse → serialize gives the same bytes back (round trip)', () => {
    expect(serializeFeed(parseFeed(text))).toBe(text);
  });

  test('one entry per line, fixed key order, trailing newline, empty domains/parents left out', () => {
    const lines = text.split('\n');
    expect(lines[1]).toBe('"format": 1,');
    expect(text.endsWith('}\n')).toBe(true);
    const zte = lines.find((l) => l.startsWith('{"id":"company-zte"'));
    expect(zte).toMatch(/^\{"id":"company-zte","kind":"company","names":\[/);
    expect(zte).not.toContain('"parents"');
    expect(parseFeed(text).entries.find((e) => e.id === 'company-zte')?.parents).toEqual([]);
  });
});
