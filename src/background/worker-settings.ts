// The worker's view of the effective settings (shared/effective-settings.ts), cached until settings or policy
// change (index.ts forgets the cache on every change).
import { loadEffectiveSettings, type EffectiveSettings } from '../shared/effective-settings.ts';
import { updateSettings } from '../shared/settings-store.ts';
import type { Settings } from '../core/settings/schema.ts';

let cached: Promise<EffectiveSettings> | null = null;

/** The user's settings with policy applied. */
export function effectiveSettings(): Promise<EffectiveSettings> {
  cached ??= loadEffectiveSettings();
  cached.catch(() => (cached = null));
  return cached;
}

export function forgetEffectiveSettings(): void {
  cached = null;
}

/**
 * Changes the stored settings from the worker itself and forgets the cache at once, so work that follows reads
 * the new values (storage.onChanged, which also forgets it, may arrive later).
 */
export async function updateWorkerSettings(change: (s: Settings) => Settings): Promise<void> {
  await updateSettings(change);
  forgetEffectiveSettings();
}
