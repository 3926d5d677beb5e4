// Bounds a feed must keep beyond its shape: real dates, web addresses only, sane sizes, no bulky unknown fields, a
// version that is not from the future. A signed feed is still untrusted input (a leaked key, a compromised build).

/** Largest version a feed may carry: the `YYYYMMDDRR` scheme's last revision of 2100-12-31. */
export const MAX_FEED_VERSION = 2100_12_31_99;
/** Longest entry name, id, and other text field (official names stay under 400 characters). */
export const MAX_NAME_CHARS = 1_000;
export const MAX_ID_CHARS = 200;
export const MAX_TEXT_CHARS = 10_000;
export const MAX_URL_CHARS = 2_048;
/** Most names, listings and other list items one entry may carry. */
export const MAX_ITEMS = 1_000;
/** Largest unknown field kept (newer feeds may add small ones), as JSON characters. */
export const MAX_UNKNOWN_FIELD_CHARS = 16_384;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date `YYYY-MM-DD` between 1900 and 2100 (no 2023-02-29, no 9999-99-99). */
export function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** True for an absolute http(s) address without credentials, as the WHATWG URL parser reads it. */
export function isWebUrl(text: string): boolean {
  if (text.length > MAX_URL_CHARS) return false;
  try {
    const u = new URL(text);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * The largest version a feed may carry at `now` (ms): the version scheme (`YYYYMMDDRR`) of the next day, last
 * revision. A larger one would freeze updates: no real later feed could be newer.
 */
export function versionCeiling(now: number): number {
  const d = new Date(now + DAY_MS);
  const day = d.getUTCFullYear() * 10_000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
  return Math.min(day * 100 + 99, MAX_FEED_VERSION);
}

/** The first unknown field of `o` too large to keep, as `[key, JSON size]`, or null. */
export function bulkyUnknownField(
  o: Record<string, unknown>,
  known: ReadonlySet<string>,
): [string, number] | null {
  for (const key of Object.keys(o)) {
    if (known.has(key)) continue;
    const v = o[key];
    const size = typeof v === 'string' ? v.length : v === null || typeof v !== 'object' ? 0 : jsonSize(v);
    if (size > MAX_UNKNOWN_FIELD_CHARS) return [key, size];
  }
  return null;
}

function jsonSize(v: unknown): number {
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return Infinity;
  }
}
