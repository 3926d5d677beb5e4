// What one list update needs from its caller: the database and the list in use, where to download from, the keys
// to trust, and the clock, randomness and fetch (injected so tests can drive every path).
import type { FetchFn } from './fetch-capped.ts';
import type { ListDB } from './list-db.ts';
import type { LoadedList } from './list-store.ts';
import type { Checkpoint } from './list-swap.ts';

export interface UpdaterDeps {
  db: ListDB;
  current: LoadedList;
  /** 'direct': the official sources only (the user's choice); otherwise the feed first (core/update/plan.ts). */
  mode?: 'feed' | 'direct';
  /** The feed set by settings or policy; '' for none. */
  feedUrl: string;
  /** The feed the build names; '' for none. */
  buildFeedUrl?: string;
  /** Direct-source addresses set by policy, by source id (official addresses otherwise). */
  directSourceUrls?: Record<string, string>;
  /** Pinned keys plus any the organisation's policy adds. */
  publicKeys: string[];
  intervalHours: number;
  fetch: FetchFn;
  now: () => number;
  random: () => number;
  /** Minutes east of UTC at a given time, for "retrying at 14:20". */
  tzOffsetMinutes: (ms: number) => number;
  checkpoint?: Checkpoint;
  maxBytes?: number;
  timeoutMs?: number;
}
