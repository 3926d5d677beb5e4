import type { Confidence } from '../match/types.ts';
import type { EntryKind } from '../list/format.ts';

/** Current settings layout; each bump has a numbered step in migrate.ts. */
export const SETTINGS_VERSION = 2;

/** Default feed location; organisations override it by policy (`feedUrl`). */
export const DEFAULT_FEED_URL = 'https://feed.sanctionslens.org/v1/feed.json';

export type SiteMode = 'all-except' | 'only-listed';

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
  feedUrl: string;
  updateIntervalHours: number;
  /** Read the official Consolidated Screening List bulk file directly instead of the project feed. */
  useDirectCsl: boolean;
  directCslUrl: string;
  watchlistUrls: string[];
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
  feedUrl: DEFAULT_FEED_URL,
  updateIntervalHours: 6,
  useDirectCsl: false,
  directCslUrl: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json',
  watchlistUrls: [],
  watchlistHitsInPage: true,
} as const satisfies Settings;
