import type { Confidence } from '../match/types.ts';
import type { EntryKind } from '../list/format.ts';

/** Current settings layout; each bump has a numbered step in migrate.ts. */
export const SETTINGS_VERSION = 3;

/**
 * Feed address of settings before version 3, a host that never served a feed; migration 2 → 3 clears it. An empty
 * `feedUrl` means: the feed the build names (if any), otherwise the official sources directly.
 */
export const RETIRED_FEED_URL = 'https://feed.sanctionslens.org/v1/feed.json';

export type SiteMode = 'all-except' | 'only-listed';

/** Language of every screen (popup, options, card, banner, reports): the browser's, or one chosen. */
export const UI_LANGUAGE_CHOICES = ['auto', 'en', 'zh_CN'] as const;
export type UiLanguageChoice = (typeof UI_LANGUAGE_CHOICES)[number];

export interface MutedEntity {
  entityId: string;
  /** Hostname the mute applies to, or `*` for everywhere. */
  site: string;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Epoch ms until which alerts are paused; 0 = not paused; Number.MAX_SAFE_INTEGER = until resumed. */
  pausedUntil: number;
  siteMode: SiteMode;
  /** Hostnames where alerts are off (siteMode all-except); lower-case, no scheme, port or path (since v2). */
  disabledSites: string[];
  /** Hostnames where alerts are on (siteMode only-listed). */
  enabledSites: string[];
  disabledLists: string[];
  disabledJurisdictions: string[];
  kinds: Record<EntryKind, boolean>;
  /** Weakest confidence that still draws a badge. */
  minConfidence: Confidence;
  /** Badges per entity per page before further mentions collapse to highlights only. */
  badgesPerEntity: number;
  mutedEntities: MutedEntity[];
  /** Hostnames whose vendor-site banner was dismissed. */
  dismissedBanners: string[];
  /** Signed feed to update from; '' = the build's feed, or with none the official sources (since v3). */
  feedUrl: string;
  updateIntervalHours: number;
  /**
   * Read the official sources directly even when a feed is set. Their addresses are fixed in
   * src/core/update/direct-sources.ts (only policy `directSourceUrls` changes them; v3 dropped `directCslUrl`).
   */
  useDirectCsl: boolean;
  watchlistUrls: string[];
  /** Added without a version bump: a missing value reads as `auto` (follow the browser). */
  language: UiLanguageChoice;
  /**
   * Draw hits of the user's own watchlists in the page. When false they are counted on the toolbar and listed in
   * the popup only: nothing of them is drawn where page script could measure it.
   */
  watchlistHitsInPage: boolean;
}

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION,
  pausedUntil: 0,
  siteMode: 'all-except',
  disabledSites: [],
  enabledSites: [],
  disabledLists: [],
  disabledJurisdictions: [],
  kinds: {
    company: true,
    organization: true,
    app: true,
    product: true,
    person: false,
    vessel: false,
    aircraft: false,
  },
  minConfidence: 'likely',
  badgesPerEntity: 3,
  mutedEntities: [],
  dismissedBanners: [],
  feedUrl: '',
  updateIntervalHours: 6,
  useDirectCsl: false,
  watchlistUrls: [],
  language: 'auto',
  watchlistHitsInPage: true,
} as const satisfies Settings;
