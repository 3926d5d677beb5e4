// After an extension update: a bundled snapshot newer than the stored list replaces it (same one-transaction swap).
import { buildMatchIndex, serializeMatchIndex } from '../core/match/index.ts';
import { shouldReseed } from '../core/update/version-rule.ts';
import { commitList, sha256Hex } from './list-swap.ts';
import { dbSource, parseFeedBytes } from './list-store.ts';
import { getList, publishStatus, setList } from './service.ts';
import { loadSnapshot, log } from './env.ts';

export async function reseedIfSnapshotNewer(): Promise<void> {
  const current = await getList();
  if (!current.db) return;
  const bytes = await loadSnapshot();
  const feed = parseFeedBytes(bytes);
  if (!shouldReseed(feed.version, current.meta.version, Date.now())) return;
  const { extra, watchRev } = current;
  const index = buildMatchIndex([...feed.entries, ...extra]);
  const payload = {
    feed,
    feedHash: await sha256Hex(bytes),
    origin: 'snapshot' as const,
    sourceUrl: null,
    etag: null,
    lastModified: null,
  };
  const meta = await commitList(current.db, payload, serializeMatchIndex(index), undefined, watchRev);
  const entries = dbSource(current.db, extra);
  setList({ meta, index, entries, extra, watchRev, db: current.db, how: 'seeded', ms: 0 });
  log(`bundled snapshot v${feed.version} replaced stored list v${current.meta.version}`);
  await publishStatus();
}
