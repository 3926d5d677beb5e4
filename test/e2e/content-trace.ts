// Reads a Chromium performance trace: the main-thread tasks of the page's renderer after a point in time, each with
// wall time and thread (CPU) time, and whether our content script ran JavaScript inside it.

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string } };
}

export interface TaskTime {
  startMs: number;
  wallMs: number;
  cpuMs: number;
  hasOurScript: boolean;
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
  const main = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X');
  const load = main.find((e) => e.name === 'MarkLoad' || e.name === 'MarkDOMContent');
  // Top-level tasks: 'RunTask' (scheduler) and 'ThreadControllerImpl::RunTask' nest; keep the outermost.
  const spans = main
    .filter(
      (e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= first.ts - 1,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const top: TraceEvent[] = [];
  for (const e of spans) {
    const last = top.at(-1);
    if (last && e.ts + (e.dur ?? 0) <= last.ts + (last.dur ?? 0)) continue;
    top.push(e);
  }
  const ourTimes = ours.filter((o) => o.pid === first.pid && o.tid === first.tid).map((o) => o.ts);
  const tasks = top.map((t) => {
    const end = t.ts + (t.dur ?? 0);
    const hasOurScript = ourTimes.some((ts) => ts >= t.ts && ts <= end);
    return {
      startMs: t.ts / 1000,
      wallMs: (t.dur ?? 0) / 1000,
      cpuMs: (t.tdur ?? t.dur ?? 0) / 1000,
      hasOurScript,
    };
  });
  return { tasks, loadAt: (load?.ts ?? 0) / 1000 };
}
