import { describe, expect, test } from 'vitest';
import { checkFetched, decidePublish, type FeedSummary } from './publish-check.ts';
import { dataDateFromHeaders } from './data-date.ts';
import { FetchConfigError, OFFICIAL_SOURCES, resolveFetchPlan } from './fetch-plan.ts';
import { describeFetchFailure, parseRetryAfter, planRetry, type RetryPolicy } from './retry-plan.ts';

const policy: RetryPolicy = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 10_000 };

describe('planRetry', () => {
  test('transient failures are retried with doubling delays until attempts run out', () => {
    expect(planRetry(1, { kind: 'http', status: 503 }, policy)).toEqual({ retry: true, delayMs: 1000 });
    expect(planRetry(2, { kind: 'timeout', seconds: 30 }, policy)).toEqual({ retry: true, delayMs: 2000 });
    expect(planRetry(3, { kind: 'network', detail: 'ECONNRESET' }, policy)).toEqual({ retry: false });
    expect(planRetry(1, { kind: 'http', status: 429 }, policy).retry).toBe(true);
  });
  test('permanent failures are not retried', () => {
    expect(planRetry(1, { kind: 'http', status: 404 }, policy)).toEqual({ retry: false });
    expect(planRetry(1, { kind: 'too-large', limitBytes: 1 }, policy)).toEqual({ retry: false });
    expect(planRetry(1, { kind: 'empty' }, policy)).toEqual({ retry: false });
  });
  test("a server's Retry-After is honoured up to the cap", () => {
    expect(planRetry(1, { kind: 'http', status: 503, retryAfterSeconds: 4 }, policy)).toEqual({
      retry: true,
      delayMs: 4000,
    });
    expect(planRetry(1, { kind: 'http', status: 503, retryAfterSeconds: 3600 }, policy)).toEqual({
      retry: true,
      delayMs: 10_000,
    });
  });
  test('Retry-After parsing and failure wording', () => {
    expect(parseRetryAfter(' 120 ')).toBe(120);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(describeFetchFailure({ kind: 'http', status: 503 })).toBe('server answered 503');
    expect(describeFetchFailure({ kind: 'too-large', limitBytes: 50 * 1_048_576 })).toContain('50 MB cap');
  });
});

const previous: FeedSummary = {
  version: 10,
  entries: 5000,
  sources: [
    { id: 'us-trade-csl', records: 25_921 },
    { id: 'us-ofac-sdn', records: 18_000 },
    { id: 'curated', records: 120 },
  ],
};
const ok = [
  { id: 'us-trade-csl', ok: true },
  { id: 'us-ofac-sdn', ok: true },
];

describe('decidePublish', () => {
  test('a healthy rebuild with normal churn is published', () => {
    const next = { ...previous, version: 11, entries: 4990, sources: [...previous.sources] };
    next.sources[0] = { id: 'us-trade-csl', records: 25_700 };
    expect(decidePublish({ fetched: ok, previous, next })).toEqual({ publish: true });
    expect(decidePublish({ fetched: ok, next })).toEqual({ publish: true });
  });
  test('a failed source blocks publishing, even with a shrink reason', () => {
    const next = { ...previous, version: 11, shrinkReason: 'delisting' };
    const fetched = [ok[0]!, { id: 'us-ofac-sdn', ok: false, reason: 'server answered 503 (3 attempts)' }];
    expect(decidePublish({ fetched, previous, next })).toEqual({
      publish: false,
      reasons: ['us-ofac-sdn: server answered 503 (3 attempts)'],
    });
  });
  test('a source that shrank implausibly or vanished blocks publishing', () => {
    const next: FeedSummary = {
      version: 11,
      entries: 4900,
      sources: [
        { id: 'us-trade-csl', records: 1200 },
        { id: 'us-ofac-sdn', records: 18_010 },
      ],
    };
    const v = decidePublish({ fetched: ok, previous, next });
    expect(v.publish).toBe(false);
    if (!v.publish) {
      expect(v.reasons).toContain('us-trade-csl: 1200 records instead of 25921 (−95 %)');
      expect(v.reasons.some((r) => r.startsWith('curated: missing'))).toBe(true);
    }
  });
  test('a whole-feed drop is refused like the extension would; an explained one passes', () => {
    const next = { ...previous, version: 11, entries: 2000 };
    const v = decidePublish({ fetched: ok, previous, next });
    expect(v.publish).toBe(false);
    if (!v.publish) expect(v.reasons[0]).toMatch(/^feed: the new list has 2000 entries instead of 5000/);
    const shrunk = {
      ...next,
      sources: [{ id: 'us-trade-csl', records: 9000 }, ...previous.sources.slice(1)],
    };
    const reason = 'Entity List entries moved to a separate list';
    expect(decidePublish({ fetched: ok, previous, next: { ...shrunk, shrinkReason: reason } })).toEqual({
      publish: true,
    });
  });
  test('an empty source file and an older version are refused; an unchanged rebuild is not', () => {
    const next = { ...previous, sources: [{ id: 'us-trade-csl', records: 0 }, ...previous.sources.slice(1)] };
    const v = decidePublish({ fetched: ok, next: { ...next, version: 9 }, previous });
    expect(v.publish).toBe(false);
    if (!v.publish) {
      expect(v.reasons).toContain('us-trade-csl: no records in the file');
      expect(v.reasons).toContain('version 9 is older than the published 10');
    }
    expect(decidePublish({ fetched: ok, next: previous, previous })).toEqual({ publish: true });
  });
  test('checkFetched lists every failed download', () => {
    expect(checkFetched(ok)).toEqual({ publish: true });
    const failed = [
      { id: 'a', ok: false, reason: 'x.csv: server answered 404 (1 attempt)' },
      { id: 'b', ok: false },
    ];
    expect(checkFetched(failed)).toEqual({
      publish: false,
      reasons: ['a: x.csv: server answered 404 (1 attempt)', 'b: download failed'],
    });
  });
});

describe('resolveFetchPlan', () => {
  test('defaults to the official HTTPS publication points', () => {
    const plan = resolveFetchPlan();
    expect(plan.sources.map((s) => s.id)).toEqual(OFFICIAL_SOURCES.map((s) => s.id));
    for (const s of plan.sources) for (const f of s.files) expect(f.url).toMatch(/^https:\/\//);
    expect(plan.sources[0]!.files[0]!.url).toContain('data.trade.gov');
  });
  test('a config replaces a source’s files wholesale, limits the run and tunes retries', () => {
    const plan = resolveFetchPlan({
      only: ['us-ofac-sdn', 'acme'],
      sources: {
        'us-ofac-sdn': { files: { 'sdn.csv': 'http://127.0.0.1:8080/sdn.csv' }, timeoutMs: 500 },
        acme: { adapter: 'user-csv', files: { 'watchlist.csv': 'https://lists.example.org/w.csv' } },
      },
      retry: { attempts: 2, baseDelayMs: 5 },
    });
    expect(plan.sources).toEqual([
      {
        id: 'us-ofac-sdn',
        adapter: 'ofac-sdn',
        files: [{ name: 'sdn.csv', url: 'http://127.0.0.1:8080/sdn.csv' }],
        maxBytes: 100 * 1_048_576,
        timeoutMs: 500,
      },
      {
        id: 'acme',
        adapter: 'user-csv',
        files: [{ name: 'watchlist.csv', url: 'https://lists.example.org/w.csv' }],
        maxBytes: 50 * 1_048_576,
        timeoutMs: 120_000,
      },
    ]);
    expect(plan.retry).toEqual({ attempts: 2, baseDelayMs: 5, maxDelayMs: 60_000 });
  });
  test('bad configs fail with the field that is wrong', () => {
    const bad: [unknown, RegExp][] = [
      [[], /not a JSON object/],
      [
        { sources: { x: { files: { 'a.csv': 'http://example.org/a.csv' } } } },
        /sources.x.files.a.csv: .*HTTPS/,
      ],
      [
        { sources: { x: { adapter: 'csl', files: { '../a': 'https://example.org/a' } } } },
        /not a plain file name/,
      ],
      [{ sources: { x: { adapter: 'csl' } } }, /sources.x: no files/],
      [{ sources: { x: { files: { 'a.csv': 'https://example.org/a.csv' } } } }, /sources.x.adapter: missing/],
      [{ only: ['nope'] }, /unknown source nope/],
      [{ retry: { attempts: -1 } }, /retry.attempts: not a positive number/],
    ];
    for (const [config, message] of bad) expect(() => resolveFetchPlan(config)).toThrow(message);
    expect(() => resolveFetchPlan([])).toThrow(FetchConfigError);
  });
});

describe('dataDateFromHeaders', () => {
  test('takes the newest Last-Modified, else the fallback day', () => {
    const headers = ['Tue, 28 Jul 2026 13:15:00 GMT', 'Fri, 31 Jul 2026 23:59:59 GMT', 'junk', null];
    expect(dataDateFromHeaders(headers, '2026-11-27T10:00:00Z')).toBe('2026-07-31');
    expect(dataDateFromHeaders([undefined], '2026-11-27T10:00:00Z')).toBe('2026-11-27');
  });
});
