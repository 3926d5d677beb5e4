// After an extension update: a bundled snapshot newer than the stored list replaces it (same one-transaction swap).
import { serializeMatchIndex } from '../core/match/index.ts';
import { shouldReseed } from '../core/update/version-rule.ts';
import { sha256Hex } from '../core/feed/platform.ts';
import { parseFeedBytes } from '../core/list/parse.ts';
import { commitList } from './list-swap.ts';
import { buildIndexInSlices, dbSource } from './list-store.ts';
import { getList, setList } from './list-cache.ts';
import { publishStatus } from './list-status.ts';
import { loadSnapshot } from './bundled-snapshot.ts';
import { log } from './worker-log.ts';

export async function reseedIfSnapshotNewer(): Promise<void> {
  const current = await getList();
  if (!current.db) return;
  const bytes = await loadSnapshot();
  const feed = parseFeedBytes(bytes);
  if (!shouldReseed(feed.version, current.meta.version, Date.now())) return;
  const { extra, watchRev, watchIndex } = current;
  const index = await buildIndexInSlices(feed.entries);
  const payload = {
    feed,
    feedHash: await sha256Hex(bytes),
    origin: 'snapshot' as const,
    sourceUrl: null,
    etag: null,
    lastModified: null,
  };
  const meta = await commitList(current.db, payload, serializeMatchIndex(index));
  const entries = dbSource(current.db, extra);
  setList({ meta, index, watchIndex, entries, extra, watchRev, db: current.db, how: 'seeded', ms: 0 });
  log(`bundled snapshot v${feed.version} replaced stored list v${current.meta.version}`);
  await publishStatus();
}
