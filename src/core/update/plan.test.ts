import { describe, expect, test } from 'vitest';
import { directAddress, planUpdate, FEED_FALLBACK_AFTER_MS } from './plan.ts';
import { DIRECT_SOURCES } from './direct-sources.ts';
import { DIRECT_MIN_INTERVAL_MS, EMPTY_SOURCE_STATE, isSourceDue, settleSource } from './direct-schedule.ts';

const NOW = Date.parse('2026-12-06T10:00:00Z');
const base = { feedUrl: '', buildFeedUrl: '', useDirect: false, feedFailingSince: null, now: NOW };
const csl = DIRECT_SOURCES[0]!;

describe('planUpdate', () => {
  test('with no feed anywhere, the official sources are read', () => {
    expect(planUpdate(base)).toEqual({ feedUrl: null, direct: 'always' });
  });
  test('a feed from settings or policy wins over the build default; direct only after a day of failures', () => {
    const withBuild = { ...base, buildFeedUrl: 'https://cdn.example/feed.json' };
    expect(planUpdate(withBuild)).toEqual({ feedUrl: 'https://cdn.example/feed.json', direct: 'never' });
    const own = { ...withBuild, feedUrl: 'https://org.example/feed.json' };
    expect(planUpdate(own).feedUrl).toBe('https://org.example/feed.json');
    expect(planUpdate({ ...own, feedFailingSince: NOW - FEED_FALLBACK_AFTER_MS + 1 }).direct).toBe('never');
    expect(planUpdate({ ...own, feedFailingSince: NOW - FEED_FALLBACK_AFTER_MS }).direct).toBe(
      'if-feed-fails',
    );
  });
  test('the user may choose the official sources over a feed', () => {
    expect(planUpdate({ ...base, feedUrl: 'https://org.example/f.json', useDirect: true }).direct).toBe(
      'always',
    );
  });
});

describe('direct source addresses', () => {
  test('official by default; only policy moves a source, and then HTTPS or loopback rules still apply', () => {
    expect(directAddress(csl, {})).toEqual({ ok: true, url: csl.url });
    const local = 'http://127.0.0.1:8123/consolidated.json';
    expect(directAddress(csl, { 'us-trade-csl': local })).toEqual({ ok: true, url: local });
    expect(directAddress(csl, { 'us-trade-csl': 'http://mirror.example/c.json' }).ok).toBe(false);
  });
  test('every official source is HTTPS on its own host', () => {
    for (const s of DIRECT_SOURCES) expect(directAddress(s, {}).ok, s.id).toBe(true);
  });
});

describe('direct source schedule', () => {
  test('at most daily, with jitter; a failure backs off alone', () => {
    const ok = settleSource(
      EMPTY_SOURCE_STATE,
      { kind: 'applied', sha256: 'a', etag: '"1"', lastModified: null },
      NOW,
      0.5,
    );
    expect(ok.nextCheck! - NOW).toBeGreaterThanOrEqual(DIRECT_MIN_INTERVAL_MS);
    expect(ok.nextCheck! - NOW).toBeLessThanOrEqual(DIRECT_MIN_INTERVAL_MS + 3 * 3_600_000);
    expect(isSourceDue(ok, NOW + 3_600_000)).toBe(false);
    expect(isSourceDue(ok, NOW + 3_600_000, true)).toBe(true);
    const bad = settleSource(ok, { kind: 'failed', error: 'server answered 503', transient: true }, NOW, 0);
    expect(bad.failures).toBe(1);
    expect(bad.nextCheck! - NOW).toBe(150_000);
    expect(bad.etag).toBe('"1"');
    expect(isSourceDue(bad, NOW + 60_000, true)).toBe(false);
    const same = settleSource(bad, { kind: 'unchanged' }, NOW, 0);
    expect(same).toMatchObject({ failures: 0, etag: '"1"', sha256: 'a', lastError: null });
  });
});
