// Hostile inputs for every parser of untrusted text: feeds (after a valid signature), settings files, watchlists,
// list addresses and official source files. Each is tried; a refusal (or a sanitised result) is right, anything
// that lets the hostile value through is "wrongly accepted", and any parse slower than SLOW_MS counts as a hang.
import type { Feed } from '../../src/core/list/format.ts';
import { validateFeed } from '../../src/core/feed/validate-feed.ts';
import { parseSettingsFile } from '../../src/core/settings/transfer.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings/schema.ts';
import { checkListUrl } from '../../src/core/update/url-rules.ts';
import {
  parseWatchlist,
  MAX_WATCHLIST_ENTRIES,
  MAX_WATCHLIST_NAME,
} from '../../src/core/update/watchlist.ts';
import { parseCsv } from '../../src/core/sources/csv.ts';
import { parseXml } from '../../src/core/sources/xml.ts';
import { SourceError } from '../../src/core/sources/source-error.ts';
import { cpuNow } from './cpu.ts';

export interface HostileReport {
  kind: string;
  tried: number;
  wronglyAccepted: number;
  hangs: number;
  crashes: number;
  examples: string[];
}

/** A parse taking more CPU time (ms) than this on at most 5 MB of input is a hang (linear parsers take well under a second). */
export const SLOW_MS = 2_000;
const MB5 = 5_000_000;

type Verdict = 'refused' | 'accepted' | 'crash';

function trial(report: HostileReport, label: string, run: () => Verdict): void {
  report.tried += 1;
  const t0 = cpuNow();
  let v: Verdict;
  try {
    v = run();
  } catch (err) {
    v = 'crash';
    if (report.examples.length < 10) report.examples.push(`${label}: ${String(err).slice(0, 120)}`);
  }
  const ms = cpuNow() - t0;
  if (v === 'accepted') {
    report.wronglyAccepted += 1;
    if (report.examples.length < 10) report.examples.push(`${label}: accepted`);
  }
  if (v === 'crash') report.crashes += 1;
  if (ms > SLOW_MS) {
    report.hangs += 1;
    if (report.examples.length < 10) report.examples.push(`${label}: ${ms.toFixed(0)} ms`);
  }
}

const newReport = (kind: string): HostileReport => ({
  kind,
  tried: 0,
  wronglyAccepted: 0,
  hangs: 0,
  crashes: 0,
  examples: [],
});

type Mutable = Record<string, unknown> & {
  entries: Record<string, unknown>[];
  lists: Record<string, unknown>[];
};

/** Hostile feeds: a valid base feed with one poisoned field each (a signature would not help them). */
export function hostileFeeds(base: Feed, now: number): HostileReport {
  const r = newReport('feeds');
  const listing = (f: Mutable) => (f.entries[0]!.listings as Record<string, unknown>[])[0]!;
  const name = (f: Mutable) => (f.entries[0]!.names as Record<string, unknown>[])[0]!;
  const cases: [string, (f: Mutable) => unknown][] = [
    ['data date 9999-99-99', (f) => (f.dataDate = '9999-99-99')],
    ['data date 2026-02-30', (f) => (f.dataDate = '2026-02-30')],
    ['listing date 0000-01-01', (f) => (listing(f).dateListed = '0000-01-01')],
    ['status date 2026-13-01', (f) => (listing(f).statusDate = '2026-13-01')],
    ['source date 1800-01-01', (f) => ((f.sources as Record<string, unknown>[])[0]!.dataDate = '1800-01-01')],
    ['javascript: listing source', (f) => (listing(f).sourceUrl = 'javascript:alert(1)')],
    ['JaVaScRiPt: with spaces', (f) => (listing(f).sourceUrl = ' JaVaScRiPt:alert(1)')],
    ['data: list url', (f) => (f.lists[0]!.url = 'data:text/html,<script>alert(1)</script>')],
    ['file: list url', (f) => (f.lists[0]!.url = 'file:///etc/passwd')],
    ['url with a password', (f) => (listing(f).sourceUrl = 'https://u:p@evil.example/')],
    ['relative url', (f) => (listing(f).sourceUrl = '/relative/path')],
    ['10 MB name', (f) => (name(f).text = 'A'.repeat(10_000_000))],
    ['5 MB unknown entry field', (f) => (f.entries[0]!.blob = 'x'.repeat(MB5))],
    ['5 MB unknown feed field', (f) => (f.junk = { a: 'y'.repeat(MB5) })],
    ['5 MB unknown listing field', (f) => (listing(f).extra = ['z'.repeat(MB5)])],
    ['5 MB programme', (f) => (listing(f).programme = 'p'.repeat(MB5))],
    ['5 MB notes', (f) => (f.entries[0]!.notes = 'n'.repeat(MB5))],
    ['5 MB generated', (f) => (f.generated = 'g'.repeat(MB5))],
    [
      '100,000 names on one entry',
      (f) => (f.entries[0]!.names = Array.from({ length: 100_000 }, () => ({ text: 'N', type: 'alias' }))),
    ],
    ['100,000 countries', (f) => (f.entries[0]!.countries = Array.from({ length: 100_000 }, () => 'CN'))],
    ['1 MB country code', (f) => (f.entries[0]!.countries = ['C'.repeat(1_000_000)])],
    ['version 2^53-1', (f) => (f.version = Number.MAX_SAFE_INTEGER)],
    [
      'version next year',
      (f) =>
        (f.version =
          Number(new Date(now + 366 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '')) * 100),
    ],
    ['version 1e300', (f) => (f.version = 1e300)],
    ['version NaN text', (f) => (f.version = 'NaN')],
    ['version 0', (f) => (f.version = 0)],
    ['version 1.5', (f) => (f.version = 1.5)],
    ['negative records', (f) => ((f.sources as Record<string, unknown>[])[0]!.records = -1)],
    ['format 2', (f) => (f.format = 2)],
    ['entry id 1 MB', (f) => (f.entries[0]!.id = 'i'.repeat(1_000_000))],
    ['repeated id', (f) => (f.entries[1]!.id = f.entries[0]!.id)],
    ['unknown kind', (f) => (f.entries[0]!.kind = '__proto__')],
    ['unknown status', (f) => (listing(f).status = 'maybe')],
    ['listing on an undefined list', (f) => (listing(f).list = 'constructor')],
    ['names not a list', (f) => (f.entries[0]!.names = { 0: { text: 'x', type: 'legal' } })],
    ['entries an object', (f) => (f.entries = { length: 1 } as never)],
    ['entry null', (f) => (f.entries[0] = null as never)],
    ['name text a number', (f) => (name(f).text = 42)],
    ['empty names', (f) => (f.entries[0]!.names = [])],
  ];
  for (const [label, poison] of cases) {
    trial(r, label, () => {
      const f = structuredClone(base) as unknown as Mutable;
      poison(f);
      try {
        validateFeed(f, { now });
        return 'accepted';
      } catch (err) {
        return err instanceof Error && err.name === 'FeedError' ? 'refused' : 'crash';
      }
    });
  }
  return r;
}

const KEYS = new Set(Object.keys(DEFAULT_SETTINGS));

/** What in imported settings is not a value the extension itself could have written, or null. */
function settingsProblem(s: Settings): string | null {
  if (Object.keys(s).some((k) => !KEYS.has(k))) return 'unknown key kept';
  // An empty feedUrl is the default: the build's feed, or the official sources (settings v3).
  for (const u of [s.feedUrl, ...s.watchlistUrls].filter((x) => x !== '')) {
    const v = checkListUrl(u);
    if (!v.ok || v.url !== u) return `address ${u.slice(0, 60)} kept`;
  }
  const lists = [
    s.disabledSites,
    s.enabledSites,
    s.disabledLists,
    s.disabledJurisdictions,
    s.dismissedBanners,
  ];
  if (lists.some((l) => l.length > 5000 || l.some((x) => typeof x !== 'string' || x.length > 256)))
    return 'oversized list kept';
  if (
    s.mutedEntities.length > 5000 ||
    s.mutedEntities.some((m) => m.entityId.length > 256 || m.site.length > 256)
  )
    return 'oversized mute kept';
  if (!Number.isSafeInteger(s.pausedUntil) && s.pausedUntil !== 0) return 'pause not a time';
  if (!(s.updateIntervalHours >= 1 && s.updateIntervalHours <= 168)) return 'interval out of range';
  if (!(s.badgesPerEntity >= 1 && s.badgesPerEntity <= 1000)) return 'badges out of range';
  return null;
}

/** Hostile settings files: each either refused, or imported with every hostile value replaced by a safe one. */
export function hostileSettings(): HostileReport {
  const r = newReport('settings files');
  const file = (settings: unknown) =>
    JSON.stringify({ format: 'sanctions-lens-settings', exported: 'x', settings });
  const big = 'h'.repeat(200_000);
  const cases: [string, string][] = [
    ['javascript: feed address', file({ feedUrl: 'javascript:alert(1)' })],
    ['plain HTTP feed address', file({ feedUrl: 'http://evil.example/feed.json' })],
    ['HTTP to 127.0.0.2 as 0x7f000002', file({ feedUrl: 'http://0x7f000002/feed.json' })],
    ['HTTP to a host ending 127.0.0.1', file({ feedUrl: 'http://127.0.0.1.evil.example/feed.json' })],
    ['credentials in the address', file({ directCslUrl: 'https://a:b@evil.example/csl.json' })],
    [
      'HTTP watchlist beside good ones',
      file({ watchlistUrls: ['http://evil.example/w.csv', 'https://ok.example/w.csv'] }),
    ],
    [
      '20,000 watchlist addresses',
      file({ watchlistUrls: Array.from({ length: 20_000 }, (_, i) => `https://e${i}.example/`) }),
    ],
    ['200 KB list ids', file({ disabledLists: [big], disabledJurisdictions: [big] })],
    ['200 KB muted entity', file({ mutedEntities: [{ entityId: big, site: '*' }] })],
    ['200 KB hostname', file({ disabledSites: [big] })],
    ['unknown 500 KB field', file({ evil: 'e'.repeat(500_000) })],
    [
      '__proto__ key',
      `{"format":"sanctions-lens-settings","settings":{"__proto__":{"feedUrl":"javascript:x"},"constructor":{"prototype":{"polluted":1}}}}`,
    ],
    ['infinite pause', file({}).replace('"settings":{}', '"settings":{"pausedUntil":1e999}')],
    ['interval 0 and a billion badges', file({ updateIntervalHours: 0, badgesPerEntity: 1e9 })],
    ['siteMode and confidence unknown', file({ siteMode: 'everything', minConfidence: 'none' })],
    ['numbers as strings', file({ badgesPerEntity: '3', updateIntervalHours: '6' })],
    [
      'deep nesting',
      `{"format":"sanctions-lens-settings","settings":{"kinds":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`,
    ],
    ['over 1 MB', file({ disabledSites: Array.from({ length: 100_000 }, (_, i) => `s${i}.example`) })],
    ['not the settings format', JSON.stringify({ format: 'other', settings: {} })],
    ['settings an array', JSON.stringify({ format: 'sanctions-lens-settings', settings: [] })],
  ];
  for (const [label, text] of cases) {
    trial(r, label, () => {
      const res = parseSettingsFile(text);
      if (!res.ok) return 'refused';
      return settingsProblem(res.settings) ? 'accepted' : 'refused';
    });
  }
  return r;
}

/** Hostile watchlists: refused, or read with every name within bounds, and always in linear time. */
export function hostileWatchlists(): HostileReport {
  const r = newReport('watchlists');
  const rows = (n: number, row: string) => `name,aliases,note\n${row.repeat(n)}`;
  const cases: [string, string][] = [
    ['5 MB of quotes in one cell', `name\nx${'"'.repeat(MB5)}\n`],
    ['5 MB quoted cell of doubled quotes', `name\n"${'""'.repeat(MB5 / 2)}"\n`],
    ['5 MB of spaces then a quote', `name\n${' '.repeat(MB5)}"x"\n`],
    ['5 MB unclosed quote', `name\n"${'a'.repeat(MB5)}\n`],
    ['1 MB name', `name\n${'N'.repeat(1_000_000)}\n`],
    ['100,000 aliases', `name,aliases\nX,${'a;'.repeat(100_000)}\n`],
    ['1 MB note', `name,note\nX,${'n'.repeat(1_000_000)}\n`],
    ['20,001 rows', rows(20_001, 'Acme,,\n')],
    ['20,000 rows of one name', rows(20_000, 'Acme,,\n')],
    ['5 MB of delimiters', `name\n${','.repeat(MB5)}\n`],
    ['5 MB of line breaks', `name\n${'\r'.repeat(MB5)}`],
    ['JSON 1 MB name', JSON.stringify([{ name: 'N'.repeat(1_000_000) }])],
    [
      'JSON 100,000 aliases',
      JSON.stringify([{ name: 'X', aliases: Array.from({ length: 100_000 }, (_, i) => `a${i}`) }]),
    ],
    ['JSON 30,000 items', JSON.stringify(Array.from({ length: 30_000 }, (_, i) => ({ name: `n${i}` })))],
    ['JSON deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['JSON entries a string', '{"entries":"x"}'],
    ['only a header', 'name,aliases,note\n'],
  ];
  for (const [label, text] of cases) {
    trial(r, label, () => {
      let entries;
      try {
        entries = parseWatchlist(text, 'hostile.csv', 'h');
      } catch (err) {
        return err instanceof Error ? 'refused' : 'crash';
      }
      const tooBig =
        entries.length > MAX_WATCHLIST_ENTRIES ||
        entries.some((e) => e.names.length > 51 || e.names.some((n) => n.text.length > MAX_WATCHLIST_NAME));
      return tooBig ? 'accepted' : 'refused';
    });
  }
  return r;
}

/** List addresses a page, a settings file or a policy could hand the updater: plain HTTP off loopback refused. */
export function hostileUrls(): HostileReport {
  const r = newReport('URLs');
  const cases = [
    'http://0x7f000002/f',
    'http://2130706434/f',
    'http://0177.0.0.2/f',
    'http://127.0.0.2/f',
    'http://127.1.1/f',
    'http://127.0.0.1.nip.io/f',
    'http://localhost.evil.example/f',
    'http://localhost./f',
    'http://localhost%2eevil.example/f',
    'http://127.0.0.1@evil.example/f',
    'http://evil.example#@127.0.0.1/f',
    'http://evil.example\\@127.0.0.1/f',
    'http://evil.example?@127.0.0.1',
    'http://[::ffff:7f00:2]/f',
    'http://[::2]/f',
    'http://0/f',
    'http://0.0.0.0/f',
    'http://evil.example/f',
    'HTTP://EVIL.EXAMPLE/f',
    ' http://evil.example/f',
    'javascript:alert(1)',
    'data:,x',
    'file:///etc/passwd',
    'ftp://example.org/f',
    'ws://127.0.0.1/f',
    'blob:https://example.org/x',
    'chrome://settings',
    'https://user:pw@example.org/f',
    'https://:pw@example.org/f',
    `https://example.org/${'a'.repeat(5000)}`,
    '',
    'not a url',
    'http://[::1]:99999/f',
    'http://127.0.0.1:65536/f',
  ];
  for (const url of cases) trial(r, url.slice(0, 60), () => (checkListUrl(url).ok ? 'accepted' : 'refused'));
  const loopback = [
    'http://0x7f000001/f',
    'http://2130706433/f',
    'http://0177.0.0.1/f',
    'http://127.1/f',
    'http://[::1]/f',
  ];
  for (const url of loopback) {
    trial(r, `${url} (loopback)`, () => {
      const v = checkListUrl(url);
      return v.ok && /^http:\/\/(127\.0\.0\.1|\[::1\])\/f$/.test(v.url) ? 'refused' : 'accepted';
    });
  }
  return r;
}

/** Official source files (read by the CLI and, in direct mode, the worker): errors are SourceErrors, time linear. */
export function hostileSources(): HostileReport {
  const r = newReport('source files');
  const sourceCase = (label: string, run: () => unknown) =>
    trial(r, label, () => {
      try {
        run();
        return 'refused'; // parsed: the adapters' own checks decide what is kept
      } catch (err) {
        return err instanceof SourceError ? 'refused' : 'crash';
      }
    });
  sourceCase('CSV 5 MB of quotes', () => parseCsv(`a\nx${'"'.repeat(MB5)}\n`, { file: 'h.csv' }));
  sourceCase('CSV 5 MB unclosed quote', () => parseCsv(`a\n"${'x\n'.repeat(MB5 / 2)}`, { file: 'h.csv' }));
  sourceCase('XML 100,000 nested elements', () =>
    parseXml(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`, 'h.xml'),
  );
  sourceCase('XML unclosed comment', () => parseXml(`<a>${'<!--'.repeat(100_000)}</a>`, 'h.xml'));
  sourceCase('XML 5 MB attribute without a close', () => parseXml(`<a b="${'x'.repeat(MB5)}`, 'h.xml'));
  sourceCase('XML 50,000 attributes without >', () => parseXml(`<a ${'b="1" '.repeat(50_000)}`, 'h.xml'));
  sourceCase('XML code point past Unicode', () => parseXml('<a>&#x110000;</a>', 'h.xml'));
  sourceCase('XML 1,000,000 entities', () => parseXml(`<a>${'&amp;'.repeat(1_000_000)}</a>`, 'h.xml'));
  return r;
}
