// Effective settings for every context (worker, options page, popup, content script): the user's stored settings
// with organisation policy (storage.managed) applied. Only reading and watching storage lives here; what policy
// does is core/settings/policy.ts.
import { browser } from './browser.ts';
import { loadSettings, updateSettings } from './settings-store.ts';
import { STORAGE_KEYS } from './storage-keys.ts';
import { migrateSettings } from '../core/settings/migrate.ts';
import {
  applyPolicy,
  enforceLocks,
  parsePolicy,
  type EffectiveSettings,
  type ManagedPolicy,
} from '../core/settings/policy.ts';
import type { Settings } from '../core/settings/schema.ts';

export type { EffectiveSettings } from '../core/settings/policy.ts';

/** storage.managed as set by an organisation, parsed; empty when there is none or the browser has none. */
export async function loadPolicy(): Promise<ManagedPolicy> {
  try {
    // storage.managed rejects when no policy schema/values exist on some platforms: treat as no policy.
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    return {};
  }
}

/** The user's settings with policy applied, read now. */
export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [user, policy] = await Promise.all([loadSettings(), loadPolicy()]);
  return applyPolicy(user, policy);
}

/** A change of the stored settings or of the policy, as seen by `watchEffectiveSettings`. */
export type SettingsChange = { kind: 'settings'; before: Settings; after: Settings } | { kind: 'policy' };

/**
 * Calls `onChange` synchronously whenever the stored settings or the policy change in any context, with what
 * changed (settings migrated, so fields are typed). Returns an unsubscribe function.
 */
export function watchSettingsChanges(
  onChange: (change: SettingsChange) => void,
  signal?: AbortSignal,
): () => void {
  const { area, key } = STORAGE_KEYS.settings;
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, where: string) => {
    if (where === 'managed') onChange({ kind: 'policy' });
    else if (where === area && key in changes) {
      const c = changes[key];
      onChange({
        kind: 'settings',
        before: migrateSettings(c?.oldValue),
        after: migrateSettings(c?.newValue),
      });
    }
  };
  browser.storage.onChanged.addListener(listener);
  const stop = () => browser.storage.onChanged.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

/** Calls `onChange` with the new effective settings after every change of the settings or the policy. */
export function watchEffectiveSettings(
  onChange: (eff: EffectiveSettings, change: SettingsChange) => void,
  signal?: AbortSignal,
): () => void {
  return watchSettingsChanges((change) => {
    void loadEffectiveSettings().then(
      (eff) => signal?.aborted || onChange(eff, change),
      () => undefined,
    );
  }, signal);
}

/**
 * Applies a user's change to the effective settings and stores it; fields locked by policy keep the user's own
 * stored value (see enforceLocks). Returns the new effective settings.
 */
export async function updateEffectiveSettings(
  change: (s: Settings) => Settings,
  policy?: ManagedPolicy,
): Promise<EffectiveSettings> {
  const pol = policy ?? (await loadPolicy());
  const stored = await updateSettings((s) => {
    const eff = applyPolicy(s, pol);
    return enforceLocks(change(eff.settings), s, eff);
  });
  return applyPolicy(stored, pol);
}
