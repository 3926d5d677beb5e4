import { describe, expect, test } from 'vitest';
import { applyPolicy, enforceLocks, parsePolicy } from './policy.ts';
import { DEFAULT_SETTINGS, type Settings } from './schema.ts';

const user: Settings = { ...DEFAULT_SETTINGS, disabledLists: ['x'], useDirectCsl: true, watchlistUrls: [] };
const KEY = `ed25519:${'A'.repeat(43)}=`;

describe('parsePolicy', () => {
  test('keeps well-typed fields and drops the rest', () => {
    const p = parsePolicy({
      feedUrl: ' https://org.example/feed.json ',
      feedPublicKeys: [KEY, 'rsa:nope', 7],
      updateIntervalHours: 500,
      disabledLists: ['us-ofac-sdn'],
      lockedSettings: 'minConfidence',
    });
    expect(p).toEqual({ feedUrl: 'https://org.example/feed.json', disabledLists: ['us-ofac-sdn'] });
    expect(parsePolicy({ feedPublicKeys: [KEY, 'rsa:nope'] }).feedPublicKeys).toEqual([KEY]);
  });
  test('anything that is not an object is an empty policy', () => {
    expect(parsePolicy(null)).toEqual({});
    expect(parsePolicy([1])).toEqual({});
  });
});

describe('applyPolicy', () => {
  test('an empty policy changes and locks nothing', () => {
    const e = applyPolicy(user, {});
    expect(e.settings).toEqual(user);
    expect(e.locked).toEqual([]);
  });
  test('policy values win and are locked; a policy feed turns off direct mode', () => {
    const e = applyPolicy(user, {
      feedUrl: 'https://org.example/feed.json',
      updateIntervalHours: 24,
      disabledLists: ['eu'],
      watchlistUrls: ['https://org.example/w.csv'],
      feedPublicKeys: [KEY],
    });
    expect(e.settings.feedUrl).toBe('https://org.example/feed.json');
    expect(e.settings.useDirectCsl).toBe(false);
    expect(e.settings.updateIntervalHours).toBe(24);
    expect(e.settings.disabledLists).toEqual(['eu']);
    expect(e.locked.sort()).toEqual(
      ['disabledLists', 'feedUrl', 'updateIntervalHours', 'useDirectCsl', 'watchlistUrls'].sort(),
    );
    expect(e.feedPublicKeys).toEqual([KEY]);
  });
  test('watchlistHitsInPage from policy wins and is locked; a non-boolean is dropped', () => {
    expect(parsePolicy({ watchlistHitsInPage: 'no' })).toEqual({});
    const e = applyPolicy(user, parsePolicy({ watchlistHitsInPage: false }));
    expect(e.settings.watchlistHitsInPage).toBe(false);
    expect(e.locked).toEqual(['watchlistHitsInPage']);
    // A save under the policy keeps the user's own stored value (it returns when the policy is lifted).
    expect(enforceLocks({ ...user, watchlistHitsInPage: false }, user, e).watchlistHitsInPage).toBe(true);
  });
  test('lockedSettings locks known fields at the user value and ignores unknown names', () => {
    const e = applyPolicy(user, { lockedSettings: ['minConfidence', 'bogus', 'version'] });
    expect(e.locked).toEqual(['minConfidence']);
    const saved = enforceLocks({ ...user, minConfidence: 'possible', pausedUntil: 5 }, user, e);
    expect(saved.minConfidence).toBe(user.minConfidence);
    expect(saved.pausedUntil).toBe(5);
  });
  test('direct-source addresses come from policy only, by source id', () => {
    const p = parsePolicy({
      directSourceUrls: { 'us-trade-csl': ' http://127.0.0.1:8080/consolidated.json ', 'Bad Id': 'x', x: 5 },
    });
    expect(p.directSourceUrls).toEqual({ 'us-trade-csl': 'http://127.0.0.1:8080/consolidated.json' });
    expect(applyPolicy(user, p).directSourceUrls).toEqual(p.directSourceUrls);
    expect(applyPolicy(user, {}).directSourceUrls).toEqual({});
  });
  test("saving under a policy keeps the user's own stored value of a policy-set field, so lifting it restores it", () => {
    const e = applyPolicy(user, { updateIntervalHours: 24 });
    const saved = enforceLocks(
      { ...e.settings, updateIntervalHours: 48, minConfidence: 'possible' },
      user,
      e,
    );
    expect(saved.updateIntervalHours).toBe(user.updateIntervalHours);
    expect(saved.minConfidence).toBe('possible');
  });
});
