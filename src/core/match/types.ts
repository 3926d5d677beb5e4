/** How sure a hit is: exact legal name or listed alias, derived name, or weak/common-word name. */
export type Confidence = 'confirmed' | 'likely' | 'possible';

/** Ordered from most to least sure. */
export const CONFIDENCE_ORDER: readonly Confidence[] = ['confirmed', 'likely', 'possible'];

/** One hit in a string: [start, end) in UTF-16 code units of the input. */
export interface Hit {
  start: number;
  end: number;
  entityId: string;
  confidence: Confidence;
  /** The listed (or derived) name that matched, as stored in the entry. */
  name: string;
  /**
   * A weak form (acronym, short name, two-character form) left at `possible`: shown as `likely` when the page
   * corroborates it (the same entry's strong form elsewhere on the page; see core/page/corroborate.ts).
   */
  corroborable?: boolean;
}
