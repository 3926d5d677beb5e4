import { describe, expect, test } from 'vitest';
import { compileFeed, type CompileSource } from './compile.ts';
import type { Entry, Feed } from './format.ts';
import { parseFeed } from './parse.ts';
import { serializeFeed } from './serialize.ts';
import { validateFeed } from '../feed/validate-feed.ts';
import { isHistoricListing, summarizeBadge } from '../page/badge-label.ts';
import { parseCuratedRestrictions } from '../sources/curated.ts';
import { TEST_LIST, makeFeed, testEntry } from '../../../test/fixtures/make-feed.ts';

function withListing(extra: Record<string, unknown>): Feed {
  const e = testEntry('e1', 'Example App');
  e.listings = [{ ...e.listings[0], ...extra } as Entry['listings'][number]];
  return makeFeed(5, [e], 0, {
    lists: [
      {
        ...TEST_LIST,
        zh: { name: '测试名单', label: '测试', meaningReader: '测试用。', meaningBuyer: '测试中不要购买。' },
      },
    ],
  });
}

describe('status qualifiers and one-line meanings in the feed', () => {
  test('a known qualifier, the summaries and a list’s Chinese texts survive serialising and reading', () => {
    const feed = withListing({
      qualifier: 'met_by_divestiture',
      summary: 'Lawful in the US.',
      summaryZh: '在美国合法。',
    });
    const back = parseFeed(serializeFeed(feed));
    expect(back.entries[0]?.listings[0]).toMatchObject({
      status: 'in_force',
      qualifier: 'met_by_divestiture',
      summary: 'Lawful in the US.',
      summaryZh: '在美国合法。',
    });
    expect(back.lists[0]?.zh?.name).toBe('测试名单');
  });

  test('a qualifier this version does not know is dropped, the feed is still read with its status', () => {
    const json = JSON.parse(JSON.stringify(withListing({ qualifier: 'paused_by_treaty' })));
    const feed = validateFeed(json);
    expect(feed.entries[0]?.listings[0]?.status).toBe('in_force');
    expect(feed.entries[0]?.listings[0]?.qualifier).toBeUndefined();
  });

  test('a list’s Chinese texts must be complete', () => {
    const json = JSON.parse(JSON.stringify(withListing({})));
    delete json.lists[0].zh.meaningBuyer;
    expect(() => validateFeed(json)).toThrow('lists[0].zh.meaningBuyer is not a text');
  });

  test('met by divestiture and expired listings count as historic for the badge', () => {
    expect(isHistoricListing({ status: 'in_force', qualifier: 'met_by_divestiture' })).toBe(true);
    expect(isHistoricListing({ status: 'in_force', qualifier: 'expired' })).toBe(true);
    expect(isHistoricListing({ status: 'in_force', qualifier: 'enforcement_deferred' })).toBe(false);
    expect(isHistoricListing({ status: 'enjoined', qualifier: 'stayed_by_court' })).toBe(false);
    const lists = new Map([[TEST_LIST.id, TEST_LIST]]);
    const badge = summarizeBadge(
      [{ list: TEST_LIST.id, status: 'in_force', qualifier: 'met_by_divestiture' }],
      lists,
    );
    expect(badge?.isHistoric).toBe(true);
  });
});

describe('curated statuses reviewed in a second file', () => {
  const shared = {
    data_as_of: '2026-08-22',
    parties: [
      {
        id: 'app-example',
        names: ['ExampleTok'],
        kind: 'app',
        country: 'CN',
        restrictions: [
          {
            instrument_key: 'US-PAFACA',
            status: 'in_force',
            date: '2024-04-24',
            status_detail: 'Law in force.',
          },
        ],
      },
    ],
  };
  const review = {
    data_as_of: '2026-08-23',
    parties: [
      {
        id: 'app-example',
        names: ['ExampleTok'],
        kind: 'app',
        country: 'CN',
        restrictions: [
          {
            instrument_key: 'US-PAFACA',
            status: 'in_force',
            qualifier: 'met_by_divestiture',
            status_date: '2026-01-22',
            meaning: 'Lawful to distribute in the US since its US business was sold.',
            meaning_zh: '其美国业务出售后，可在美国合法分发。',
            date: '2024-04-24',
            status_detail: 'Qualified divestiture closed 2026-01-22.',
            source_url: 'https://www.whitehouse.gov/example',
          },
        ],
      },
    ],
  };

  test('the curated reader takes qualifier, meanings and status date, and refuses an unknown qualifier', () => {
    const batch = parseCuratedRestrictions(JSON.stringify(review), 'review.json');
    expect(batch.records[0]?.listings[0]).toMatchObject({
      qualifier: 'met_by_divestiture',
      statusDate: '2026-01-22',
      summary: 'Lawful to distribute in the US since its US business was sold.',
      summaryZh: '其美国业务出售后，可在美国合法分发。',
    });
    const bad = JSON.parse(JSON.stringify(review));
    bad.parties[0].restrictions[0].qualifier = 'sort_of';
    expect(() => parseCuratedRestrictions(JSON.stringify(bad), 'review.json')).toThrow(
      'unknown qualifier "sort_of"',
    );
  });

  test('compiled after the shared file, the reviewed listing is the one in the feed', () => {
    const sources: CompileSource[] = [shared, review].map((json, i) => {
      const batch = parseCuratedRestrictions(JSON.stringify(json), `f${i}.json`);
      return {
        batch,
        provenance: { id: `s${i}`, file: `f${i}`, sha256: 'x', dataDate: json.data_as_of, records: 1 },
      };
    });
    const { feed } = compileFeed(sources);
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]?.listings).toEqual([
      {
        list: 'US-PAFACA',
        dateListed: '2024-04-24',
        status: 'in_force',
        qualifier: 'met_by_divestiture',
        statusDate: '2026-01-22',
        statusDetail: 'Qualified divestiture closed 2026-01-22.',
        summary: 'Lawful to distribute in the US since its US business was sold.',
        summaryZh: '其美国业务出售后，可在美国合法分发。',
        sourceUrl: 'https://www.whitehouse.gov/example',
      },
    ]);
  });
});
