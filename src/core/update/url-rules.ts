// Which URLs the worker may download lists from.

/** Longest list address accepted (a real one is a few hundred characters at most). */
export const MAX_URL_LENGTH = 2048;

export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Loopback hosts as the WHATWG URL parser writes them: every spelling of 127.0.0.1 (`0x7f000001`, `2130706433`,
 * `0177.0.0.1`, `127.1`, `%31%32%37.0.0.1`) reaches here as `127.0.0.1`, so the check is on the parsed host, never on
 * the text as typed.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Accepts HTTPS URLs, and plain HTTP only on the loopback host (tests and local hosting). Refuses other schemes,
 * URLs with a user name or password, and anything that does not parse. Returns the URL in its canonical form
 * (`http://0x7f000001/f` → `http://127.0.0.1/f`), which is what callers store and fetch.
 */
export function checkListUrl(raw: string): UrlVerdict {
  let url: URL;
  if (raw.length > MAX_URL_LENGTH) return { ok: false, reason: 'the address is too long' };
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: `"${raw}" is not a web address` };
  }
  if (url.username || url.password) return { ok: false, reason: 'list addresses may not contain a password' };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return { ok: true, url: url.href };
  if (url.protocol === 'http:')
    return { ok: false, reason: `${url.host} must be reached over HTTPS, not plain HTTP` };
  return { ok: false, reason: `${url.protocol.replace(':', '')} addresses are not allowed; use HTTPS` };
}

/** The signature file that goes with a feed: the feed URL plus `.sig` (query and fragment kept off). */
export function signatureUrl(feedUrl: string): string {
  const url = new URL(feedUrl);
  url.pathname += '.sig';
  return url.href;
}
