// npx tsx scripts/bench/worker-trace.ts <trace.json>…: reads traces written by `SL_TRACE_OUT=/dir/prefix npm run
// bench -- --watchlist` and prints, for every page/match answer that waited over 45 ms (the probe stamps them with
// console.timeStamp), what the extension's service worker thread did meanwhile: how long it ran tasks, and its
// tasks over 5 ms as wall/CPU ms with any garbage collection inside. Then every major collection of the worker over
// 30 ms with its costliest phases (CPU ms). A task whose wall time far exceeds its CPU time waited for a core.
//
// Trace semantics relied on (Trace Event Format): 'X' events carry `ts`/`dur` (wall) and `tts`/`tdur` (thread
// CPU) in microseconds; a thread's events nest, so its top-level tasks are the events not inside an earlier one.
import { readFileSync } from 'node:fs';
import type { TraceEvent } from '../../test/e2e/content-trace.ts';

const ms = (us: number | undefined): string => ((us ?? 0) / 1000).toFixed(0);
const end = (e: TraceEvent): number => e.ts + (e.dur ?? 0);

function workerEvents(events: TraceEvent[]): TraceEvent[] {
  const sw = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'ServiceWorker thread',
  );
  if (!sw) throw new Error('no service worker thread in this trace');
  return events
    .filter((e) => e.ph === 'X' && e.pid === sw.pid && e.tid === sw.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

function topLevel(events: TraceEvent[]): TraceEvent[] {
  const tops: TraceEvent[] = [];
  let until = -1;
  for (const e of events) {
    if (e.ts < until) continue;
    tops.push(e);
    until = end(e);
  }
  return tops;
}

const within = (events: TraceEvent[], t: TraceEvent) =>
  events.filter((e) => e !== t && e.ts >= t.ts && end(e) <= end(t) + 1);

function report(file: string): void {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const worker = workerEvents(events);
  const tasks = topLevel(worker);
  const slow = events.filter((e) => e.name === 'TimeStamp' && /^slow \d+$/.test(e.args?.data?.message ?? ''));
  console.log(`${file}: ${slow.length} answers over 45 ms`);
  for (const s of slow) {
    const waited = Number((s.args?.data?.message ?? '').slice(5)) * 1000;
    const [from, to] = [s.ts - waited, s.ts];
    const overlapping = tasks.filter((t) => t.ts < to && end(t) > from);
    const busy = overlapping.reduce((n, t) => n + Math.min(to, end(t)) - Math.max(from, t.ts), 0);
    const long = overlapping
      .filter((t) => (t.dur ?? 0) > 5000)
      .map((t) => {
        const gc = within(worker, t)
          .filter((e) => e.name === 'MajorGC' || e.name === 'MinorGC')
          .map((e) => `${e.name} ${ms(e.dur)}`);
        return `${ms(t.dur)}/${ms(t.tdur)}${gc.length ? ` [${gc.join(', ')}]` : ''}`;
      });
    console.log(
      `  waited ${ms(waited)} ms: worker ran tasks ${ms(busy)} ms; over 5 ms: ${long.join(' ') || '-'}`,
    );
  }
  for (const gc of worker.filter((e) => e.name === 'MajorGC' && (e.dur ?? 0) > 30000)) {
    const phases = within(worker, gc)
      .filter((e) => /^V8\.GC_(MC|HEAP)_/.test(e.name) && (e.tdur ?? 0) > 1000)
      .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
      .slice(0, 8)
      .map((e) => `${e.name.replace('V8.GC_', '')} ${((e.tdur ?? 0) / 1000).toFixed(1)}`);
    console.log(`  major GC ${ms(gc.dur)} ms wall, ${ms(gc.tdur)} ms CPU: ${phases.join(', ')}`);
  }
}

for (const file of process.argv.slice(2)) report(file);
