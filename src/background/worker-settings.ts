// The worker's view of the effective settings (shared/effective-settings.ts), cached until settings or policy
// change (index.ts forgets the cache on every change).
import { loadEffectiveSettings, type EffectiveSettings } from '../shared/effective-settings.ts';

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
