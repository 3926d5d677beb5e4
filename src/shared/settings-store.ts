// Load / save / watch the user's settings in storage.local. All validation lives in core/settings/migrate.ts.
import { browser } from './browser.ts';
import { STORAGE_KEYS } from './storage-keys.ts';
import { migrateSettings } from '../core/settings/migrate.ts';
import type { Settings } from '../core/settings/schema.ts';

const { key } = STORAGE_KEYS.settings;

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(key);
  return migrateSettings(got[key]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [key]: migrateSettings(settings) });
}

/** Applies `change` to the stored settings (read-modify-write) and returns the result. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = migrateSettings(change(await loadSettings()));
  await browser.storage.local.set({ [key]: next });
  return next;
}

/** Calls `onChange` whenever settings change in any context. Returns an unsubscribe function. */
export function watchSettings(onChange: (s: Settings) => void, signal?: AbortSignal): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === STORAGE_KEYS.settings.area && key in changes)
      onChange(migrateSettings(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  const stop = () => browser.storage.onChanged.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
