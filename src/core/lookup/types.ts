/** One candidate from a free-text lookup of a name against the list. */
export interface LookupResult {
  entityId: string;
  /** Display name of the entry. */
  name: string;
  /** The entry's name that scored best. */
  matchedName: string;
  /** 0..1; ≥ 0.85 is shown as a match, lower as "similar". */
  score: number;
  /** Plain-words reason in English, e.g. "exact name", "two letters swapped" (kept for automation). */
  reason: string;
  /** The reason as a code the UI words in its language (`letters` carries the count in `letterCount`). */
  reasonCode: LookupReason;
  letterCount?: number;
}

/** Why a lookup result scored as it did. */
export type LookupReason =
  | 'exact'
  | 'legal-form'
  | 'spacing'
  | 'transposed'
  | 'missing'
  | 'extra'
  | 'different'
  | 'letters'
  | 'name-starts'
  | 'more-words'
  | 'part-of-query';
