// The data date of a downloaded official file, for files that do not state one inside.

/**
 * Newest of the servers' Last-Modified headers as an ISO date (YYYY-MM-DD), so that an unchanged file keeps its
 * date from one run to the next; `fallbackIso` (the download day) when no header parses.
 */
export function dataDateFromHeaders(
  lastModified: (string | null | undefined)[],
  fallbackIso: string,
): string {
  const times = lastModified.map((h) => (h ? Date.parse(h) : NaN)).filter((t) => Number.isFinite(t));
  if (times.length === 0) return fallbackIso.slice(0, 10);
  return new Date(Math.max(...times)).toISOString().slice(0, 10);
}
