// Refuses a new list that is implausibly smaller than the current one unless the publisher says why.

/** A drop of more than this share of entries is implausible for a routine update. */
export const MAX_ROUTINE_DROP = 0.2;
/** Drops up to this many entries are always plausible (small lists churn in whole numbers). */
export const ALWAYS_OK_DROP = 10;

export type ShrinkVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Checks an update that goes from `current` to `next` entries. Refuses an empty list, and a drop of more than 20 %
 * (and more than 10 entries), unless `shrinkReason` is a non-blank string. Growth is always fine.
 */
export function checkShrink(current: number, next: number, shrinkReason?: string): ShrinkVerdict {
  const explained = typeof shrinkReason === 'string' && shrinkReason.trim().length > 0;
  if (explained || next >= current) return { ok: true };
  const drop = current - next;
  if (next === 0)
    return { ok: false, reason: `the new list is empty (the current one has ${current} entries)` };
  if (drop > ALWAYS_OK_DROP && drop > current * MAX_ROUTINE_DROP) {
    return {
      ok: false,
      reason: `the new list has ${next} entries instead of ${current}, a drop the publisher did not explain`,
    };
  }
  return { ok: true };
}
