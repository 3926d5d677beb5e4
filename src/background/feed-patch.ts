// The feed's patch path: a signed manifest names patches from recent releases; the list in use gets the one made
// for its exact release, and the result must hash to the signed feed. Anything unexpected returns null and the
// caller downloads the full feed as before. A manifest that has not changed is one 304.
import { manifestUrl, parseManifest, patchFor } from '../core/feed/manifest.ts';
import { applyPatch } from '../core/feed/patch.ts';
import { sha256Hex, utf8Encode } from '../core/feed/platform.ts';
import { verifyFeedSignature } from '../core/feed/signature.ts';
import { MAX_FEED_BYTES } from '../core/feed/validate-feed.ts';
import { parseFeedBytes } from '../core/list/parse.ts';
import { serializeFeed } from '../core/list/serialize.ts';
import { signatureUrl } from '../core/update/url-rules.ts';
import { fetchCapped } from './fetch-capped.ts';
import type { UpdaterRecord } from './list-db.ts';
import { currentFeed, FETCH_TIMEOUT_MS, MAX_SIGNATURE_BYTES, type Obtained } from './list-download.ts';
import type { UpdaterDeps } from './update-deps.ts';

const MAX_MANIFEST_BYTES = 1_048_576;

async function get(deps: UpdaterDeps, url: string, maxBytes: number, v?: UpdaterRecord['manifest']) {
  return fetchCapped(deps.fetch, {
    url,
    maxBytes,
    timeoutMs: deps.timeoutMs ?? FETCH_TIMEOUT_MS,
    etag: v?.url === url ? v.etag : null,
    lastModified: v?.url === url ? v.lastModified : null,
  });
}

/**
 * Tries the patch path for `feedUrl`. Returns 'unchanged' (manifest 304 or naming the list in use), a verified
 * payload, or null to download the full feed. `rec.manifest` gets the manifest's validators.
 */
export async function obtainViaPatch(
  deps: UpdaterDeps,
  feedUrl: string,
  rec: UpdaterRecord,
  log: (msg: string) => void,
): Promise<Obtained | null> {
  const url = manifestUrl(feedUrl);
  const m = await get(deps, url, MAX_MANIFEST_BYTES, rec.manifest);
  if (m.kind === 'not-modified' && deps.current.meta.sourceUrl === feedUrl) return { kind: 'unchanged' };
  if (m.kind !== 'ok') return null;
  const sig = await get(deps, signatureUrl(url), MAX_SIGNATURE_BYTES);
  if (sig.kind !== 'ok') return null;
  const signature = new TextDecoder().decode(sig.bytes).trim();
  if (!(await verifyFeedSignature(m.bytes, signature, deps.publicKeys))) return null;
  let manifest;
  try {
    manifest = parseManifest(JSON.parse(new TextDecoder().decode(m.bytes)));
  } catch {
    return null;
  }
  if (!manifest) return null;
  const { current } = deps;
  const saveValidators = () => (rec.manifest = { url, etag: m.etag, lastModified: m.lastModified });
  if (manifest.sha256 === current.meta.feedHash && current.meta.sourceUrl === feedUrl) {
    saveValidators();
    return { kind: 'unchanged' };
  }
  const ref = patchFor(manifest, current.meta.feedHash);
  if (!ref) return null;
  const p = await get(deps, new URL(ref.url, url).href, MAX_FEED_BYTES);
  if (p.kind !== 'ok') return null;
  try {
    const result = applyPatch(await currentFeed(deps), JSON.parse(new TextDecoder().decode(p.bytes)));
    const bytes = utf8Encode(serializeFeed(result));
    const feedHash = await sha256Hex(bytes);
    if (feedHash !== manifest.sha256) {
      log(`patch from ${ref.from} did not give the signed feed; downloading it whole`);
      return null;
    }
    saveValidators();
    const feed = parseFeedBytes(bytes);
    log(`patch from ${ref.from} applied (${p.bytes.byteLength} bytes)`);
    return {
      kind: 'got',
      payload: { feed, feedHash, origin: 'feed', sourceUrl: feedUrl, etag: null, lastModified: null },
    };
  } catch (err) {
    log(`patch from ${ref.from} refused (${String(err)}); downloading the full feed`);
    return null;
  }
}
