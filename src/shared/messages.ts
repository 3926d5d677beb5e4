// The one message protocol. Types only: the background serves `Protocol`, content scripts serve `TabProtocol`.
import type { Entry, ListDefinition, SourceProvenance } from '../core/list/format.ts';
import type { Hit, Confidence } from '../core/match/types.ts';
import type { LookupResult } from '../core/lookup/types.ts';
import type { UploadChunk } from '../core/update/upload.ts';
import type { LocaleMessages, UiLocale } from '../core/i18n/language.ts';

/** Who may call a handler. A message from a tab is `content`; one from an extension page is `ui`. */
export type Caller = 'content' | 'ui';

export interface MatchResult {
  /**
   * Hits per input chunk, in the chunk's offsets. For a packed request (`text`), only the runs with hits, in the
   * order of `runs` (see shared/match-transfer.ts).
   */
  hits: Hit[][];
  /** For a packed request: the index of the run each element of `hits` belongs to. */
  runs?: number[];
  /** Every entry referenced by a hit. */
  entities: Entry[];
  /** Every list definition referenced by those entries. */
  lists: ListDefinition[];
  listVersion: number;
  /** The worker's own time for this answer (ms): matching and reading the entries, not the message's transit. */
  matchMs?: number;
}

export interface SourceCount {
  id: string;
  records: number;
}

export interface ListStatus {
  version: number;
  dataDate: string;
  entryCount: number;
  /** Where the current list came from. */
  origin: 'snapshot' | 'feed' | 'direct';
  /** sha256 (hex) of the feed bytes the list came from. */
  feedHash: string;
  sources: SourceCount[];
  lastCheck: number | null;
  lastSuccess: number | null;
  /** Plain-words reason of the last failure; null after a success. */
  lastError: string | null;
  nextCheck: number | null;
  /** Failed checks in a row (0 after a success): three or more warn the user. */
  failures: number;
  /**
   * Direct mode: the official sources whose last check failed while the others were merged, one plain-words line
   * each naming the source ("UK Sanctions List (FCDO): …"). Empty when all are fine or the list came from a feed.
   */
  sourceErrors: string[];
}

export interface UpdateResult {
  ok: boolean;
  /** false when the server said 304 or the feed was not newer. */
  changed: boolean;
  version: number;
  error?: string;
}

/** Every list the current data carries, and where the data came from (options page, About). */
export interface ListCatalog {
  lists: ListDefinition[];
  sources: SourceProvenance[];
  /** Entries per list id. */
  counts: Record<string, number>;
}

/** A user's or organisation's own watchlist, as shown in the options page. */
export interface WatchlistInfo {
  id: string;
  name: string;
  /** A URL is re-fetched with each list update; a file was imported once. */
  source: { type: 'url'; url: string } | { type: 'file'; fileName: string };
  entryCount: number;
  updatedAt: number | null;
  /** Plain-words reason of the last failure (URL watchlists); null when fine. */
  lastError: string | null;
  /** Set by organisation policy (settings.watchlistUrls locked): cannot be removed in the UI. */
  isManaged: boolean;
}

/**
 * Adds a watchlist from a file's text (CSV or JSON, told apart by content and name), from a file sent before in
 * `pieces` pieces with 'watchlist/upload' (the options page's way: no message over 256 KB), or from a URL.
 */
export type WatchlistAddRequest =
  | { type: 'file'; fileName: string; text: string }
  | { type: 'upload'; fileName: string; importId: string; pieces: number }
  | { type: 'url'; url: string };

/**
 * The watchlist an add leaves in place: `added` (new), `replaced` (a file of the same name imported again with other
 * content) or `already-imported` (the same content was imported before: nothing changed, this is the earlier one).
 */
export interface WatchlistAddResult extends WatchlistInfo {
  outcome: 'added' | 'replaced' | 'already-imported';
}

export interface Protocol {
  /** Runs as an array (`chunks`), or packed into one string (`text`, see shared/match-transfer.ts). */
  'page/match': { req: { chunks: string[] } | { text: string }; res: MatchResult };
  'page/site-entity': { req: { hostname: string }; res: Entry | null };
  'page/hit-count': { req: { count: number }; res: void };
  /** The locale's messages (English filling gaps): the content script asks once it has something to draw. */
  'content/locale': { req: { locale: UiLocale }; res: LocaleMessages };
  'list/status': { req: void; res: ListStatus };
  'list/refresh': { req: void; res: UpdateResult };
  'lookup/search': { req: { query: string; limit?: number }; res: LookupResult[] };
  'entity/get': { req: { ids: string[] }; res: { entities: Entry[]; lists: ListDefinition[] } };
  'list/definitions': { req: void; res: ListCatalog };
  'watchlist/list': { req: void; res: WatchlistInfo[] };
  'watchlist/add': { req: WatchlistAddRequest; res: WatchlistAddResult };
  /** One piece of a file to import (see WatchlistAddRequest); answers the characters received so far. */
  'watchlist/upload': { req: UploadChunk; res: { received: number } };
  'watchlist/remove': { req: { id: string }; res: void };
}

/** One mention on a page, as reported to the popup and the evidence export. */
/** A rectangle in the page's viewport (client) coordinates, CSS pixels. */
export interface ClientBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One hit of the page (the `tab/hits` contract, docs/ui-controls.md). */
export interface PageHit {
  entityId: string;
  text: string;
  confidence: Confidence;
  /** Text around the hit (about 80 characters each side). */
  context: string;
  /** Shown under the current settings (listed in the popup, counted on the toolbar). */
  shown: boolean;
  /** Visible parts of the name as drawn in the page; null when not drawn (off-screen, hidden, not shown). */
  nameRects: ClientBox[] | null;
  /** The name's badge; null when it has none drawn. */
  badgeRect: ClientBox | null;
}

export interface PageHits {
  url: string;
  title: string;
  hostname: string;
  /** false when alerts are off for this site or paused. */
  isActive: boolean;
  listVersion: number;
  hits: PageHit[];
  /** The site itself belongs to this listed entity (the banner's finding; its entry is in `entities`). */
  site?: { entityId: string } | null;
  entities: Entry[];
  lists: ListDefinition[];
}

/** Messages the popup or background send to a tab's content script (top frame answers). */
export interface TabProtocol {
  /** The top frame answers (a body `{ frame }`, a URL or frame element id, asks that frame instead). */
  'tab/hits': { req: void; res: PageHits };
  'tab/rescan': { req: void; res: void };
  'tab/focus': { req: { entityId: string }; res: boolean };
  /** What the content script has spent in this frame so far, by phase (diagnostics; docs/ui-controls.md). */
  'tab/costs': { req: void; res: PageCosts };
}

/** Main-thread time (ms) the content script spent in a frame, by phase, and the work it did. */
export interface PageCosts {
  /** Walking the page and reading its text. */
  collectMs: number;
  /** Handing text to the browser's messaging (the synchronous part of each send: serialising the chunks). */
  transferMs: number;
  /** The worker's own time answering (its thread, not the page's). */
  matchMs: number;
  /** From each send to its answer, summed: latency, during which the page's thread is free. */
  waitMs: number;
  /** Bookkeeping of hits and writing marks and badges into the overlay. */
  drawMs: number;
  /** Reading the names' rects, visibility and room on their lines. */
  positionMs: number;
  messages: number;
  chars: number;
}
