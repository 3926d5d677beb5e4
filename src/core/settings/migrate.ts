import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './schema.ts';
import { CONFIDENCE_ORDER, type Confidence } from '../match/types.ts';

type Raw = Record<string, unknown>;

/** Numbered steps: MIGRATIONS[n] turns a version-n object into version n+1. Never remove a step. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  // Version 0 = settings written before versioning existed: same fields, no `version`.
  0: (raw) => ({ ...raw, version: 1 }),
};

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

function pick<T>(raw: Raw, key: keyof Settings, ok: (v: unknown) => boolean, fallback: T): T {
  const v = raw[key];
  return ok(v) ? (v as T) : fallback;
}

/**
 * Turns anything read from storage into valid Settings: applies numbered migrations, then checks each field and
 * falls back to its default when the stored value is missing or malformed. Never throws.
 */
export function migrateSettings(input: unknown): Settings {
  let raw: Raw = input && typeof input === 'object' && !Array.isArray(input) ? { ...(input as Raw) } : {};
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  if (version > SETTINGS_VERSION) version = SETTINGS_VERSION; // written by a newer build: keep what validates
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    raw = step(raw);
    version += 1;
  }
  const d = DEFAULT_SETTINGS;
  const kindsRaw = raw.kinds && typeof raw.kinds === 'object' ? (raw.kinds as Raw) : {};
  const kinds = { ...d.kinds } as Settings['kinds'];
  for (const k of Object.keys(kinds) as (keyof Settings['kinds'])[]) {
    if (typeof kindsRaw[k] === 'boolean') kinds[k] = kindsRaw[k];
  }
  const muted = Array.isArray(raw.mutedEntities)
    ? raw.mutedEntities.filter(
        (m): m is Settings['mutedEntities'][number] =>
          !!m && typeof m === 'object' && typeof m.entityId === 'string' && typeof m.site === 'string',
      )
    : [];
  const isHours = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 168;
  return {
    version: SETTINGS_VERSION,
    pausedUntil: pick(raw, 'pausedUntil', (v) => typeof v === 'number' && v >= 0, d.pausedUntil),
    siteMode: pick(raw, 'siteMode', (v) => v === 'all-except' || v === 'only-listed', d.siteMode),
    disabledSites: pick(raw, 'disabledSites', isStringArray, [...d.disabledSites]),
    enabledSites: pick(raw, 'enabledSites', isStringArray, [...d.enabledSites]),
    disabledLists: pick(raw, 'disabledLists', isStringArray, [...d.disabledLists]),
    disabledJurisdictions: pick(raw, 'disabledJurisdictions', isStringArray, [...d.disabledJurisdictions]),
    kinds,
    minConfidence: pick<Confidence>(
      raw,
      'minConfidence',
      (v) => CONFIDENCE_ORDER.includes(v as Confidence),
      d.minConfidence,
    ),
    badgesPerEntity: pick(
      raw,
      'badgesPerEntity',
      (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1000,
      d.badgesPerEntity,
    ),
    mutedEntities: muted,
    dismissedBanners: pick(raw, 'dismissedBanners', isStringArray, [...d.dismissedBanners]),
    feedUrl: pick(raw, 'feedUrl', (v) => typeof v === 'string' && v.length > 0, d.feedUrl),
    updateIntervalHours: pick(raw, 'updateIntervalHours', isHours, d.updateIntervalHours),
    useDirectCsl: pick(raw, 'useDirectCsl', (v) => typeof v === 'boolean', d.useDirectCsl),
    directCslUrl: pick(raw, 'directCslUrl', (v) => typeof v === 'string' && v.length > 0, d.directCslUrl),
    watchlistUrls: pick(raw, 'watchlistUrls', isStringArray, [...d.watchlistUrls]),
  };
}
