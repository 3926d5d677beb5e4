// The worker's one cache of the working list (the database is the truth) and the queue that runs list-changing
// work one piece at a time. Updates, the snapshot re-seed and watchlists all read and replace the list here.
import { loadList, type LoadedList } from './list-store.ts';
import { loadSnapshot } from './bundled-snapshot.ts';
import { log } from './worker-log.ts';

let listPromise: Promise<LoadedList> | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** Runs list-changing work one piece at a time (updates and watchlist changes both rebuild the index). */
export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** The working list, loaded (and seeded or repaired) on first use after each wake. */
export function getList(): Promise<LoadedList> {
  if (!listPromise) {
    listPromise = loadList({ loadSnapshot, now: () => performance.now(), log, onClosed: dropListCache });
    listPromise.then(
      (l) => log(`list v${l.meta.version} ${l.how} in ${Math.round(l.ms)} ms`),
      () => (listPromise = null),
    );
  }
  return listPromise;
}

/** Replaces the cached list after a successful swap. */
export function setList(list: LoadedList): void {
  listPromise = Promise.resolve(list);
}

/** Forgets the cached list so that the next use reloads it from the database. */
export function dropListCache(): void {
  listPromise = null;
}
