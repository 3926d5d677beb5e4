// Long parses written as generators that yield between slices of work, so glue can give the event loop back
// (page matching, messages) while a large untrusted file is read.

/** A piece of work that yields (nothing) between slices and returns its result at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every slice at once (Node, tests, the CLI). */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs slices until `sliceMs` have passed, then awaits `pause()` (a macrotask in the worker) before going on, so
 * other work waits at most about one slice. `now` is a millisecond clock.
 */
export async function runSteps<T>(
  steps: Steps<T>,
  pause: () => Promise<void>,
  now: () => number,
  sliceMs = 8,
): Promise<T> {
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - start >= sliceMs) {
      await pause();
      start = now();
    }
  }
}
