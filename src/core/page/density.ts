/**
 * Decides which mentions get a badge: the first `limit` mentions of each entity, in the order given; later ones
 * are drawn as highlights only. `counts` holds badges already drawn per entity and is updated in place.
 */
export function planBadges(
  entityIds: readonly string[],
  counts: Map<string, number>,
  limit: number,
): boolean[] {
  return entityIds.map((id) => {
    const n = counts.get(id) ?? 0;
    if (n >= limit) return false;
    counts.set(id, n + 1);
    return true;
  });
}
