// The user's and the organisation's own watchlists: imported files, and URLs (from settings or policy) fetched with
// each update. Their entries join the match index; a change makes open tabs re-scan.
import type { WatchlistAddRequest, WatchlistAddResult, WatchlistInfo } from '../shared/messages.ts';
import { planWatchlistImportSteps, rekeyWatchlistSteps, watchlistSteps } from '../core/update/watchlist.ts';
import type { PackedEntries } from '../core/update/packed-entries.ts';
import { checkListUrl } from '../core/update/url-rules.ts';
import { describeFailure } from '../core/update/failure.ts';
import type { ListDB, StoredWatchlist } from './list-db.ts';
import { fetchCapped } from './fetch-capped.ts';
import { dbSource, readWatchlistEntries } from './list-store.ts';
import { deleteWatchlist, entriesOf, entryCountOf, saveWatchlist, watchIndexFor } from './watchlist-store.ts';
import { inSlices } from './slices.ts';
import { sha256Hex } from '../core/feed/platform.ts';
import { effectiveSettings, updateWorkerSettings } from './worker-settings.ts';
import { log } from './worker-log.ts';
import { exclusive, getList, setList } from './list-cache.ts';
import { notifyTabs, publishStatus } from './list-status.ts';
import { asObject, asString } from './validate.ts';
import {
  acceptChunk,
  MAX_UPLOAD_CHUNK,
  takeUpload,
  type UploadChunk,
  type Uploads,
} from '../core/update/upload.ts';

export const MAX_WATCHLIST_BYTES = 5_000_000;

export function asWatchlistAdd(body: unknown): WatchlistAddRequest {
  const o = asObject(body);
  if (o.type === 'url') return { type: 'url', url: asString(o.url, 'url', 2000) };
  if (o.type === 'upload') {
    const { pieces } = o;
    if (typeof pieces !== 'number' || !Number.isSafeInteger(pieces) || pieces < 1 || pieces > MAX_PIECES)
      throw new Error(`pieces must be a whole number from 1 to ${MAX_PIECES}`);
    return {
      type: 'upload',
      fileName: asString(o.fileName, 'fileName', 300),
      importId: asString(o.importId, 'importId', 64),
      pieces,
    };
  }
  if (o.type === 'file')
    return {
      type: 'file',
      fileName: asString(o.fileName, 'fileName', 300),
      text: asString(o.text, 'text', MAX_WATCHLIST_BYTES),
    };
  throw new Error('type must be "url", "file" or "upload"');
}

/** Imports under way (see core/update/upload.ts): pieces are kept in memory until the add that finishes them. */
const uploads: Uploads = new Map();
const MAX_PIECES = Math.ceil(MAX_WATCHLIST_BYTES / MAX_UPLOAD_CHUNK);

/** Takes one piece of a file to import; answers the characters received so far. */
export function receiveUpload(chunk: UploadChunk): { received: number } {
  return { received: acceptChunk(uploads, chunk, Date.now(), MAX_WATCHLIST_BYTES) };
}

async function listDb(): Promise<ListDB> {
  const { db } = await getList();
  if (!db) throw new Error('the list database is not available');
  return db;
}

async function toInfo(w: StoredWatchlist): Promise<WatchlistInfo> {
  const eff = await effectiveSettings();
  const isManaged =
    w.source.type === 'url' &&
    eff.locked.includes('watchlistUrls') &&
    eff.settings.watchlistUrls.includes(w.source.url);
  const { id, name, source, updatedAt, lastError } = w;
  return { id, name, source, entryCount: entryCountOf(w), updatedAt, lastError, isManaged };
}

/** Rebuilds the watchlists' match index (the list's stays as it is) and makes open tabs re-scan. */
async function reindex(db: ListDB, known?: Map<string, PackedEntries>): Promise<void> {
  const list = await getList();
  const { extra, watchRev } = await readWatchlistEntries(db, undefined, known);
  const watchIndex = await watchIndexFor(db, extra, watchRev, log, false);
  setList({ ...list, watchIndex, extra, watchRev, entries: dbSource(db, extra) });
  await notifyTabs();
  await publishStatus();
}

/** Parses a watchlist in slices of a few ms, so page matching from other tabs is answered in between. */
function parseInSlices(text: string, fileName: string, id: string): Promise<PackedEntries> {
  return inSlices(watchlistSteps(text, fileName, id));
}

function urlName(url: string): string {
  const u = new URL(url);
  return `${u.hostname}${u.pathname === '/' ? '' : u.pathname}`;
}

async function fetchOne(db: ListDB, url: string, prev: StoredWatchlist | undefined): Promise<boolean> {
  const id = prev?.id ?? `u-${(await sha256Hex(new TextEncoder().encode(url))).slice(0, 12)}`;
  const base: StoredWatchlist = prev ?? {
    id,
    name: urlName(url),
    source: { type: 'url', url },
    entries: [],
    updatedAt: null,
    lastError: null,
    etag: null,
    lastModified: null,
  };
  const got = await fetchCapped((u, init) => fetch(u, init), {
    url,
    maxBytes: MAX_WATCHLIST_BYTES,
    timeoutMs: 30_000,
    etag: base.etag,
    lastModified: base.lastModified,
  });
  let next: StoredWatchlist;
  if (got.kind === 'not-modified') next = { ...base, lastError: null };
  else if (got.kind === 'failed') next = { ...base, lastError: describeFailure(got.failure) };
  else {
    try {
      const entries = await parseInSlices(new TextDecoder().decode(got.bytes), urlName(url), id);
      const fields = { etag: got.etag, lastModified: got.lastModified };
      const saved = await saveWatchlist(
        db,
        { ...base, updatedAt: Date.now(), lastError: null, ...fields },
        entries,
      );
      return saved.updatedAt !== base.updatedAt || !prev;
    } catch (err) {
      next = { ...base, lastError: err instanceof Error ? err.message : String(err) };
    }
  }
  await db.put('watchlists', next);
  return next.updatedAt !== base.updatedAt || !prev;
}

/** Brings URL watchlists in line with settings (and policy): drops removed URLs, fetches the others. */
export async function syncUrlWatchlists(): Promise<void> {
  const db = await listDb();
  const urls = (await effectiveSettings()).settings.watchlistUrls.flatMap((u) => {
    const v = checkListUrl(u);
    return v.ok ? [v.url] : [];
  });
  const stored = await db.getAll('watchlists');
  let changed = false;
  for (const w of stored) {
    if (w.source.type === 'url' && !urls.includes(w.source.url)) {
      await deleteWatchlist(db, w.id);
      changed = true;
    }
  }
  for (const url of urls) {
    const prev = stored.find((w) => w.source.type === 'url' && w.source.url === url);
    if (await fetchOne(db, url, prev)) changed = true;
  }
  if (changed) await reindex(db);
}

export async function listWatchlists(): Promise<WatchlistInfo[]> {
  const all = await (await listDb()).getAll('watchlists');
  return Promise.all(all.map(toInfo));
}

async function addUrl(url: string): Promise<WatchlistAddResult> {
  const v = checkListUrl(url);
  if (!v.ok) throw new Error(v.reason);
  if ((await effectiveSettings()).locked.includes('watchlistUrls'))
    throw new Error('watchlist addresses are set by your organisation');
  await updateWorkerSettings((s) => ({ ...s, watchlistUrls: [...new Set([...s.watchlistUrls, v.url])] }));
  await exclusive(syncUrlWatchlists);
  const found = (await (await listDb()).getAll('watchlists')).find(
    (w) => w.source.type === 'url' && w.source.url === v.url,
  );
  if (!found) throw new Error('the watchlist could not be added');
  return { ...(await toInfo(found)), outcome: 'added' };
}

/**
 * Imports a file. The parse runs before waiting for the list lock, so a broken file is refused at once even while an
 * update or another import holds it. The same content imported again changes nothing; the same file name with other
 * content replaces the earlier import (keeping its id, so muted names stay muted). The answer comes once the
 * watchlist is stored: the watchlists' index (a second or two for 20,000 names) is rebuilt right after, queued
 * behind this work so later list work sees it, and open tabs re-scan when it is ready.
 */
async function addFile(fileName: string, text: string): Promise<WatchlistAddResult> {
  const newId = `f-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const parsed = await parseInSlices(text, fileName, newId);
  return exclusive(async () => {
    const db = await listDb();
    const files = (await db.getAll('watchlists')).filter((w) => w.source.type === 'file');
    // Only a watchlist with as many entries can hold the same content: only those are read back to compare.
    const imported = await Promise.all(
      files.map(async (w) => ({
        ...w,
        entries: entryCountOf(w) === parsed.length ? await entriesOf(db, w) : [],
      })),
    );
    const plan = await inSlices(planWatchlistImportSteps(fileName, parsed, imported));
    if (plan.kind === 'already-imported') {
      const existing = files.find((w) => w.id === plan.id)!;
      return { ...(await toInfo(existing)), outcome: plan.kind };
    }
    const id = plan.kind === 'replace' ? plan.id : newId;
    const entries = id === newId ? parsed : await inSlices(rekeyWatchlistSteps(parsed, newId, id));
    const rec = await saveWatchlist(
      db,
      {
        id,
        name: fileName,
        source: { type: 'file', fileName },
        updatedAt: Date.now(),
        lastError: null,
        etag: null,
        lastModified: null,
      },
      entries,
    );
    void exclusive(() => reindex(db, new Map([[id, entries]]))).catch((err: unknown) =>
      log(`watchlist index not rebuilt (${String(err)}); it is rebuilt at the next start`),
    );
    return { ...(await toInfo(rec)), outcome: plan.kind === 'replace' ? 'replaced' : 'added' };
  });
}

/**
 * Adds a watchlist from a file's text (sent whole or in pieces) or a URL. A file's names are flagged in open tabs
 * as soon as the watchlists' index is rebuilt, just after the answer.
 */
export async function addWatchlist(req: WatchlistAddRequest): Promise<WatchlistAddResult> {
  if (req.type === 'url') return addUrl(req.url);
  // The pieces are taken at once (a second add of the same import fails).
  const text = req.type === 'file' ? req.text : takeUpload(uploads, req.importId, req.pieces);
  return addFile(req.fileName, text);
}

/** Removes a watchlist; URL watchlists set by policy cannot be removed. */
export async function removeWatchlist(id: string): Promise<void> {
  const db = await listDb();
  const w = await db.get('watchlists', id);
  if (!w) return;
  if (w.source.type === 'url') {
    const url = w.source.url;
    if ((await toInfo(w)).isManaged) throw new Error('this watchlist is set by your organisation');
    await updateWorkerSettings((s) => ({ ...s, watchlistUrls: s.watchlistUrls.filter((u) => u !== url) }));
    await exclusive(syncUrlWatchlists);
    return;
  }
  await exclusive(async () => {
    await deleteWatchlist(db, id);
    await reindex(db);
  });
}
