// Merges bursts of events into one run: a page that fires 300 history changes in a row gets one rescan, not 300.

export interface CoalesceDeps {
  /** Quiet time after the last event before the run starts. */
  settleMs: number;
  /** Longest an event waits for its run while events keep coming (a never-ending storm still gets rescans). */
  maxWaitMs: number;
  now: () => number;
  /** Starts a timer; returns its cancel function. */
  schedule: (fn: () => void, ms: number) => () => void;
  run: () => void;
}

export interface Coalescer {
  /** Notes one event: the run happens once the events settle, or at the latest maxWaitMs after the first. */
  trigger: () => void;
  /** Drops a pending run. */
  cancel: () => void;
}

export function createCoalescer(d: CoalesceDeps): Coalescer {
  let cancelTimer: (() => void) | null = null;
  let firstAt = 0;
  const fire = () => {
    cancelTimer = null;
    d.run();
  };
  return {
    trigger: () => {
      const now = d.now();
      if (cancelTimer) cancelTimer();
      else firstAt = now;
      const wait = Math.max(0, Math.min(d.settleMs, firstAt + d.maxWaitMs - now));
      cancelTimer = d.schedule(fire, wait);
    },
    cancel: () => {
      cancelTimer?.();
      cancelTimer = null;
    },
  };
}
