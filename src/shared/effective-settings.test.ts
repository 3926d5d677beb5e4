import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS } from '../core/settings/schema.ts';
import { STORAGE_KEYS } from './storage-keys.ts';

vi.mock('./browser.ts', async () => ({
  browser: (await import('@webext-core/fake-browser')).fakeBrowser,
}));

const { loadEffectiveSettings, updateEffectiveSettings, watchEffectiveSettings, watchSettingsChanges } =
  await import('./effective-settings.ts');
const { key } = STORAGE_KEYS.settings;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('effective settings (what every context reads)', () => {
  test("policy values win over the user's, and are locked", async () => {
    await fakeBrowser.storage.local.set({ [key]: { ...DEFAULT_SETTINGS, disabledLists: ['mine'] } });
    await fakeBrowser.storage.managed.set({ disabledLists: ['US-BIS-EL'], updateIntervalHours: 24 });
    const eff = await loadEffectiveSettings();
    expect(eff.settings.disabledLists).toEqual(['US-BIS-EL']);
    expect(eff.settings.updateIntervalHours).toBe(24);
    expect(eff.locked).toContain('disabledLists');
  });

  test("a change saved under a policy keeps the user's own value of the locked field", async () => {
    await fakeBrowser.storage.local.set({ [key]: { ...DEFAULT_SETTINGS, disabledLists: ['mine'] } });
    await fakeBrowser.storage.managed.set({ disabledLists: ['US-BIS-EL'] });
    const eff = await updateEffectiveSettings((s) => ({
      ...s,
      disabledLists: [],
      minConfidence: 'confirmed',
    }));
    expect(eff.settings.disabledLists).toEqual(['US-BIS-EL']);
    const stored = (await fakeBrowser.storage.local.get(key))[key] as typeof DEFAULT_SETTINGS;
    expect(stored.disabledLists).toEqual(['mine']);
    expect(stored.minConfidence).toBe('confirmed');
  });

  test('watchers hear settings changes (typed before/after) and policy changes, with policy applied', async () => {
    const changes: string[] = [];
    const seen: string[][] = [];
    const ctl = new AbortController();
    watchSettingsChanges(
      (c) => changes.push(c.kind === 'settings' ? `settings:${c.after.minConfidence}` : 'policy'),
      ctl.signal,
    );
    const heard = new Promise<void>((resolve) =>
      watchEffectiveSettings((eff, c) => {
        seen.push(eff.settings.disabledLists);
        if (c.kind === 'policy') resolve();
      }, ctl.signal),
    );
    await fakeBrowser.storage.local.set({ [key]: { ...DEFAULT_SETTINGS, minConfidence: 'possible' } });
    await fakeBrowser.storage.managed.set({ disabledLists: ['EU'] });
    await heard;
    expect(changes).toEqual(['settings:possible', 'policy']);
    expect(seen.at(-1)).toEqual(['EU']);
    ctl.abort();
    await fakeBrowser.storage.managed.set({ disabledLists: [] });
    expect(changes).toHaveLength(2);
  });
});
