// Reads a Chromium performance trace: the main-thread tasks of the page's renderer after a point in time, each with
// wall time and thread (CPU) time, and whether our content script ran JavaScript inside it.
//
// Trace semantics relied on (Trace Event Format): 'X' (complete) events carry `ts` (start) and `dur` on the tracing
// clock, and `tts` / `tdur` on the thread's CPU clock, all in microseconds. Events of one thread (pid + tid) nest
// properly; 'RunTask' is the scheduler's top-level task and 'ThreadControllerImpl::RunTask' usually nests inside
// it, so only the outermost is kept. Our script is seen through 'FunctionCall' / 'EvaluateScript' events whose
// `args.data.url` is the content script's URL (TreeWalker filters, callbacks and the first evaluation), and through
// extension messages received on the page's main thread.

/** One event of a Chromium trace, as far as the page and worker trace readers use it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { url?: string; frame?: string; message?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

export interface TaskTime {
  startMs: number;
  wallMs: number;
  /** Thread CPU time, never more than wall time (see `cpuOf`). */
  cpuMs: number;
  /** The thread clock claimed more CPU than wall time for this task (a clock fault, not real work). */
  hadClockFault: boolean;
  hasOurScript: boolean;
}

/**
 * CPU time of one task. One thread cannot run longer than the wall time of the task, so a `tdur` above `dur` is a
 * thread-clock fault: on the 2-core VMs these tests run on, `tts` was seen to jump +84 ms between two FunctionCall
 * events 33 µs apart, giving a 6.5 ms task a `tdur` of 88 ms. Such a task is counted at its wall time, which bounds
 * its CPU time from above; `tdur` below `dur` is real (the thread was preempted) and is kept.
 */
function cpuOf(e: TraceEvent): number {
  const wall = e.dur ?? 0;
  return Math.min(e.tdur ?? wall, wall);
}

function isExtensionMessage(e: TraceEvent): boolean {
  return e.args?.chrome_mojo_event_info?.mojo_interface_tag?.startsWith('extensions.mojom.') ?? false;
}

/**
 * Top-level tasks on the renderer main thread that ran our content script (found by its chrome-extension:// URL),
 * from the first moment our script ran, until the trace ends. Times in ms.
 */
export function tasksAfterOurStart(buf: Buffer, extensionId: string): { tasks: TaskTime[]; loadAt: number } {
  const raw = JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  // The content script only: the worker (same URL prefix) runs in another process.
  const ourUrl = `chrome-extension://${extensionId}/src/content/`;
  const ours = events.filter((e) => e.args?.data?.url?.startsWith(ourUrl));
  const first = ours.reduce<TraceEvent | null>((a, e) => (!a || e.ts < a.ts ? e : a), null);
  if (!first) return { tasks: [], loadAt: 0 };
  const thread = events.filter((e) => e.pid === first.pid && e.tid === first.tid);
  // MarkLoad is an instant event ('I'), not a complete one.
  const load = thread.find((e) => e.name === 'MarkLoad');
  const spans = thread
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        // Also the task our first event sits in (it started before it).
        e.ts + (e.dur ?? 0) >= first.ts,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const top: TraceEvent[] = [];
  for (const e of spans) {
    const last = top.at(-1);
    if (last && e.ts + (e.dur ?? 0) <= last.ts + (last.dur ?? 0)) continue;
    top.push(e);
  }
  // Answers to our messages arrive as extension mojo messages and resolve promises: our code then runs in
  // microtasks of that task without any event naming our URL. The page itself receives no extension messages.
  // Likewise a slice resumed after scheduler.yield() runs in a 'RunYieldContinuation' task with no event naming our
  // URL; the measured pages never call scheduler.yield, so every such task is ours.
  const ourTimes = thread
    .filter(
      (e) =>
        e.args?.data?.url?.startsWith(ourUrl) ||
        (e.name === 'Receive mojo message' && isExtensionMessage(e)) ||
        e.name === 'RunYieldContinuation',
    )
    .map((o) => o.ts);
  const tasks = top.map((t) => {
    const end = t.ts + (t.dur ?? 0);
    return {
      startMs: t.ts / 1000,
      wallMs: (t.dur ?? 0) / 1000,
      cpuMs: cpuOf(t) / 1000,
      hadClockFault: (t.tdur ?? 0) > (t.dur ?? 0),
      hasOurScript: ourTimes.some((ts) => ts >= t.ts && ts <= end),
    };
  });
  return { tasks, loadAt: (load?.ts ?? 0) / 1000 };
}
