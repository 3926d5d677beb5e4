import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from './schema.ts';
import { MAX_SETTINGS_FILE, exportSettingsFile, parseSettingsFile } from './transfer.ts';

describe('settings file', () => {
  test('export → import gives the same settings', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['intranet.example'], badgesPerEntity: 9 };
    const text = exportSettingsFile(s, '2026-11-27T23:00:00.000Z');
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: s, ignored: [] });
    expect(JSON.parse(text).exported).toBe('2026-11-27T23:00:00.000Z');
  });

  test('refuses files that are not settings files, with a reason', () => {
    expect(parseSettingsFile('{not json')).toEqual({ ok: false, error: 'not-json' });
    expect(parseSettingsFile('[1,2]')).toEqual({ ok: false, error: 'not-settings' });
    expect(parseSettingsFile('{"version":2}')).toEqual({ ok: false, error: 'not-settings' });
    expect(parseSettingsFile('{"format":"sanctions-lens-settings","settings":[]}')).toEqual({
      ok: false,
      error: 'not-settings',
    });
    expect(parseSettingsFile(' '.repeat(MAX_SETTINGS_FILE + 1))).toEqual({ ok: false, error: 'too-large' });
  });

  test('bad fields inside a valid file fall back to defaults', () => {
    const text = JSON.stringify({
      format: 'sanctions-lens-settings',
      settings: { version: 2, minConfidence: 'certain', feedUrl: 'http://evil.example/', badgesPerEntity: 2 },
    });
    const r = parseSettingsFile(`\uFEFF${text}`);
    expect(r.ok && r.settings.minConfidence).toBe(DEFAULT_SETTINGS.minConfidence);
    expect(r.ok && r.settings.feedUrl).toBe(DEFAULT_SETTINGS.feedUrl);
    expect(r.ok && r.settings.badgesPerEntity).toBe(2);
  });

  test('a file that points direct mode at another host is imported without it, and says so', () => {
    const text = JSON.stringify({
      format: 'sanctions-lens-settings',
      settings: { useDirectCsl: true, directCslUrl: 'https://attacker.example/consolidated.json' },
    });
    const r = parseSettingsFile(text);
    expect(r.ok && r.ignored).toEqual(['direct-source-url']);
    expect(r.ok && JSON.stringify(r.settings)).not.toContain('attacker.example');
  });
});
