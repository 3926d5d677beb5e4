import { expect, test } from 'vitest';
import { createCoalescer } from './coalesce.ts';

/** A manual clock and timer queue. */
function harness(settleMs = 300, maxWaitMs = 2000) {
  let now = 0;
  let timers: { at: number; fn: () => void; live: boolean }[] = [];
  let runs = 0;
  const c = createCoalescer({
    settleMs,
    maxWaitMs,
    now: () => now,
    schedule: (fn, ms) => {
      const t = { at: now + ms, fn, live: true };
      timers.push(t);
      return () => void (t.live = false);
    },
    run: () => void (runs += 1),
  });
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = timers.filter((t) => t.live && t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      now = next.at;
      next.live = false;
      next.fn();
    }
    timers = timers.filter((t) => t.live);
    now = until;
  };
  return { c, advance, runs: () => runs };
}

test('300 history changes in a burst give one run', () => {
  const h = harness();
  for (let i = 0; i < 300; i++) {
    h.c.trigger();
    h.advance(1);
  }
  expect(h.runs()).toBe(0);
  h.advance(300);
  expect(h.runs()).toBe(1);
});

test('a storm that never settles still runs every maxWaitMs, not once per event', () => {
  const h = harness(300, 2000);
  for (let i = 0; i < 1000; i++) {
    h.c.trigger();
    h.advance(10);
  }
  expect(h.runs()).toBe(5);
});

test('events far apart each get their run; cancel drops a pending one', () => {
  const h = harness();
  h.c.trigger();
  h.advance(400);
  h.c.trigger();
  h.advance(400);
  expect(h.runs()).toBe(2);
  h.c.trigger();
  h.c.cancel();
  h.advance(1000);
  expect(h.runs()).toBe(2);
});
