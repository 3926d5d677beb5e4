import type { Feed } from '../list/format.ts';
import { sha256Hex } from './platform.ts';

/** A patch the manifest offers: from which release, where, and how big. */
export interface PatchRef {
  /** Version and feed.json SHA-256 of the release the patch applies to. */
  from: number;
  fromSha256: string;
  /** Address of the patch, relative to the manifest. */
  url: string;
  bytes: number;
}

/**
 * feed-manifest.json: what a static host serves next to feed.json so clients can check before downloading. It is
 * signed (feed-manifest.json.sig) when patches are offered. `full` and `patches` were added later: clients that do
 * not know them read the first five fields only and download feed.json as before.
 */
export interface FeedManifest {
  format: number;
  version: number;
  dataDate: string;
  /** Hex SHA-256 of the feed.json bytes: also the hash every patch's result must have. */
  sha256: string;
  bytes: number;
  /** File name of the full feed, relative to the manifest. */
  full?: string;
  patches?: PatchRef[];
}

/** Builds the manifest for feed bytes and the feed they hold. */
export async function buildManifest(
  feed: Feed,
  bytes: Uint8Array,
  extra: { full?: string; patches?: PatchRef[] } = {},
): Promise<FeedManifest> {
  return {
    format: feed.format,
    version: feed.version,
    dataDate: feed.dataDate,
    sha256: await sha256Hex(bytes),
    bytes: bytes.byteLength,
    ...extra,
  };
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Reads a manifest; returns null when it is not one (the client then downloads the full feed). */
export function parseManifest(raw: unknown): FeedManifest | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const m = raw as Record<string, unknown>;
  if (!Number.isSafeInteger(m.version) || typeof m.sha256 !== 'string' || !HEX64.test(m.sha256)) return null;
  const patches = Array.isArray(m.patches)
    ? m.patches.filter(
        (p): p is PatchRef =>
          !!p &&
          typeof p === 'object' &&
          Number.isSafeInteger((p as PatchRef).from) &&
          HEX64.test(String((p as PatchRef).fromSha256)) &&
          typeof (p as PatchRef).url === 'string' &&
          Number.isSafeInteger((p as PatchRef).bytes),
      )
    : [];
  return { ...(m as unknown as FeedManifest), patches };
}

/** The patch that applies to the list in use (matched by its feed hash), or null. */
export function patchFor(manifest: FeedManifest, currentSha256: string): PatchRef | null {
  return manifest.patches?.find((p) => p.fromSha256 === currentSha256) ?? null;
}

/** Where the manifest of a feed lives: `feed.json` → `feed-manifest.json` (as publish-feed writes it). */
export function manifestUrl(feedUrl: string): string {
  const url = new URL(feedUrl);
  url.pathname = url.pathname.replace(/(\.json)?$/, '-manifest.json');
  url.search = '';
  url.hash = '';
  return url.href;
}
