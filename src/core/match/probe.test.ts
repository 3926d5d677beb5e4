// The product's promise on the bundled snapshot: prominent listed parties as news writes them are flagged at
// default settings, and ordinary text with the same letters is not (fixtures in test/fixtures/probe/).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Feed } from '../list/format.ts';
import { corroborateHits } from '../page/corroborate.ts';
import { buildMatchIndex, findMatches } from './index.ts';

const file = (p: string): string => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const feed = JSON.parse(readFileSync(file('public/lists/snapshot.json'), 'utf8')) as Feed;
const idx = buildMatchIndex(feed.entries);
const kinds = new Map(feed.entries.map((e) => [e.id, e.kind]));
const probe = JSON.parse(readFileSync(file('test/fixtures/probe/prominent-parties.json'), 'utf8')) as {
  parties: { lang: string; text: string; name: string; entity: string }[];
};

/** Badges at default settings: likely or better after corroboration, persons, vessels and aircraft off. */
function badges(text: string): { text: string; entity: string }[] {
  return corroborateHits(findMatches(idx, text))
    .filter((h) => h.confidence !== 'possible')
    .filter((h) => !['person', 'vessel', 'aircraft'].includes(kinds.get(h.entityId) ?? ''))
    .map((h) => ({ text: text.slice(h.start, h.end), entity: h.entityId }));
}

describe('probe: prominent listed parties in news sentences', () => {
  const results = probe.parties.map((p) => ({ ...p, got: badges(p.text) }));

  it('has at least 60 parties in English and Chinese', () => {
    expect(probe.parties.length).toBeGreaterThanOrEqual(60);
    expect(probe.parties.filter((p) => p.lang === 'zh').length).toBeGreaterThanOrEqual(15);
  });

  it('flags at least 95 % of them', () => {
    const missed = results.filter((r) => !r.got.some((g) => g.entity === r.entity)).map((r) => r.name);
    expect(missed.length / results.length, `missed: ${missed.join(', ')}`).toBeLessThanOrEqual(0.05);
  });

  it('flags nothing else in those sentences', () => {
    const extra = results.flatMap((r) =>
      r.got.filter((g) => g.entity !== r.entity).map((g) => `${g.text} → ${g.entity}`),
    );
    expect(extra).toEqual([]);
  });
});

describe('probe: ordinary text', () => {
  const lines = readFileSync(file('test/fixtures/probe/ordinary-text.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));

  it.each(lines)('no badge: %s', (line) => {
    expect(badges(line)).toEqual([]);
  });
});
