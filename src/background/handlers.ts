// Every background message: who may send it, how its body is re-validated, and what it does.
import type { Handlers } from '../shared/messaging.ts';
import type { MatchResult, Protocol } from '../shared/messages.ts';
import type { Entry, ListDefinition } from '../core/list/format.ts';
import { getListDefinition } from '../core/list/registry.ts';
import { WATCHLIST_LIST_ID } from '../core/update/watchlist.ts';
import { findMatchesWith } from '../core/match/index.ts';
import { lookupNameIn } from '../core/lookup/index.ts';
import { getList } from './list-cache.ts';
import { listStatus } from './list-status.ts';
import { updateNow } from './update-schedule.ts';
import { effectiveSettings } from './worker-settings.ts';
import { setHitCount } from './tab-badge.ts';
import { localeMessages } from '../shared/ui-locale.ts';
import {
  addWatchlist,
  listWatchlists,
  receiveUpload,
  removeWatchlist,
  asWatchlistAdd,
} from './watchlists.ts';
import { asUploadChunk } from '../core/update/upload.ts';
import { sparseHits, unpackRuns } from '../shared/match-transfer.ts';
import {
  asMatchRequest,
  asCount,
  asHostname,
  asIds,
  asLocale,
  asObject,
  asQuery,
  asString,
  noBody,
} from './validate.ts';

const WATCHLIST_DEF = getListDefinition(WATCHLIST_LIST_ID);

/** Definitions of the lists `entries` are on; the watchlist definition comes from the registry, not the feed. */
function listsFor(entries: Entry[], all: ListDefinition[]): ListDefinition[] {
  const used = new Set(entries.flatMap((e) => e.listings.map((l) => l.list)));
  const defs = all.filter((l) => used.has(l.id));
  if (used.has(WATCHLIST_LIST_ID) && WATCHLIST_DEF && !defs.some((d) => d.id === WATCHLIST_LIST_ID))
    defs.push(WATCHLIST_DEF);
  return defs;
}

/** An entry stays visible while at least one of its listings is on a list that is not turned off. */
function isShown(e: Entry, disabled: Set<string>): boolean {
  return disabled.size === 0 || e.listings.some((l) => !disabled.has(l.list));
}

async function match(chunks: string[], packed: boolean): Promise<MatchResult> {
  const list = await getList();
  const started = performance.now();
  const raw = chunks.map((c) => findMatchesWith(list.index, list.watchIndex, c));
  const ids = [...new Set(raw.flat().map((h) => h.entityId))];
  const disabled = new Set((await effectiveSettings()).settings.disabledLists);
  const entities = (await list.entries.get(ids)).filter((e) => isShown(e, disabled));
  const shown = new Set(entities.map((e) => e.id));
  const hits = raw.map((hits) => hits.filter((h) => shown.has(h.entityId)));
  return {
    ...(packed ? sparseHits(hits) : { hits }),
    entities,
    lists: listsFor(entities, list.meta.lists),
    listVersion: list.meta.version,
    matchMs: performance.now() - started,
  };
}

export const handlers: Handlers<Protocol> = {
  'page/match': {
    from: ['content'],
    validate: asMatchRequest,
    run: (body) => ('text' in body ? match(unpackRuns(body.text), true) : match(body.chunks, false)),
  },
  'page/site-entity': {
    from: ['content', 'ui'],
    validate: asHostname,
    run: async ({ hostname }) => {
      const owner = hostname ? await (await getList()).entries.byDomain(hostname) : null;
      const disabled = new Set((await effectiveSettings()).settings.disabledLists);
      return owner && isShown(owner, disabled) ? owner : null;
    },
  },
  'content/locale': {
    from: ['content'],
    validate: asLocale,
    run: ({ locale }) => localeMessages(locale),
  },
  'page/hit-count': {
    from: ['content'],
    validate: asCount,
    run: async ({ count }, sender) => {
      if (sender.tabId === undefined) throw new Error('hit counts come from tabs only');
      await setHitCount(sender.tabId, sender.frameId ?? 0, count);
    },
  },
  'list/status': { from: ['ui', 'content'], validate: noBody, run: () => listStatus() },
  'list/refresh': { from: ['ui'], validate: noBody, run: () => updateNow() },
  'lookup/search': {
    from: ['ui'],
    validate: asQuery,
    run: async ({ query, limit }) => {
      const { index, watchIndex } = await getList();
      return lookupNameIn(watchIndex ? [index, watchIndex] : [index], query, limit);
    },
  },
  'entity/get': {
    from: ['ui', 'content'],
    validate: asIds,
    run: async ({ ids }) => {
      const list = await getList();
      const entities = await list.entries.get(ids);
      return { entities, lists: listsFor(entities, list.meta.lists) };
    },
  },
  'list/definitions': {
    from: ['ui'],
    validate: noBody,
    run: async () => {
      const { meta } = await getList();
      return { lists: meta.lists, sources: meta.provenance ?? [], counts: meta.listCounts ?? {} };
    },
  },
  'watchlist/list': { from: ['ui'], validate: noBody, run: () => listWatchlists() },
  'watchlist/add': { from: ['ui'], validate: asWatchlistAdd, run: (req) => addWatchlist(req) },
  'watchlist/upload': { from: ['ui'], validate: asUploadChunk, run: (chunk) => receiveUpload(chunk) },
  'watchlist/remove': {
    from: ['ui'],
    validate: (b) => ({ id: asString(asObject(b).id, 'id', 200) }),
    run: ({ id }) => removeWatchlist(id),
  },
};
