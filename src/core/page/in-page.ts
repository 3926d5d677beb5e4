import type { Entry, ListDefinition } from '../list/format.ts';
import type { Settings } from '../settings/schema.ts';
import { enabledListings } from './filter-hits.ts';

/**
 * Whether a shown hit of `entry` is drawn in the page. Hits whose kept listings all come from watchlists (the
 * user's or the organisation's own lists) stay out of the page when `watchlistHitsInPage` is off: page script can
 * measure anything drawn there, and a private watchlist's names are the organisation's secret.
 */
export function isDrawnInPage(
  entry: Entry,
  lists: ReadonlyMap<string, ListDefinition>,
  settings: Settings,
): boolean {
  if (settings.watchlistHitsInPage) return true;
  return enabledListings(entry, lists, settings).some(
    (l) => (lists.get(l.list)?.family ?? 'watchlist') !== 'watchlist',
  );
}
