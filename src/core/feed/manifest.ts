import type { Feed } from '../list/format.ts';
import { sha256Hex } from './platform.ts';

/** feed-manifest.json: what a static host serves next to feed.json so clients can check before downloading. */
export interface FeedManifest {
  format: number;
  version: number;
  dataDate: string;
  /** Hex SHA-256 of the feed.json bytes. */
  sha256: string;
  bytes: number;
}

/** Builds the manifest for feed bytes and the feed they hold. */
export async function buildManifest(feed: Feed, bytes: Uint8Array): Promise<FeedManifest> {
  return {
    format: feed.format,
    version: feed.version,
    dataDate: feed.dataDate,
    sha256: await sha256Hex(bytes),
    bytes: bytes.byteLength,
  };
}
