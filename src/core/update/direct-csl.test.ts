import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildDirectFeed } from './direct-csl.ts';
import { parseCslOfficial } from '../sources/csl-official.ts';
import type { Feed } from '../list/format.ts';
import { validateFeed } from '../feed/validate-feed.ts';
import { FutureDateError } from '../list/data-dates.ts';
import { compileFeed } from '../list/compile.ts';
import { parseLocalNames } from '../sources/local-names.ts';

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
    buildDirectFeed({
      text,
      file: 'consolidated.json',
      sha256: 'f',
      current,
      now: Date.parse('2026-08-01T12:00:00Z'),
    }),
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
    buildDirectFeed({
      text: '{"nope":1}',
      file: 'x.json',
      sha256: 'f',
      current,
      now: Date.parse('2026-08-01T12:00:00Z'),
    }),
  ).toThrow();
});

const NOW = Date.parse('2026-12-06T10:00:00Z');

function withRow(startDate: string): string {
  const json = JSON.parse(text) as { results: Record<string, unknown>[] };
  json.results.push({
    name: 'Futurist Trading Co., Ltd.',
    type: 'Entity',
    source: 'Entity List (EL) - Bureau of Industry and Security',
    start_date: startDate,
  });
  return JSON.stringify(json);
}

test('a row dated after tomorrow is an error naming the source and the row, not a version', () => {
  const run = () =>
    buildDirectFeed({
      text: withRow('2999-12-31'),
      file: 'consolidated.json',
      sha256: 'f',
      current,
      now: NOW,
    });
  expect(run).toThrow(FutureDateError);
  const rows = (JSON.parse(text) as { results: unknown[] }).results.length;
  expect(run).toThrow(`us-trade-csl: consolidated.json#results[${rows}] is dated 2999-12-31`);
});

test('a row dated tomorrow is accepted and the version stays within tomorrow', () => {
  const feed = buildDirectFeed({
    text: withRow('2026-12-07'),
    file: 'consolidated.json',
    sha256: 'f',
    current,
    now: NOW,
  });
  expect(feed.version).toBe(2026120700);
});

test('a list in use with a version in the future is damaged: the next good list replaces it with a real version', () => {
  const frozen = { ...current, version: 2999123100 };
  const feed = buildDirectFeed({ text, file: 'consolidated.json', sha256: 'f', current: frozen, now: NOW });
  expect(feed.version).toBeLessThanOrEqual(2026120799);
  expect(feed.version).toBeGreaterThanOrEqual(2026120600);
});

test('names a curated layer gave an entry come back when the official file lists it again', () => {
  const base = compileFeed(
    [
      {
        batch: parseCslOfficial(text, 'consolidated.json'),
        provenance: { id: 'us-trade-csl', file: 'c', sha256: '', dataDate: '2026-07-01', records: 1 },
      },
      {
        batch: parseLocalNames(
          JSON.stringify({
            entries: [
              {
                name: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
                zh_hans: ['杭州海康威视数字技术股份有限公司'],
              },
            ],
          }),
          'local-names.json',
        ),
        provenance: { id: 'curated-local-names', file: 'l', sha256: '', dataDate: '2026-07-01', records: 1 },
      },
    ],
    {},
  ).feed;
  const hik = (f: Feed) =>
    f.entries.find((e) => e.names.some((n) => n.text.startsWith('Hangzhou Hikvision')));
  expect(hik(base)?.names.map((n) => n.text)).toContain('杭州海康威视数字技术股份有限公司');
  const next = buildDirectFeed({ text, file: 'consolidated.json', sha256: 'g', current: base, now: NOW });
  expect(hik(next)?.names.map((n) => n.text)).toContain('杭州海康威视数字技术股份有限公司');
  expect(hik(next)?.id).toBe(hik(base)?.id);
});
