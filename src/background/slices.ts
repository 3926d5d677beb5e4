// Long worker work in slices of a few ms with a task yield between them, so page matching from open tabs is
// answered meanwhile (see core/steps.ts).
import type { Entry } from '../core/list/format.ts';
import { buildMatchIndexSteps, type MatchIndex } from '../core/match/index.ts';
import { runSteps, type Steps } from '../core/steps.ts';

/** A task yield: lets queued messages (page matching) run. */
export const pause = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs stepped work, giving the event loop back whenever a slice has taken about 8 ms. */
export function inSlices<T>(steps: Steps<T>): Promise<T> {
  return runSteps(steps, pause, () => performance.now());
}

/** Builds the match index in slices, so pages are answered while a list or watchlist change rebuilds it. */
export function buildIndexInSlices(entries: Entry[]): Promise<MatchIndex> {
  return inSlices(buildMatchIndexSteps(entries));
}
