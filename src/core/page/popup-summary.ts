import type { ListDefinition, Listing } from '../list/format.ts';

/** What the popup's "On this page" says: alerts off (nothing was looked for), nothing found, or the hits. */
export type PageHitsState = 'off' | 'none' | 'hits';

/**
 * The popup's page state. While alerts are paused or off for the site the page is not scanned, so the popup must
 * not claim "0 found" (it would contradict the names the user can see): it says alerts are off instead.
 */
export function pageHitsState(
  isActive: boolean,
  entityCount: number,
  hasSiteFinding: boolean,
): PageHitsState {
  if (!isActive) return 'off';
  return entityCount > 0 || hasSiteFinding ? 'hits' : 'none';
}

/**
 * One chip per list and status: an entity listed twice on one list (two FCC programmes for Kaspersky) shows the
 * list once, with its current status first.
 */
export function distinctListings(
  listings: readonly Listing[],
  lists: ReadonlyMap<string, ListDefinition>,
): Listing[] {
  const seen = new Map<string, Listing>();
  for (const l of listings) {
    const key = `${lists.get(l.list)?.label ?? l.list}`;
    const had = seen.get(key);
    if (!had || (had.status !== 'in_force' && l.status === 'in_force')) seen.set(key, l);
  }
  return [...seen.values()];
}
