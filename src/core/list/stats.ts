import type { Feed } from './format.ts';

/** Counts that describe a feed: entries per list, kind, country and name type, and listing statuses per list. */
export interface FeedStats {
  version: number;
  dataDate: string;
  entries: number;
  listings: number;
  byList: Record<string, number>;
  byListStatus: Record<string, Record<string, number>>;
  byKind: Record<string, number>;
  byCountry: Record<string, number>;
  byNameType: Record<string, number>;
  /** Per list: entries with a CN or HK country, and how many of them carry a name in Chinese script. */
  chineseNames: Record<string, { cnHk: number; withChinese: number }>;
  sources: { id: string; dataDate: string; records: number }[];
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function sorted(map: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Counts of a feed. An entry counts once per list it is on (byList) and once per country (byCountry). */
export function feedStats(feed: Feed): FeedStats {
  const byList: Record<string, number> = {};
  const byListStatus: Record<string, Record<string, number>> = {};
  const byKind: Record<string, number> = {};
  const byCountry: Record<string, number> = {};
  const byNameType: Record<string, number> = {};
  const chineseNames: Record<string, { cnHk: number; withChinese: number }> = {};
  let listings = 0;
  for (const e of feed.entries) {
    if (e.countries.includes('CN') || e.countries.includes('HK')) {
      const han = e.names.some((n) => /\p{Script=Han}/u.test(n.text));
      for (const list of new Set(e.listings.map((l) => l.list))) {
        const c = (chineseNames[list] ??= { cnHk: 0, withChinese: 0 });
        c.cnHk++;
        if (han) c.withChinese++;
      }
    }
    bump(byKind, e.kind);
    for (const c of e.countries.length > 0 ? e.countries : ['(none)']) bump(byCountry, c);
    for (const n of e.names) bump(byNameType, n.type);
    for (const list of new Set(e.listings.map((l) => l.list))) bump(byList, list);
    for (const l of e.listings) {
      listings++;
      byListStatus[l.list] ??= {};
      bump(byListStatus[l.list] as Record<string, number>, l.status);
    }
  }
  return {
    version: feed.version,
    dataDate: feed.dataDate,
    entries: feed.entries.length,
    listings,
    byList: sorted(byList),
    byListStatus: Object.fromEntries(Object.entries(byListStatus).sort(([a], [b]) => (a < b ? -1 : 1))),
    byKind: sorted(byKind),
    byCountry: sorted(byCountry),
    byNameType: sorted(byNameType),
    chineseNames: Object.fromEntries(Object.entries(chineseNames).sort(([a], [b]) => (a < b ? -1 : 1))),
    sources: feed.sources.map((s) => ({ id: s.id, dataDate: s.dataDate, records: s.records })),
  };
}

/** The same counts as readable text (top 20 countries). */
export function formatStats(stats: FeedStats): string {
  const label = (m: Record<string, number>): string[] =>
    Object.entries(m).map(([k, v]) => `  ${k.padEnd(26)} ${v}`);
  const countries = Object.entries(stats.byCountry)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20);
  return [
    `List version ${stats.version}, data of ${stats.dataDate}: ${stats.entries} entries, ${stats.listings} listings`,
    'Entries per list:',
    ...label(stats.byList),
    'Entries per kind:',
    ...label(stats.byKind),
    'Top countries:',
    ...countries.map(([k, v]) => `  ${k.padEnd(26)} ${v}`),
    'Names per type:',
    ...label(stats.byNameType),
    'Chinese names (CN/HK entries with a name in Chinese script):',
    ...Object.entries(stats.chineseNames).map(
      ([k, c]) =>
        `  ${k.padEnd(26)} ${c.withChinese} of ${c.cnHk} (${c.cnHk ? Math.round((100 * c.withChinese) / c.cnHk) : 0} %)`,
    ),
    'Sources:',
    ...stats.sources.map((s) => `  ${s.id.padEnd(30)} ${s.dataDate}  ${s.records} records`),
  ].join('\n');
}
