// Direct mode: the official Consolidated Screening List bulk file, read with the compiler's own adapter, replaces
// the lists it covers in the current list; everything else (curated app bans, 1260H, FCC …) stays.
import type { Feed } from '../list/format.ts';
import { compileFeed } from '../list/compile.ts';
import { parseCslOfficial } from '../sources/csl-official.ts';
import { parseFeedSource } from '../sources/feed-source.ts';

export interface DirectInput {
  /** Text of consolidated.json. */
  text: string;
  /** Name for messages and provenance, e.g. the URL's file name. */
  file: string;
  sha256: string;
  /** The list in use (entries, lists, sources, version). */
  current: Feed;
  /** ISO date of the download, used when the file states no date. */
  today: string;
}

/**
 * Builds the next list from the official CSL file: listings on lists the file covers are taken from the file alone;
 * entries left with no listing are dropped; other listings stay. The version is always above the current one.
 * Throws (SourceError) when the file is not a CSL bulk file.
 */
export function buildDirectFeed({ text, file, sha256, current, today }: DirectInput): Feed {
  const csl = parseCslOfficial(text, file);
  if (csl.records.length === 0) throw new Error(`${file}: no entries from any list this extension knows`);
  const covered = new Set(csl.records.flatMap((r) => r.listings.map((l) => l.list)));
  const kept = current.entries
    .map((e) => ({ ...e, listings: e.listings.filter((l) => !covered.has(l.list)) }))
    .filter((e) => e.listings.length > 0);
  const rest = parseFeedSource(
    JSON.stringify({ ...current, entries: kept, shrinkReason: undefined }),
    'current list',
  );
  rest.provenance = current.sources.filter((s) => !/csl/i.test(s.id));
  const dataDate = csl.dataDate && csl.dataDate > today ? csl.dataDate : today;
  const { feed } = compileFeed(
    [
      {
        batch: rest,
        provenance: { id: 'current-list', file: 'current list', sha256: '', dataDate, records: kept.length },
      },
      { batch: csl, provenance: { id: 'us-trade-csl', file, sha256, dataDate, records: csl.records.length } },
    ],
    { previous: current, generated: `${today}T00:00:00Z` },
  );
  feed.sources = feed.sources.filter((s) => s.id !== 'current-list');
  // Lists the registry does not know (an organisation's own) keep the definitions the current list carries.
  const known = new Set(feed.lists.map((l) => l.id));
  const used = new Set(feed.entries.flatMap((e) => e.listings.map((l) => l.list)));
  feed.lists.push(...current.lists.filter((l) => used.has(l.id) && !known.has(l.id)));
  feed.version = Math.max(feed.version, current.version + 1);
  return feed;
}
