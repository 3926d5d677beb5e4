import {
  DEFAULT_SETTINGS,
  RETIRED_FEED_URL,
  SETTINGS_VERSION,
  UI_LANGUAGE_CHOICES,
  type Settings,
} from './schema.ts';
import { CONFIDENCE_ORDER, type Confidence } from '../match/types.ts';
import { normalizeHostname } from './site-rules.ts';
import { checkListUrl } from '../update/url-rules.ts';
import { isStringArray } from '../guards.ts';

type Raw = Record<string, unknown>;

/** Numbered steps: MIGRATIONS[n] turns a version-n object into version n+1. Never remove a step. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  // Version 0 = settings written before versioning existed: same fields, no `version`.
  0: (raw) => ({ ...raw, version: 1 }),
  // 1 → 2: site lists hold bare lower-case hostnames; v1 could hold "https://Example.com/path" or "host:8080".
  1: (raw) => ({
    ...raw,
    version: 2,
    disabledSites: toHostList(raw.disabledSites),
    enabledSites: toHostList(raw.enabledSites),
    dismissedBanners: toHostList(raw.dismissedBanners),
  }),
  // 2 → 3: direct-mode addresses are fixed to the official hosts (only policy changes them): `directCslUrl` goes;
  // the retired default feed host becomes '' (the build's feed, or the official sources).
  2: ({ directCslUrl: _dropped, ...raw }) => ({
    ...raw,
    version: 3,
    feedUrl: raw.feedUrl === RETIRED_FEED_URL ? '' : raw.feedUrl,
  }),
};

/** Upper bound on any stored list, so a hostile import cannot bloat storage. */
const MAX_LIST = 5000;

function toHostList(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const hosts = v.filter((x): x is string => typeof x === 'string').map(normalizeHostname);
  return [...new Set(hosts.filter((h) => h && h.length <= 253))].slice(0, MAX_LIST);
}

/** Longest id (list, jurisdiction, entity) or hostname kept: real ones are far shorter. */
const MAX_ID = 256;
const isId = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_ID;

const isShortStringArray = (v: unknown): v is string[] =>
  isStringArray(v) && v.length <= MAX_LIST && v.every(isId);

/** Site lists are cleaned item by item (normalised, deduplicated) rather than dropped whole. */
const hostList = (v: unknown, fallback: readonly string[]): string[] =>
  Array.isArray(v) ? (toHostList(v) as string[]) : [...fallback];

/** HTTPS, or plain HTTP on the local machine (tests, local hosting): the rule the updater applies to downloads. */
export function isFeedUrl(v: unknown): v is string {
  return typeof v === 'string' && checkListUrl(v).ok;
}

/** A list address in the canonical form the updater fetches, or the fallback when it is not allowed. */
function listUrl(v: unknown, fallback: string): string {
  const verdict = typeof v === 'string' ? checkListUrl(v) : null;
  return verdict?.ok ? verdict.url : fallback;
}

function pick<T>(raw: Raw, key: keyof Settings, ok: (v: unknown) => boolean, fallback: T): T {
  const v = raw[key];
  return ok(v) ? (v as T) : fallback;
}

/**
 * Turns anything read from storage into valid Settings: applies numbered migrations, then checks each field and
 * falls back to its default when the stored value is missing or malformed. Never throws.
 */
export function migrateSettings(input: unknown): Settings {
  try {
    return migrateOrThrow(input);
  } catch {
    // Only reachable with exotic input (throwing getters, proxies): nothing of it can be trusted.
    return migrateOrThrow(undefined);
  }
}

function migrateOrThrow(input: unknown): Settings {
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
    ? raw.mutedEntities
        .filter(
          (m): m is Settings['mutedEntities'][number] =>
            !!m && typeof m === 'object' && isId(m.entityId) && isId(m.site),
        )
        .slice(0, MAX_LIST)
        .map((m) => ({ entityId: m.entityId, site: m.site }))
    : [];
  const isHours = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 168;
  return {
    version: SETTINGS_VERSION,
    pausedUntil: pick(
      raw,
      'pausedUntil',
      (v) => typeof v === 'number' && v >= 0 && v <= Number.MAX_SAFE_INTEGER,
      d.pausedUntil,
    ),
    siteMode: pick(raw, 'siteMode', (v) => v === 'all-except' || v === 'only-listed', d.siteMode),
    disabledSites: hostList(raw.disabledSites, d.disabledSites),
    enabledSites: hostList(raw.enabledSites, d.enabledSites),
    disabledLists: pick(raw, 'disabledLists', isShortStringArray, [...d.disabledLists]),
    disabledJurisdictions: pick(raw, 'disabledJurisdictions', isShortStringArray, [
      ...d.disabledJurisdictions,
    ]),
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
    dismissedBanners: hostList(raw.dismissedBanners, d.dismissedBanners),
    feedUrl: raw.feedUrl === '' ? '' : listUrl(raw.feedUrl, d.feedUrl),
    updateIntervalHours: pick(raw, 'updateIntervalHours', isHours, d.updateIntervalHours),
    useDirectCsl: pick(raw, 'useDirectCsl', (v) => typeof v === 'boolean', d.useDirectCsl),
    watchlistUrls: Array.isArray(raw.watchlistUrls)
      ? [...new Set(raw.watchlistUrls.flatMap((u) => (isFeedUrl(u) ? [listUrl(u, u)] : [])))].slice(
          0,
          MAX_LIST,
        )
      : [...d.watchlistUrls],
    language: pick(raw, 'language', (v) => UI_LANGUAGE_CHOICES.includes(v as never), d.language),
    watchlistHitsInPage: pick(
      raw,
      'watchlistHitsInPage',
      (v) => typeof v === 'boolean',
      d.watchlistHitsInPage,
    ),
  };
}
