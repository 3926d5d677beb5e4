// The one colour table for list families, used by the content script's badges and highlights (content/styles.ts)
// and by the options page and popup (components/ListingChips.tsx). A new family in core/list/format.ts does not
// compile until it has a row here.
import type { ListFamily } from '../core/list/format.ts';

export interface FamilyColour {
  /** Badge and chip colour; white text on it passes WCAG AA. */
  solid: string;
  /** Highlight background over page text. */
  tint: string;
  /** Underline and outline colour (also readable on dark backgrounds). */
  line: string;
}

export const FAMILY_COLOURS: Record<ListFamily, FamilyColour> = {
  sanctions: { solid: '#b42318', tint: 'rgba(217, 45, 32, 0.16)', line: '#e0473a' },
  'export-control': { solid: '#a64a07', tint: 'rgba(220, 104, 3, 0.17)', line: '#e07a12' },
  'procurement-ban': { solid: '#5b3cc4', tint: 'rgba(122, 90, 248, 0.17)', line: '#8b6cf7' },
  'forced-labour': { solid: '#a11043', tint: 'rgba(221, 37, 112, 0.16)', line: '#e0457f' },
  'app-ban': { solid: '#175cd3', tint: 'rgba(46, 144, 250, 0.17)', line: '#3b8ef0' },
  watchlist: { solid: '#475467', tint: 'rgba(102, 112, 133, 0.18)', line: '#8a94a6' },
};

/** Listings no longer in force. */
export const HISTORIC_COLOURS: FamilyColour = {
  solid: '#5d6675',
  tint: 'rgba(102, 112, 133, 0.14)',
  line: '#98a2b3',
};

/** The colour of a family named in a list definition, or undefined for a family this build does not know. */
export function familyColour(family: string | undefined): FamilyColour | undefined {
  return family && Object.hasOwn(FAMILY_COLOURS, family) ? FAMILY_COLOURS[family as ListFamily] : undefined;
}
