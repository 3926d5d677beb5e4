import type { Feed } from './format.ts';

/** Every field of each object of the feed, in the order it is written; feed validation knows exactly these. */
export const FEED_FIELDS = {
  feed: ['format', 'version', 'generated', 'dataDate', 'shrinkReason', 'sources', 'lists', 'entries'],
  entry: ['id', 'kind', 'names', 'countries', 'domains', 'parents', 'listings', 'notes'],
  name: ['text', 'type', 'lang'],
  listing: [
    'list',
    'programme',
    'dateListed',
    'citation',
    'status',
    'qualifier',
    'statusDate',
    'statusDetail',
    'summary',
    'summaryZh',
    'sourceUrl',
  ],
  list: [
    'id',
    'name',
    'label',
    'family',
    'authority',
    'jurisdiction',
    'meaningReader',
    'meaningBuyer',
    'url',
    'zh',
  ],
  source: ['id', 'file', 'sha256', 'dataDate', 'records', 'licence'],
  listTexts: ['name', 'label', 'meaningReader', 'meaningBuyer'],
} satisfies Record<string, string[]>;

const ORDER: Record<string, readonly string[]> = FEED_FIELDS;

function ordered(obj: object, shape: string): Record<string, unknown> {
  const src = obj as Record<string, unknown>;
  const known = ORDER[shape] ?? [];
  const keys = [
    ...known.filter((k) => k in src),
    ...Object.keys(src)
      .filter((k) => !known.includes(k))
      .sort(),
  ];
  const out: Record<string, unknown> = {};
  for (const k of keys) if (src[k] !== undefined) out[k] = src[k];
  return out;
}

function canonicalEntry(e: Feed['entries'][number]): Record<string, unknown> {
  const out = ordered(e, 'entry');
  // Compact layout: empty domains/parents are left out; validateFeed restores them as [].
  if (e.domains.length === 0) delete out.domains;
  if (e.parents.length === 0) delete out.parents;
  out.names = e.names.map((n) => ordered(n, 'name'));
  out.listings = e.listings.map((l) => ordered(l, 'listing'));
  return out;
}

/** One entry's line in the feed's byte layout (without the separating comma). */
export function serializeEntry(e: Feed['entries'][number]): string {
  return JSON.stringify(canonicalEntry(e));
}

/**
 * The one byte layout of a feed: fixed key order, one entry / list / source per line, trailing newline. The same
 * Feed value always gives the same string, and `parseFeed(serializeFeed(f))` gives back an equal Feed.
 */
export function serializeFeed(feed: Feed): string {
  const head = ordered(feed, 'feed');
  const lines: string[] = ['{'];
  for (const [key, value] of Object.entries(head)) {
    if (key === 'sources' || key === 'lists' || key === 'entries') continue;
    lines.push(`${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  }
  const block = (key: string, items: unknown[], last: boolean): void => {
    lines.push(`${JSON.stringify(key)}: [`);
    items.forEach((item, i) => lines.push(JSON.stringify(item) + (i < items.length - 1 ? ',' : '')));
    lines.push(last ? ']' : '],');
  };
  block(
    'sources',
    feed.sources.map((s) => ordered(s, 'source')),
    false,
  );
  block(
    'lists',
    feed.lists.map((l) => {
      const out = ordered(l, 'list');
      if (l.zh) out.zh = ordered(l.zh, 'listTexts');
      return out;
    }),
    false,
  );
  block('entries', feed.entries.map(canonicalEntry), true);
  lines.push('}');
  return lines.join('\n') + '\n';
}
