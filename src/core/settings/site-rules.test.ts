import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './schema.ts';
import {
  PAUSED_INDEFINITELY,
  areAlertsActive,
  isSiteEnabled,
  normalizeHostname,
  pauseUntil,
  setSiteEnabled,
} from './site-rules.ts';

const base: Settings = { ...DEFAULT_SETTINGS, disabledSites: [], enabledSites: [] };

describe('normalizeHostname', () => {
  test.each([
    ['https://WWW.Example.com:8443/a/b?c#d', 'www.example.com'],
    ['  example.com.  ', 'example.com'],
    ['user@intranet.local', 'intranet.local'],
    ['*.vendor.example', 'vendor.example'],
    ['华为.cn', '华为.cn'],
    ['', ''],
    ['two words.com', ''],
    ['a..b', ''],
    ['<script>', ''],
  ])('%s → %s', (input, out) => expect(normalizeHostname(input)).toBe(out));
});

describe('site rules', () => {
  test('a parent-domain rule covers subdomains but not look-alike hosts', () => {
    const s = { ...base, disabledSites: ['example.com'] };
    expect(isSiteEnabled(s, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(s, 'example.com')).toBe(false);
    expect(isSiteEnabled(s, 'notexample.com')).toBe(true);
  });

  test('turning a site off and on again in all-except mode', () => {
    const off = setSiteEnabled(base, 'News.Example.com', false);
    expect(off.disabledSites).toEqual(['news.example.com']);
    expect(isSiteEnabled(off, 'news.example.com')).toBe(false);
    const on = setSiteEnabled(
      { ...off, disabledSites: ['example.com', 'other.org'] },
      'news.example.com',
      true,
    );
    expect(on.disabledSites).toEqual(['other.org']);
    expect(isSiteEnabled(on, 'news.example.com')).toBe(true);
  });

  test('only-listed mode uses enabledSites', () => {
    const s: Settings = { ...base, siteMode: 'only-listed' };
    expect(isSiteEnabled(s, 'vendor.example')).toBe(false);
    const on = setSiteEnabled(s, 'vendor.example', true);
    expect(on.enabledSites).toEqual(['vendor.example']);
    expect(on.disabledSites).toEqual([]);
    expect(isSiteEnabled(setSiteEnabled(on, 'vendor.example', false), 'vendor.example')).toBe(false);
  });

  test('an unusable hostname changes nothing', () => {
    expect(setSiteEnabled(base, ' ', false)).toBe(base);
  });
});

describe('pause', () => {
  const now = new Date(2026, 10, 27, 23, 30).getTime();
  test('one hour, until tomorrow (next local midnight), until resumed', () => {
    expect(pauseUntil('hour', now)).toBe(now + 3_600_000);
    expect(pauseUntil('tomorrow', now)).toBe(new Date(2026, 10, 28, 0, 0).getTime());
    expect(pauseUntil('resumed', now)).toBe(PAUSED_INDEFINITELY);
  });
  test('a pause stops alerts until it runs out', () => {
    const s = { ...base, pausedUntil: pauseUntil('hour', now) };
    expect(areAlertsActive(s, 'a.example', now)).toBe(false);
    expect(areAlertsActive(s, 'a.example', now + 3_600_001)).toBe(true);
  });
});
