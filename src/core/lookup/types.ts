/** One candidate from a free-text lookup of a name against the list. */
export interface LookupResult {
  entityId: string;
  /** Display name of the entry. */
  name: string;
  /** The entry's name that scored best. */
  matchedName: string;
  /** 0..1; ≥ 0.85 is shown as a match, lower as "similar". */
  score: number;
  /** Plain-words reason, e.g. "exact alias", "one letter transposed". */
  reason: string;
}
