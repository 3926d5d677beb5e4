import {
  LIST_FAMILIES,
  type ListDefinition,
  type ListFamily,
  type Listing,
  type ListingStatus,
} from '../list/format.ts';

/** Badge families from most to least severe; the badge shows the most severe family still in force. */
export const FAMILY_ORDER: readonly ListFamily[] = LIST_FAMILIES;

/** Listing states that no longer restrict anything today. */
const HISTORIC: readonly ListingStatus[] = ['revoked', 'removed'];

/** True when a listing no longer applies (revoked or removed). */
export function isHistoric(status: ListingStatus): boolean {
  return HISTORIC.includes(status);
}

/** Qualifiers under which a listing no longer restricts the party although the instrument stands. */
const HISTORIC_QUALIFIERS: readonly string[] = ['met_by_divestiture', 'expired'];

/** True when a listing no longer applies: revoked or removed, met by a divestiture, or expired. */
export function isHistoricListing(l: Pick<Listing, 'status' | 'qualifier'>): boolean {
  return isHistoric(l.status) || HISTORIC_QUALIFIERS.includes(l.qualifier ?? '');
}

export interface BadgeSummary {
  family: ListFamily;
  /** Short label of the listing that decided the family (e.g. "Entity List"); '' when its list is unknown. */
  listLabel: string;
  /** Every listing shown is revoked or removed: the badge says so. */
  isHistoric: boolean;
  /** Number of listings behind the badge. */
  listingCount: number;
}

function familyRank(l: Listing, lists: ReadonlyMap<string, ListDefinition>): number {
  const fam = lists.get(l.list)?.family ?? 'watchlist';
  return FAMILY_ORDER.indexOf(fam) + (isHistoricListing(l) ? FAMILY_ORDER.length : 0);
}

/**
 * What a badge says for an entry given the listings the user keeps: the most severe family among current listings,
 * or among historic ones when nothing is current. Returns null when `listings` is empty.
 */
export function summarizeBadge(
  listings: readonly Listing[],
  lists: ReadonlyMap<string, ListDefinition>,
): BadgeSummary | null {
  let best: Listing | undefined;
  for (const l of listings) if (!best || familyRank(l, lists) < familyRank(best, lists)) best = l;
  if (!best) return null;
  const def = lists.get(best.list);
  return {
    family: def?.family ?? 'watchlist',
    listLabel: def?.label ?? '',
    isHistoric: listings.every(isHistoricListing),
    listingCount: listings.length,
  };
}

/** Orders listings for the card: current before historic, then by family severity, then newest first. */
export function sortListings(
  listings: readonly Listing[],
  lists: ReadonlyMap<string, ListDefinition>,
): Listing[] {
  return [...listings].sort(
    (a, b) =>
      familyRank(a, lists) - familyRank(b, lists) || (b.dateListed ?? '').localeCompare(a.dateListed ?? ''),
  );
}
