// Organisation policy (storage.managed) merged over the user's settings. Values set by policy are locked in the UI.
// The one place that decides the effective settings: worker, UI and content script all go through
// shared/effective-settings.ts, which only reads storage and calls these functions.
import type { Settings } from './schema.ts';
import { PINNED_FEED_KEYS } from '../feed/pinned-keys.ts';
import { isStringArray } from '../guards.ts';

/** What an organisation may set; property names match public/managed-schema.json. */
export interface ManagedPolicy {
  feedUrl?: string;
  /** Extra keys the feed may be signed with (`ed25519:<base64>`), added to the pinned ones. */
  feedPublicKeys?: string[];
  watchlistUrls?: string[];
  updateIntervalHours?: number;
  disabledLists?: string[];
  /** False: watchlist hits are listed in the popup and counted on the toolbar only, never drawn in pages. */
  watchlistHitsInPage?: boolean;
  /** Names of Settings fields users may not change, on top of those the policy sets. */
  lockedSettings?: string[];
  /**
   * Addresses for direct mode's official sources, by source id (src/core/update/direct-sources.ts): an
   * organisation's mirror, or loopback in tests. The only way to move a source off its official host.
   */
  directSourceUrls?: Record<string, string>;
}

export interface EffectiveSettings {
  settings: Settings;
  /** Settings fields set or locked by the organisation: shown as "set by your organisation". */
  locked: (keyof Settings)[];
  /** Keys from policy, valid format only. */
  feedPublicKeys: string[];
  /** Direct-source addresses set by policy, by source id. */
  directSourceUrls: Record<string, string>;
}

const SOURCE_ID = /^[a-z0-9-]{1,64}$/;

function urlMap(v: unknown): Record<string, string> | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [id, url] of Object.entries(v as Record<string, unknown>)) {
    if (SOURCE_ID.test(id) && typeof url === 'string' && url.trim()) out[id] = url.trim();
  }
  return out;
}

const KEY_FORMAT = /^ed25519:[A-Za-z0-9+/]{43}=$/;

/**
 * Reads whatever storage.managed returned into a ManagedPolicy, dropping fields of the wrong type and keys in the
 * wrong format. Never throws; anything that is not an object gives an empty policy.
 */
export function parsePolicy(raw: unknown): ManagedPolicy {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const r = raw as Record<string, unknown>;
  const p: ManagedPolicy = {};
  if (typeof r.feedUrl === 'string' && r.feedUrl.trim()) p.feedUrl = r.feedUrl.trim();
  if (isStringArray(r.feedPublicKeys))
    p.feedPublicKeys = r.feedPublicKeys.map((k) => k.trim()).filter((k) => KEY_FORMAT.test(k));
  if (isStringArray(r.watchlistUrls)) p.watchlistUrls = r.watchlistUrls.filter((u) => u.trim());
  const hours = r.updateIntervalHours;
  if (typeof hours === 'number' && Number.isFinite(hours) && hours >= 1 && hours <= 168)
    p.updateIntervalHours = hours;
  if (isStringArray(r.disabledLists)) p.disabledLists = [...r.disabledLists];
  if (typeof r.watchlistHitsInPage === 'boolean') p.watchlistHitsInPage = r.watchlistHitsInPage;
  if (isStringArray(r.lockedSettings)) p.lockedSettings = [...r.lockedSettings];
  const direct = urlMap(r.directSourceUrls);
  if (direct) p.directSourceUrls = direct;
  return p;
}

/**
 * Merges a policy over the user's settings. Every field the policy sets wins and is locked; `lockedSettings` locks
 * further fields at the user's current value (unknown names are ignored). A policy feed URL also turns off direct
 * list mode, so the organisation's feed is the one used.
 */
export function applyPolicy(user: Settings, policy: ManagedPolicy): EffectiveSettings {
  const settings: Settings = { ...user };
  const locked = new Set<keyof Settings>();
  if (policy.feedUrl !== undefined) {
    settings.feedUrl = policy.feedUrl;
    settings.useDirectCsl = false;
    locked.add('feedUrl').add('useDirectCsl');
  }
  if (policy.watchlistUrls !== undefined) {
    settings.watchlistUrls = [...policy.watchlistUrls];
    locked.add('watchlistUrls');
  }
  if (policy.updateIntervalHours !== undefined) {
    settings.updateIntervalHours = policy.updateIntervalHours;
    locked.add('updateIntervalHours');
  }
  if (policy.disabledLists !== undefined) {
    settings.disabledLists = [...policy.disabledLists];
    locked.add('disabledLists');
  }
  if (policy.watchlistHitsInPage !== undefined) {
    settings.watchlistHitsInPage = policy.watchlistHitsInPage;
    locked.add('watchlistHitsInPage');
  }
  for (const name of policy.lockedSettings ?? []) {
    if (name in user && name !== 'version') locked.add(name as keyof Settings);
  }
  return {
    settings,
    locked: [...locked],
    feedPublicKeys: policy.feedPublicKeys ?? [],
    directSourceUrls: { ...policy.directSourceUrls },
  };
}

/**
 * What to store when a user changes `effective` (the stored settings with policy applied) into `next`: locked
 * fields keep the user's own stored value, so lifting the policy later brings that value back.
 */
export function enforceLocks(next: Settings, stored: Settings, effective: EffectiveSettings): Settings {
  const out: Record<string, unknown> = { ...next };
  for (const k of effective.locked) out[k] = stored[k];
  return out as unknown as Settings;
}

/** Keys a feed may be signed with: the pinned ones plus the organisation's. */
export function trustedFeedKeys(eff: EffectiveSettings): string[] {
  return [...PINNED_FEED_KEYS, ...eff.feedPublicKeys];
}
