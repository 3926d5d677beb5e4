// What the content script spends, by phase, in this frame: read by `tab/costs` (the page bench prints it next to
// the layout and style time the browser reports). Adding up a few clock reads per slice costs nothing measurable.
import type { PageCosts } from '../shared/messages.ts';

export type CostPhase = 'collect' | 'transfer' | 'draw' | 'position';

const spent: PageCosts = {
  collectMs: 0,
  transferMs: 0,
  matchMs: 0,
  waitMs: 0,
  drawMs: 0,
  positionMs: 0,
  messages: 0,
  chars: 0,
};

const KEY: Record<CostPhase, 'collectMs' | 'transferMs' | 'drawMs' | 'positionMs'> = {
  collect: 'collectMs',
  transfer: 'transferMs',
  draw: 'drawMs',
  position: 'positionMs',
};

/** Runs `work`, adding its time to `phase`. */
export function timed<T>(phase: CostPhase, work: () => T): T {
  const t = performance.now();
  try {
    return work();
  } finally {
    spent[KEY[phase]] += performance.now() - t;
  }
}

/** One 'page/match' exchange: the synchronous send, the round trip, the worker's own time, the characters sent. */
export function addExchange(sendMs: number, roundTripMs: number, workerMs: number, chars: number): void {
  spent.transferMs += sendMs;
  spent.waitMs += roundTripMs;
  spent.matchMs += Math.max(0, workerMs);
  spent.messages += 1;
  spent.chars += chars;
}

export function pageCosts(): PageCosts {
  return { ...spent };
}
