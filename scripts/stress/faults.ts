// Fault injection at every step of the worker's database paths: a start on an empty disk, a start on a stored
// download with an imported watchlist, and an update that swaps in a newer list. Each run fails the k-th database
// operation (thrown or aborted, once, three times in a row, or for good), then a clean start checks that the newest
// good list and every watchlist are still there. Runs in Node on fake-indexeddb.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import {
  feedBytes,
  makeFeed,
  makeKey,
  testEntry,
  type TestKey,
  FILE_WATCHLIST as WATCHLIST,
} from '../../test/fixtures/make-feed.ts';
import { installFaults, type FaultInjector, type FaultKind } from '../../test/fixtures/idb-faults.ts';
import { buildMatchIndex, serializeMatchIndex } from '../../src/core/match/index.ts';
import { openListDb } from '../../src/background/list-db.ts';
import { loadList, type LoadedList, type StoreDeps } from '../../src/background/list-store.ts';
import { commitList } from '../../src/background/list-swap.ts';
import { runUpdate } from '../../src/background/list-updater.ts';

export interface FaultReport {
  runs: number;
  /** Runs in which a fault was actually injected (the rest ended before operation k). */
  injected: number;
  listsLost: number;
  watchlistsLost: number;
  /** Unhandled promise rejections seen while the runs went on. */
  unhandled: number;
  /** Runs whose own call rejected instead of ending with a working list or an update result. */
  crashes: number;
  examples: string[];
}

const SNAPSHOT = makeFeed(3, [testEntry('dji', 'SZ DJI Technology', ['dji.com'])]);
const STORED = makeFeed(7, [testEntry('dji', 'SZ DJI Technology'), testEntry('zte', 'ZTE Corporation')]);
const NEXT = makeFeed(8, [...STORED.entries.slice(0, 2), testEntry('new-co', 'Freshly Listed Robotics')]);
const FEED_URL = 'http://127.0.0.1:9/feed.json';

const deps: StoreDeps = {
  loadSnapshot: async () => feedBytes(SNAPSHOT),
  now: Date.now,
  log: () => undefined,
  sleep: async () => undefined,
};

async function storeDownloadAndWatchlist(): Promise<void> {
  const db = await openListDb();
  await db.put('watchlists', WATCHLIST);
  const payload = {
    feed: STORED,
    feedHash: 'h7',
    origin: 'feed' as const,
    sourceUrl: null,
    etag: null,
    lastModified: null,
  };
  await commitList(db, payload, serializeMatchIndex(buildMatchIndex(STORED.entries)));
  db.close();
}

/** After the fault: a clean start. Returns what was lost against what had been stored. */
async function audit(
  minVersion: number,
  hadWatchlist: boolean,
): Promise<{ list: boolean; watchlist: boolean }> {
  const list = await loadList(deps);
  try {
    const whole = list.db ? (await list.db.count('entries')) === list.meta.entryCount : false;
    const wl = list.db ? await list.db.get('watchlists', WATCHLIST.id) : undefined;
    return {
      list: list.meta.version < minVersion || !whole,
      watchlist: hadWatchlist && (!wl || wl.entries.length !== WATCHLIST.entries.length),
    };
  } finally {
    list.db?.close();
  }
}

type Path = 'first start' | 'start' | 'update';

interface Ctx {
  inj: FaultInjector;
  key: TestKey;
  signature: string;
}

/** One run of a path with the fault plan already set; returns the smallest version that must survive. */
async function runPath(path: Path, ctx: Ctx, arm: () => void): Promise<number> {
  if (path === 'first start') {
    arm();
    (await loadList(deps)).db?.close();
    return SNAPSHOT.version;
  }
  await storeDownloadAndWatchlist();
  if (path === 'start') {
    arm();
    (await loadList(deps)).db?.close();
    return STORED.version;
  }
  const current: LoadedList = await loadList(deps);
  arm();
  try {
    if (current.db) {
      await runUpdate({
        db: current.db,
        current,
        feedUrl: FEED_URL,
        publicKeys: [ctx.key.publicKey],
        intervalHours: 6,
        fetch: async (url) =>
          new Response(url.endsWith('.sig') ? ctx.signature : (feedBytes(NEXT) as BodyInit), { status: 200 }),
        now: Date.now,
        random: () => 0.5,
        tzOffsetMinutes: () => 0,
      });
    }
  } finally {
    current.db?.close();
  }
  return STORED.version;
}

/** How many database operations a path makes without faults (the steps to fail one by one). */
async function countOps(path: Path, ctx: Ctx): Promise<number> {
  globalThis.indexedDB = new IDBFactory();
  await runPath(path, ctx, () => ctx.inj.reset());
  return ctx.inj.ops;
}

export interface FaultOptions {
  /** Try every `stride`-th operation (1 = every step). */
  stride: number;
  kinds: FaultKind[];
  spans: number[];
}

export async function runFaultStress(o: FaultOptions): Promise<FaultReport> {
  const inj = installFaults();
  const key = await makeKey();
  const ctx: Ctx = { inj, key, signature: await key.sign(feedBytes(NEXT)) };
  const report: FaultReport = {
    runs: 0,
    injected: 0,
    listsLost: 0,
    watchlistsLost: 0,
    unhandled: 0,
    crashes: 0,
    examples: [],
  };
  const onUnhandled = (reason: unknown) => {
    report.unhandled += 1;
    if (report.examples.length < 10) report.examples.push(`unhandled rejection: ${String(reason)}`);
  };
  process.on('unhandledRejection', onUnhandled);
  const saved = globalThis.indexedDB;
  try {
    for (const path of ['first start', 'start', 'update'] as Path[]) {
      const steps = await countOps(path, ctx);
      for (let at = 0; at < steps; at += o.stride)
        for (const kind of o.kinds)
          for (const span of o.spans) {
            globalThis.indexedDB = new IDBFactory();
            inj.reset();
            report.runs += 1;
            const label = `${path}, operation ${at}, ${kind} ×${span}`;
            let minVersion = 0;
            try {
              minVersion = await runPath(path, ctx, () =>
                inj.reset({ at, span, kind, name: 'UnknownError' }),
              );
            } catch (err) {
              report.crashes += 1;
              if (report.examples.length < 10) report.examples.push(`${label}: rejected with ${String(err)}`);
              minVersion = path === 'first start' ? 0 : STORED.version;
            }
            if (inj.injected > 0) report.injected += 1;
            inj.reset();
            // Let aborted transactions settle before the clean start, as a restarted worker would.
            await new Promise((r) => setTimeout(r, 0));
            const lost = await audit(minVersion, path !== 'first start');
            if (lost.list) report.listsLost += 1;
            if (lost.watchlist) report.watchlistsLost += 1;
            if ((lost.list || lost.watchlist) && report.examples.length < 10)
              report.examples.push(`${label}: ${lost.list ? 'list' : 'watchlist'} lost`);
          }
    }
  } finally {
    await new Promise((r) => setTimeout(r, 0));
    process.off('unhandledRejection', onUnhandled);
    inj.uninstall();
    globalThis.indexedDB = saved;
  }
  return report;
}
