import { describe, expect, test } from 'vitest';
import { migrateSettings } from './migrate.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './schema.ts';

describe('migrateSettings', () => {
  test('anything unreadable becomes the defaults', () => {
    for (const raw of [undefined, null, 42, 'x', [], { version: 'nope' }]) {
      expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  test('step 0 → 1 keeps the fields of unversioned settings', () => {
    const out = migrateSettings({ disabledSites: ['intranet.example'], minConfidence: 'confirmed' });
    expect(out.version).toBe(SETTINGS_VERSION);
    expect(out.disabledSites).toEqual(['intranet.example']);
    expect(out.minConfidence).toBe('confirmed');
  });

  test('each bad field falls back to its default, good ones survive', () => {
    const out = migrateSettings({
      version: 1,
      siteMode: 'sometimes',
      updateIntervalHours: 0.5,
      badgesPerEntity: 5,
      kinds: { person: true, company: 'yes' },
      mutedEntities: [{ entityId: 'a', site: '*' }, { entityId: 3 }],
    });
    expect(out.siteMode).toBe(DEFAULT_SETTINGS.siteMode);
    expect(out.updateIntervalHours).toBe(DEFAULT_SETTINGS.updateIntervalHours);
    expect(out.badgesPerEntity).toBe(5);
    expect(out.kinds.person).toBe(true);
    expect(out.kinds.company).toBe(true);
    expect(out.mutedEntities).toEqual([{ entityId: 'a', site: '*' }]);
  });
});
