import { parseFeed } from '../list/parse.ts';
import { SourceError } from './source-error.ts';
import type { SourceBatch, SourceRecord } from './types.ts';

/**
 * Reads an existing feed (e.g. the project's published feed) as a source, so an organisation can compile it
 * together with its own watchlist. Entries keep their ids, names and listings; the feed's own provenance is
 * carried over.
 */
export function parseFeedSource(text: string, file: string): SourceBatch {
  let feed;
  try {
    feed = parseFeed(text);
  } catch (err) {
    throw new SourceError(file, 'whole file', (err as Error).message);
  }
  const records: SourceRecord[] = feed.entries.map((e) => ({
    ref: `${file}#${e.id}`,
    role: 'list',
    kind: e.kind,
    names: e.names.map((n) => ({ ...n })),
    countries: [...e.countries],
    domains: [...e.domains],
    parentNames: [],
    listings: e.listings.map((l) => ({
      ...l,
      sourceUrl: l.sourceUrl ?? feed.lists.find((d) => d.id === l.list)?.url,
    })),
    id: e.id,
    // A compiled feed has already decided which short names are strong: re-compiling keeps them.
    wellKnown: true,
    parentIds: [...e.parents],
    ...(e.notes ? { notes: e.notes } : {}),
  }));
  return { source: `feed:${file}`, records, dataDate: feed.dataDate, provenance: feed.sources };
}
