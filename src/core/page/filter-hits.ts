import type { Entry, ListDefinition, Listing } from '../list/format.ts';
import { CONFIDENCE_ORDER, type Hit, type Confidence } from '../match/types.ts';
import type { Settings } from '../settings/schema.ts';
import { siteRuleCovers } from '../settings/site-rules.ts';

/** Entries and list definitions known to the page, by id. */
export interface HitCatalog {
  entities: ReadonlyMap<string, Entry>;
  lists: ReadonlyMap<string, ListDefinition>;
}

/** True when `c` is at least as sure as `min`. */
export function isConfidentEnough(c: Confidence, min: Confidence): boolean {
  return CONFIDENCE_ORDER.indexOf(c) <= CONFIDENCE_ORDER.indexOf(min);
}

/**
 * Listings of `entry` that the user's list and jurisdiction choices keep. A listing whose list definition is
 * unknown is kept unless its list id is disabled (the card can still show it by id).
 */
export function enabledListings(
  entry: Entry,
  lists: ReadonlyMap<string, ListDefinition>,
  settings: Settings,
): Listing[] {
  return entry.listings.filter((l) => {
    if (settings.disabledLists.includes(l.list)) return false;
    const def = lists.get(l.list);
    return !def || !settings.disabledJurisdictions.includes(def.jurisdiction);
  });
}

/** True when `entityId` is muted on `hostname` (a mute for `*` applies everywhere; parent domains cover subdomains). */
export function isMuted(settings: Settings, entityId: string, hostname: string): boolean {
  return settings.mutedEntities.some(
    (m) => m.entityId === entityId && (m.site === '*' || siteRuleCovers(m.site, hostname)),
  );
}

/** Whether an entry may be shown on `hostname` at all: kind enabled, not muted, at least one enabled listing. */
export function isEntryShown(
  entry: Entry,
  catalog: HitCatalog,
  settings: Settings,
  hostname: string,
): boolean {
  if (!settings.kinds[entry.kind]) return false;
  if (isMuted(settings, entry.id, hostname)) return false;
  return enabledListings(entry, catalog.lists, settings).length > 0;
}

/**
 * Keeps the hits that should be flagged on `hostname` under `settings`: known entry, entry shown, confidence at or
 * above `minConfidence`. Sorted by start; where kept hits overlap, the earlier (then longer) one wins.
 */
export function filterHits(
  hits: readonly Hit[],
  catalog: HitCatalog,
  settings: Settings,
  hostname: string,
): Hit[] {
  const out: Hit[] = [];
  let lastEnd = -1;
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const h of sorted) {
    const entry = catalog.entities.get(h.entityId);
    if (!entry || !isConfidentEnough(h.confidence, settings.minConfidence)) continue;
    if (!isEntryShown(entry, catalog, settings, hostname)) continue;
    if (h.start < lastEnd) continue;
    out.push(h);
    lastEnd = h.end;
  }
  return out;
}
