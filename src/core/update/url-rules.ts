// Which URLs the worker may download lists from.

export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

/**
 * Accepts HTTPS URLs, and plain HTTP only on 127.0.0.1 or localhost (tests and local hosting). Refuses other schemes,
 * URLs with a user name or password, and anything that does not parse. Returns the normalised URL.
 */
export function checkListUrl(raw: string): UrlVerdict {
  let url: URL;
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
