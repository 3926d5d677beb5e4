// How fresh the list in use is, in terms a user can act on: the data date, its age in days, and whether to warn.

const DAY_MS = 86_400_000;
/** Data older than this many days gets a visible warning. */
export const STALE_AFTER_DAYS = 14;
/** This many failed checks in a row get a visible warning, whatever the data's age. */
export const WARN_AFTER_FAILURES = 3;

export interface Freshness {
  dataDate: string;
  /** Whole days from the data date to `now` (0 on the day itself; never negative). */
  ageDays: number;
  /** Why the user is warned: the data is old, the last checks failed, or both; empty = no warning. */
  warnings: ('old' | 'failing')[];
}

/** Whole days between a YYYY-MM-DD date (UTC midnight) and `now`; 0 for dates today or later, or unreadable. */
export function dataAgeDays(dataDate: string, now: number): number {
  const t = Date.parse(`${dataDate}T00:00:00Z`);
  if (!Number.isFinite(t)) return 0;
  return Math.max(0, Math.floor((now - t) / DAY_MS));
}

/** The list's freshness at `now`, given its data date and the number of consecutive failed checks. */
export function listFreshness(dataDate: string, failures: number, now: number): Freshness {
  const ageDays = dataAgeDays(dataDate, now);
  const warnings: Freshness['warnings'] = [];
  if (ageDays > STALE_AFTER_DAYS) warnings.push('old');
  if (failures >= WARN_AFTER_FAILURES) warnings.push('failing');
  return { dataDate, ageDays, warnings };
}

/** "22 Aug 2026" style date in the given locale (UTC, so the date is the one the data states). */
export function formatDataDate(dataDate: string, locale: string): string {
  const t = Date.parse(`${dataDate}T00:00:00Z`);
  if (!Number.isFinite(t)) return dataDate;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(t);
}

/** Where the list status says that updates fail, so it says it once. */
export type UpdateFailurePlace = 'outcome' | 'warning' | 'last-error' | null;

/**
 * The one place a failure is told: the outcome line of an "Update now" that just failed; else the repeated-failure
 * warning (which then carries the stored reason); else the stored last error; null when nothing failed.
 */
export function updateFailurePlace(f: {
  hasJustFailed: boolean;
  warnings: Freshness['warnings'];
  lastError: string | null;
}): UpdateFailurePlace {
  if (f.hasJustFailed) return 'outcome';
  if (f.warnings.includes('failing')) return 'warning';
  return f.lastError ? 'last-error' : null;
}
