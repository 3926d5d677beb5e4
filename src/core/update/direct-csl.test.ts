import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildDirectFeed } from './direct-csl.ts';
import type { Feed } from '../list/format.ts';
import { validateFeed } from '../feed/validate-feed.ts';

const text = readFileSync(
  new URL('../../../test/fixtures/sources/csl-official.json', import.meta.url),
  'utf8',
);

const current: Feed = {
  format: 1,
  version: 2026070100,
  generated: '2026-07-01T00:00:00Z',
  dataDate: '2026-07-01',
  sources: [{ id: 'curated-restrictions', file: 'r.json', sha256: 'a', dataDate: '2026-07-01', records: 2 }],
  lists: [
    {
      id: 'US-BIS-EL',
      name: 'Entity List',
      label: 'Entity List',
      family: 'export-control',
      authority: 'BIS',
      jurisdiction: 'US',
      meaningReader: 'x',
      meaningBuyer: 'y',
    },
    {
      id: 'US-PAFACA',
      name: 'PAFACA',
      label: 'PAFACA',
      family: 'app-ban',
      authority: 'Congress',
      jurisdiction: 'US',
      meaningReader: 'x',
      meaningBuyer: 'y',
    },
  ],
  entries: [
    {
      id: 'old-el-only',
      kind: 'company',
      names: [{ text: 'Gone From The Entity List Ltd', type: 'legal' }],
      countries: [],
      domains: [],
      parents: [],
      listings: [{ list: 'US-BIS-EL', status: 'in_force' }],
    },
    {
      id: 'tiktok',
      kind: 'app',
      names: [{ text: 'TikTok', type: 'brand' }],
      countries: ['CN'],
      domains: ['tiktok.com'],
      parents: [],
      listings: [{ list: 'US-PAFACA', status: 'in_force' }],
    },
  ],
};

test('the official file replaces the lists it covers and keeps the others', () => {
  const feed = validateFeed(
    buildDirectFeed({ text, file: 'consolidated.json', sha256: 'f', current, today: '2026-08-01' }),
  );
  const names = feed.entries.map((e) => e.names[0]!.text);
  expect(names).toContain('TikTok');
  expect(names).toContain('Hangzhou Hikvision Digital Technology Co., Ltd.');
  expect(names).not.toContain('Gone From The Entity List Ltd');
  expect(feed.version).toBeGreaterThan(current.version);
  expect(feed.sources.map((s) => s.id).sort()).toEqual(['curated-restrictions', 'us-trade-csl']);
});

test('a file that is not the CSL bulk file is refused', () => {
  expect(() =>
    buildDirectFeed({ text: '{"nope":1}', file: 'x.json', sha256: 'f', current, today: '2026-08-01' }),
  ).toThrow();
});
