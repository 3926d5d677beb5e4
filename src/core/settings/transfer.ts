// Settings export / import as a JSON file. Import is strict about the envelope and lenient about fields: every
// field goes through migrateSettings, so a bad value falls back to the default instead of failing the import.
import { migrateSettings } from './migrate.ts';
import type { Settings } from './schema.ts';

/** Marker written into every settings file, so any other JSON file is refused. */
export const SETTINGS_FILE_FORMAT = 'sanctions-lens-settings';

/** Largest settings file accepted, in characters. */
export const MAX_SETTINGS_FILE = 1_000_000;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  exported: string;
  settings: Settings;
}

/** Why an import was refused; the UI turns each reason into a sentence. */
export type ImportError = 'too-large' | 'not-json' | 'not-settings';

/**
 * Parts of an imported file that were not taken, so the user is told: `direct-source-url` = the file tried to
 * point the official sources at another address (only an organisation's policy may).
 */
export type ImportIgnored = 'direct-source-url';

export type ImportResult =
  { ok: true; settings: Settings; ignored: ImportIgnored[] } | { ok: false; error: ImportError };

/** Fields through which older builds or hostile files try to set a direct-source address. */
const DIRECT_URL_FIELDS = ['directCslUrl', 'directSourceUrls', 'directUrl'];

/** Serialises settings into the file format, with `exportedAt` (ISO time) as the export time. */
export function exportSettingsFile(settings: Settings, exportedAt: string): string {
  const file: SettingsFile = { format: SETTINGS_FILE_FORMAT, exported: exportedAt, settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a settings file's text. Refuses text over MAX_SETTINGS_FILE, invalid JSON and JSON without the format
 * marker or a settings object; otherwise returns the migrated, validated settings and what was ignored. Never
 * throws.
 */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE) return { ok: false, error: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: 'not-settings' };
  const file = json as Partial<Record<keyof SettingsFile, unknown>>;
  const inner = file.settings;
  if (file.format !== SETTINGS_FILE_FORMAT || !inner || typeof inner !== 'object' || Array.isArray(inner))
    return { ok: false, error: 'not-settings' };
  const ignored: ImportIgnored[] = DIRECT_URL_FIELDS.some((k) => Object.hasOwn(inner, k))
    ? ['direct-source-url']
    : [];
  return { ok: true, settings: migrateSettings(inner), ignored };
}
