// After a direct update from the official CSL file, nothing the bundled snapshot found is lost: the curated layers
// (Chinese names, brands) come back onto the entries the file lists, and the other lists stay.
import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Feed } from '../list/format.ts';
import { nameKey } from '../list/name-key.ts';
import { buildMatchIndex, findMatches } from '../match/index.ts';
import { buildDirectFeed } from './direct-csl.ts';
import { validateFeed } from '../feed/validate-feed.ts';
import { cslFromFeed } from '../../../test/fixtures/official/csl-from.ts';

const root = new URL('../../../', import.meta.url);
const snapshot = validateFeed(JSON.parse(readFileSync(new URL('public/lists/snapshot.json', root), 'utf8')));
const pagesDir = new URL('test/e2e/pages/', root);
const pages = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(new URL(f, pagesDir), 'utf8').replace(/<[^>]*>/g, ' '));
pages.push('华为技术有限公司、杭州海康威视数字技术股份有限公司与中芯国际都在名单上。TikTok and DJI too.');

function hitsOn(feed: Feed): (text: string) => string[] {
  const idx = buildMatchIndex(feed.entries);
  const byId = new Map(feed.entries.map((e) => [e.id, e]));
  return (text) =>
    findMatches(idx, text)
      .filter((h) => h.confidence !== 'possible')
      .map((h) => `${text.slice(h.start, h.end)} → ${byId.get(h.entityId)?.names[0]?.text}`);
}

test('a direct update from the official CSL file keeps every name and hit the snapshot had', () => {
  const now = Date.parse('2026-12-06T10:00:00Z');
  const text = cslFromFeed(snapshot);
  const next = validateFeed(
    buildDirectFeed({ text, file: 'consolidated.json', sha256: 'x', current: snapshot, now }),
  );
  // Curated names (local script, brands) exactly; list names up to case and punctuation (the file spells them).
  const exact = new Set(next.entries.flatMap((e) => e.names.map((n) => n.text)));
  // "Managed Systems and Services (MSAS)": the adapter reads a bracketed short name as an alias of its own.
  const key = (t: string) => nameKey(t.replace(/\s*\([^()]*\)$/, ''));
  const loose = new Set(next.entries.flatMap((e) => e.names.map((n) => key(n.text))));
  const lost = snapshot.entries.flatMap((e) =>
    e.names
      .filter((n) =>
        n.type === 'local' || n.type === 'brand' ? !exact.has(n.text) : !loose.has(key(n.text)),
      )
      .map((n) => `${e.id}: ${n.text}`),
  );
  expect(lost).toEqual([]);
  const [before, after] = [hitsOn(snapshot), hitsOn(next)];
  for (const page of pages) {
    const now2 = new Set(after(page));
    expect(before(page).filter((h) => !now2.has(h))).toEqual([]);
  }
  expect(before(pages.at(-1)!).length).toBeGreaterThan(3);
  expect(next.version).toBeGreaterThan(snapshot.version);
  expect(next.sources.find((s) => s.id === 'us-trade-csl')?.dataDate).toBe('2026-12-06');
}, 180_000);
