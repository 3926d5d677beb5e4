// Which source an update uses: the signed feed when one is set, the official publishers directly when none is, and
// the official publishers as a fallback once the feed has been failing for a day.
import { checkListUrl } from './url-rules.ts';
import { directSourceUrl, isOfficialUrl, type DirectSource } from './direct-sources.ts';

/** How long the feed must have been failing before the official sources are read instead. */
export const FEED_FALLBACK_AFTER_MS = 24 * 3_600_000;

export interface PlanInput {
  /** The feed URL in effect (policy or settings); '' when none is set there. */
  feedUrl: string;
  /** The feed the build names (VITE_FEED_URL at build time); '' for builds without a feed host. */
  buildFeedUrl: string;
  /** Settings: read the official sources even when a feed is set. */
  useDirect: boolean;
  /** Since when the feed has failed without a success in between (epoch ms), or null. */
  feedFailingSince: number | null;
  now: number;
}

export interface UpdatePlan {
  /** The signed feed to try first, or null. */
  feedUrl: string | null;
  /** Whether the official sources are read (after the feed, when both are). */
  direct: 'always' | 'if-feed-fails' | 'never';
}

/** Decides the update's sources from settings, policy, the build's default and the feed's recent failures. */
export function planUpdate(p: PlanInput): UpdatePlan {
  const feedUrl = p.feedUrl || p.buildFeedUrl || null;
  if (!feedUrl || p.useDirect) return { feedUrl: null, direct: 'always' };
  const failingLong = p.feedFailingSince !== null && p.now - p.feedFailingSince >= FEED_FALLBACK_AFTER_MS;
  return { feedUrl, direct: failingLong ? 'if-feed-fails' : 'never' };
}

export type SourceAddress = { ok: true; url: string } | { ok: false; reason: string };

/**
 * The address a direct source is downloaded from: the official one, or the policy's. A policy address must still be
 * HTTPS (or loopback HTTP); an official one must be on the source's own hosts.
 */
export function directAddress(
  source: DirectSource,
  policyUrls: Readonly<Record<string, string>>,
): SourceAddress {
  const url = directSourceUrl(source, policyUrls);
  const checked = checkListUrl(url);
  if (!checked.ok) return checked;
  if (policyUrls[source.id] === undefined && !isOfficialUrl(source, checked.url))
    return { ok: false, reason: `${source.label}: ${url} is not on the publisher's host` };
  return checked;
}
