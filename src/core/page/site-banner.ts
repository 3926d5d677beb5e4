import type { Entry } from '../list/format.ts';
import type { Settings } from '../settings/schema.ts';
import { areAlertsActive, siteRuleCovers } from '../settings/site-rules.ts';
import { isEntryShown, type HitCatalog } from './filter-hits.ts';

/** True when `hostname` is one of the entry's own domains or a subdomain of one. */
export function isEntrySite(entry: Entry, hostname: string): boolean {
  return entry.domains.some((d) => siteRuleCovers(d, hostname));
}

/**
 * Whether to show the vendor-site banner for `entry` on `hostname` at `now`: alerts active there, the site belongs
 * to the entry, the entry is shown under the user's choices, and the banner was not dismissed for this host.
 */
export function shouldShowBanner(
  entry: Entry | null,
  catalog: HitCatalog,
  settings: Settings,
  hostname: string,
  now: number,
): entry is Entry {
  if (!entry || !areAlertsActive(settings, hostname, now)) return false;
  if (!isEntrySite(entry, hostname)) return false;
  if (settings.dismissedBanners.some((d) => siteRuleCovers(d, hostname))) return false;
  return isEntryShown(entry, catalog, settings, hostname);
}
