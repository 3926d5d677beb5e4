// Direct mode with the EU and UK files: their parsed entries are merged like the CSL's (each file replaces the
// listings on its own list), and one refused file leaves the others merged.
import { expect, test } from 'vitest';
import { fixture } from '../../../test/fixtures/sources/read-fixture.ts';
import type { Feed } from '../list/format.ts';
import { parseCslOfficial } from '../sources/csl-official.ts';
import { parseEuFsfXml } from '../sources/eu-fsf.ts';
import { parseUkSanctionsCsv } from '../sources/uk-sanctions-list.ts';
import type { SourceBatch } from '../sources/types.ts';
import { combineDirect, toDirectBatch } from './direct-combine.ts';
import type { DirectBatch } from './direct-merge.ts';
import { getDirectSource } from './direct-sources.ts';

const NOW = Date.parse('2026-12-06T12:00:00Z');

const entry = (id: string, name: string, list: string): Feed['entries'][number] => ({
  id,
  kind: 'company',
  names: [{ text: name, type: 'legal' }],
  countries: [],
  domains: [],
  parents: [],
  listings: [{ list, status: 'in_force' }],
});

const current: Feed = {
  format: 1,
  version: 2026110100,
  generated: '2026-11-01T00:00:00Z',
  dataDate: '2026-11-01',
  sources: [],
  lists: [],
  entries: [
    entry('gone-eu', 'Delisted Eastwind Shipping LLC', 'EU-FSF'),
    entry('gone-uk', 'Delisted Westwind Trading LLC', 'UK-SANCTIONS'),
    entry('stays-el', 'Quietbrook Semiconductor Co., Ltd.', 'US-BIS-EL'),
  ],
};

/** A parsed file as direct mode hands it to the merge, with the source's own covered lists. */
const batchOf = (id: string, batch: SourceBatch): DirectBatch =>
  toDirectBatch(getDirectSource(id)!, batch, { sha256: id, now: NOW });

const eu = (text = fixture('eu-fsf.xml')) => batchOf('eu-fsf', parseEuFsfXml(text, 'eu-fsf.xml'));
const uk = () =>
  batchOf('uk-sanctions-list', parseUkSanctionsCsv(fixture('uk-sanctions-list.csv'), 'uk.csv'));
const csl = () =>
  batchOf('us-trade-csl', parseCslOfficial(fixture('csl-official.json'), 'consolidated.json'));

/** The EU fixture with its first entry designated on a date after tomorrow. */
const futureEu = () =>
  fixture('eu-fsf.xml').replace(
    'designationDetails=""',
    'designationDate="2999-01-01" designationDetails=""',
  );

const named = (f: Feed, text: string) =>
  f.entries.find((e) => e.names.some((n) => n.text.toLowerCase() === text.toLowerCase()));
const lists = (e: Feed['entries'][number] | undefined) => e?.listings.map((l) => l.list).sort();

test('EU and UK entries replace the listings on their own lists; other lists stay', () => {
  const { feed, refused } = combineDirect(current, [eu(), uk()], NOW);
  expect(refused.size).toBe(0);
  expect(lists(named(feed!, 'Example Province Public Security Bureau'))).toEqual(['EU-FSF']);
  expect(lists(named(feed!, 'Example Money Exchange'))).toEqual(['UK-SANCTIONS']);
  // One company on both files is one entry with both listings.
  expect(lists(named(feed!, 'Northwind Bank'))).toEqual(['EU-FSF', 'UK-SANCTIONS']);
  expect(named(feed!, 'Delisted Eastwind Shipping LLC')).toBeUndefined();
  expect(named(feed!, 'Delisted Westwind Trading LLC')).toBeUndefined();
  expect(lists(named(feed!, 'Quietbrook Semiconductor Co., Ltd.'))).toEqual(['US-BIS-EL']);
  expect(feed!.sources.map((s) => s.id).sort()).toEqual(['eu-fsf', 'uk-sanctions-list']);
  // The publishers' attribution lines travel with the data (EU reuse decision, UK Open Government Licence).
  const licence = (id: string) => feed!.sources.find((s) => s.id === id)?.licence;
  expect(licence('eu-fsf')).toContain('© European Union');
  expect(licence('uk-sanctions-list')).toContain('Open Government Licence');
  expect(feed!.lists.map((l) => l.id)).toEqual(expect.arrayContaining(['EU-FSF', 'UK-SANCTIONS']));
  expect(feed!.version).toBeGreaterThan(current.version);
});

test('an EU file alone leaves the UK listings of the list in use as they were', () => {
  const { feed } = combineDirect(current, [eu()], NOW);
  expect(lists(named(feed!, 'Delisted Westwind Trading LLC'))).toEqual(['UK-SANCTIONS']);
  expect(named(feed!, 'Delisted Eastwind Shipping LLC')).toBeUndefined();
});

test('an EU file with a row dated after tomorrow is refused with its row; the CSL and UK files are merged', () => {
  const future = futureEu();
  const { feed, refused } = combineDirect(current, [csl(), eu(future), uk()], NOW);
  expect([...refused.keys()]).toEqual(['eu-fsf']);
  expect(refused.get('eu-fsf')).toMatch(/eu-fsf.*eu-fsf\.xml.*2999-01-01/);
  expect(named(feed!, 'Hangzhou Hikvision Digital Technology Co., Ltd.')).toBeDefined();
  expect(lists(named(feed!, 'Example Money Exchange'))).toEqual(['UK-SANCTIONS']);
  // The EU listings of the list in use stay: the refused file changed nothing.
  expect(lists(named(feed!, 'Delisted Eastwind Shipping LLC'))).toEqual(['EU-FSF']);
  expect(named(feed!, 'Example Province Public Security Bureau')).toBeUndefined();
});

test('when every file is refused there is no list, and each refusal is named', () => {
  const future = futureEu();
  const { feed, refused } = combineDirect(current, [eu(future)], NOW);
  expect(feed).toBeNull();
  expect(refused.get('eu-fsf')).toContain('2999-01-01');
});

test('direct mode reads the same EU and UK addresses as compile-list --fetch, on their official hosts', () => {
  expect(getDirectSource('eu-fsf')?.url).toMatch(/^https:\/\/webgate\.ec\.europa\.eu\/fsd\/fsf\//);
  expect(getDirectSource('eu-fsf')?.hosts).toEqual(['webgate.ec.europa.eu']);
  expect(getDirectSource('uk-sanctions-list')?.url).toBe(
    'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv',
  );
});
