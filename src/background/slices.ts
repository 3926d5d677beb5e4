// Long worker work in slices of a few ms with a task yield between them, so page matching from open tabs is
// answered meanwhile (see core/steps.ts).
import { buildMatchIndexSteps, type EntryList, type MatchIndex } from '../core/match/index.ts';
import { runSteps, type Steps } from '../core/steps.ts';

/** The Prioritized Task Scheduling API where the browser has it (Chrome 94+, in workers too). */
interface TaskScheduler {
  postTask: (task: () => void, options: { priority: 'background' }) => Promise<void>;
}
const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;

/**
 * A task yield: lets queued messages (page matching) run. The next slice is a background-priority task where the
 * browser schedules by priority, so a page/match request (or the storage read it waits for) that arrived during a
 * slice runs before it; a trace of a 5 MB import showed timer slices run ahead of requests queued before them.
 * Elsewhere a timer, which Chrome also delays by 4 ms once nested.
 */
export const pause = (): Promise<void> =>
  scheduler
    ? scheduler.postTask(() => undefined, { priority: 'background' })
    : new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs stepped work, giving the event loop back whenever a slice has taken about 8 ms. */
export function inSlices<T>(steps: Steps<T>): Promise<T> {
  return runSteps(steps, pause, () => performance.now());
}

/** Builds the match index in slices, so pages are answered while a list or watchlist change rebuilds it. */
export function buildIndexInSlices(entries: EntryList): Promise<MatchIndex> {
  return inSlices(buildMatchIndexSteps(entries));
}
