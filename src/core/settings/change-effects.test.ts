import { describe, expect, test } from 'vitest';
import { POLICY_CHANGE_EFFECTS, settingsChangeEffects } from './change-effects.ts';
import { DEFAULT_SETTINGS, type Settings } from './schema.ts';

const base: Settings = { ...DEFAULT_SETTINGS, watchlistUrls: [], disabledLists: [] };
const none = {
  sourceChanged: false,
  intervalChanged: false,
  watchlistsChanged: false,
  languageChanged: false,
};

describe('settingsChangeEffects', () => {
  test('a change that touches no worker setting has no effect', () => {
    expect(settingsChangeEffects(base, { ...base, minConfidence: 'possible', pausedUntil: 9 })).toEqual(none);
    expect(settingsChangeEffects(base, { ...base })).toEqual(none);
  });
  test.each([
    ['feedUrl', { feedUrl: 'https://org.example/feed.json' }],
    ['useDirectCsl', { useDirectCsl: true }],
  ] as const)('%s is a source change', (_f, change) => {
    expect(settingsChangeEffects(base, { ...base, ...change })).toEqual({ ...none, sourceChanged: true });
  });
  test('the interval and the watchlist addresses each have their own effect', () => {
    expect(settingsChangeEffects(base, { ...base, updateIntervalHours: 24 })).toEqual({
      ...none,
      intervalChanged: true,
    });
    expect(settingsChangeEffects(base, { ...base, watchlistUrls: ['https://org.example/w.csv'] })).toEqual({
      ...none,
      watchlistsChanged: true,
    });
    expect(settingsChangeEffects(base, { ...base, language: 'zh_CN' })).toEqual({
      ...none,
      languageChanged: true,
    });
  });
  test('a policy change has every effect', () => {
    expect(Object.values(POLICY_CHANGE_EFFECTS).every(Boolean)).toBe(true);
  });
});
