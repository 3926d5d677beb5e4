// Scans units of the page in slices: collect runs, ask the worker for hits in batches, hand results to the renderer.
import type { MatchResult } from '../shared/messages.ts';
import type { PageCorroboration } from '../core/page/corroborate.ts';
import { currentText, locateRun, RunCollector, type CollectedRun } from './collect.ts';
import { addExchange, timed } from './costs.ts';
import { ensureStrings } from './text.ts';
import { asSent } from '../shared/match-transfer.ts';
import type { Renderer, RunRecord } from './renderer.ts';

/** A part of the page to (re)scan: a whole subtree, or only a block's own inline text. */
export interface Unit {
  node: Node;
  directOnly: boolean;
}

/**
 * Longest stretch of our own work before giving the main thread back (ms). Well under a 16 ms frame: a slice can
 * overrun by one step, a garbage collection or the thread being preempted on a busy machine.
 */
export const SLICE_MS = 5;
/**
 * Characters of page text per 'page/match' message. Chrome serialises a message and its answer inside the sending
 * and receiving tasks, so a message is kept to about a millisecond of that work. A batch travels as one string with
 * only the runs that have hits answered (shared/match-transfer.ts); on a 200 KB page without names, batches of
 * 120k characters cost the page no less in all than batches of 50k (measured within noise), but longer tasks.
 */
const BATCH_CHARS = 50_000;
/** Runs per message (the worker accepts at most 20,000): on a page dense with names, reading the answer (hits, entries, corroboration) took about 11 ms at 1,000 runs. */
const BATCH_RUNS = 400;

/** Gives the main thread back: scheduler.yield where the browser has it, else a macrotask. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((r) => setTimeout(r, 0));
}

/**
 * Gives the main thread back until the browser is idle: by then it has rendered, so style is clean again after our
 * writes and reading visibility costs no restyle inside our task. The time-out keeps busy pages moving.
 */
export function yieldUntilIdle(): Promise<void> {
  // A hidden tab does not render (nothing to wait for), and its idle callbacks and timers are throttled.
  if (typeof requestIdleCallback !== 'function' || document.visibilityState === 'hidden')
    return yieldToMain();
  return new Promise((r) => requestIdleCallback(() => r(), { timeout: 100 }));
}

export interface ScanDeps {
  renderer: Renderer;
  signal: AbortSignal;
  /** Hits for runs as sent (`asSent`): one list per run. */
  match: (texts: string[]) => Promise<MatchResult>;
  onShadowRoot: (root: ShadowRoot) => void;
  /** Called with each result's list version. */
  onListVersion: (v: number) => void;
  /** Weak forms shown when the page names the same entry strongly (see core/page/corroborate.ts). */
  corroboration: PageCorroboration;
}

/** Whether a block lies in one of `units`: one walk up its ancestors (not one `contains` per unit per block). */
function covers(units: Unit[]): (block: Node) => boolean {
  const direct = new Set(units.filter((u) => u.directOnly).map((u) => u.node));
  const whole = new Set(units.filter((u) => !u.directOnly).map((u) => u.node));
  return (block) => {
    if (direct.has(block)) return true;
    for (let n: Node | null = block; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null)
      if (whole.has(n)) return true;
    return false;
  };
}

/**
 * Rescans `units`: old marks there are replaced by fresh ones (old drawings stay until the new ones are in: no
 * flicker while the worker matches). Resolves true when a strong form found late corroborated weak forms drawn
 * earlier (the caller redraws: see `redrawAll`).
 */
export async function scanUnits(units: Unit[], d: ScanDeps): Promise<boolean> {
  let isLate = false;
  const old = d.renderer.detach(covers(units));
  try {
    let batch: CollectedRun[] = [];
    let chars = 0;
    const queue = [...units];
    // One slice may cover many small units (a burst of mutations): it ends at the deadline, not per unit.
    let deadline = performance.now() + SLICE_MS;
    for (let u = queue.shift(); u; u = queue.shift()) {
      const c = new RunCollector(u.node, u.directOnly, (sr) => {
        d.onShadowRoot(sr);
        queue.push({ node: sr, directOnly: false });
        // A shadow root found on the way is rescanned whole.
        old.push(...d.renderer.detach((b) => b === sr || sr.contains(b)));
      });
      while (!c.isDone) {
        if (performance.now() > deadline) {
          await yieldToMain();
          if (d.signal.aborted) return false;
          deadline = performance.now() + SLICE_MS;
        }
        for (const run of timed('collect', () => c.next(deadline))) {
          batch.push(run);
          chars += run.text.length;
          if (chars >= BATCH_CHARS || batch.length >= BATCH_RUNS) {
            isLate = (await matchAndDraw(batch, d)) || isLate;
            batch = [];
            chars = 0;
          }
        }
        if (d.signal.aborted) return false;
      }
    }
    if (batch.length) isLate = (await matchAndDraw(batch, d)) || isLate;
  } finally {
    d.renderer.release(old);
  }
  if (isLate)
    for (const records of d.renderer.records.values())
      for (const r of records) r.hits = d.corroboration.apply(r.hits);
  return isLate;
}

/** Redraws every record under the current settings (mutes, lists, density) in slices. */
export async function redrawAll(d: ScanDeps): Promise<void> {
  const records = [...d.renderer.records.values()].flat();
  // After a language change the new language's strings come first.
  if (records.length) await ensureStrings();
  if (d.signal.aborted) return;
  const old = d.renderer.detach();
  try {
    await drawSliced(
      records.map((r) => ({ ...r, marks: [] })),
      d,
    );
  } finally {
    d.renderer.release(old);
  }
}

/** Matches and draws a batch of runs; true when it corroborated an entry whose weak forms were seen earlier. */
async function matchAndDraw(runs: CollectedRun[], d: ScanDeps): Promise<boolean> {
  // A fresh task for the message: its serialisation does not pile onto a full collecting slice.
  await yieldToMain();
  if (d.signal.aborted) return false;
  const texts = runs.map((r) => asSent(r.text));
  const sent = performance.now();
  const answer = d.match(texts);
  const sendMs = performance.now() - sent;
  const res = await answer;
  addExchange(
    sendMs,
    performance.now() - sent,
    res.matchMs ?? 0,
    texts.reduce((n, t) => n + t.length, 0),
  );
  if (d.signal.aborted) return false;
  d.renderer.learn(res.entities, res.lists);
  d.onListVersion(res.listVersion);
  const isLate = d.corroboration.observe(res.hits.flat());
  const records: RunRecord[] = [];
  runs.forEach((collected, i) => {
    const hits = d.corroboration.apply(res.hits[i] ?? []);
    // A run whose text changed while the worker matched is left to the observer.
    const run = hits.length ? locateRun(collected) : null;
    if (run) records.push({ run, hits, marks: [] });
  });
  // Labels, tips and cards need the language's strings: fetched once, when there is first something to draw.
  if (records.length) await ensureStrings();
  if (d.signal.aborted) return isLate;
  await drawSliced(records, d);
  return isLate;
}

/** Adds records in slices; a record whose text changed while the worker matched is left to the observer. */
async function drawSliced(records: RunRecord[], d: ScanDeps): Promise<void> {
  let i = 0;
  while (i < records.length) {
    await yieldToMain();
    if (d.signal.aborted) return;
    const start = performance.now();
    while (i < records.length && performance.now() - start < SLICE_MS) {
      const r = records[i++]!;
      if (currentText(r.run) === r.run.text) timed('draw', () => d.renderer.add(r));
    }
  }
}
