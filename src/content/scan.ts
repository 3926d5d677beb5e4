// Scans units of the page in slices: collect runs, ask the worker for hits in batches, hand results to the renderer.
import type { MatchResult } from '../shared/messages.ts';
import { currentText, RunCollector, type Run } from './collect.ts';
import type { HostPool, Renderer } from './renderer.ts';

/** A part of the page to (re)scan: a whole subtree, or only a block's own inline text. */
export interface Unit {
  node: Node;
  directOnly: boolean;
}

/** Longest stretch of our own work before giving the main thread back (ms). */
export const SLICE_MS = 6;
/** Characters of page text per 'page/match' message. */
const BATCH_CHARS = 200_000;
/** Runs per message (the worker accepts at most 20,000). */
const BATCH_RUNS = 4_000;

/** Gives the main thread back: scheduler.yield where the browser has it, else a macrotask. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((r) => setTimeout(r, 0));
}

export interface ScanDeps {
  renderer: Renderer;
  signal: AbortSignal;
  match: (chunks: string[]) => Promise<MatchResult>;
  onShadowRoot: (root: ShadowRoot) => void;
  /** Called with each result's list version. */
  onListVersion: (v: number) => void;
}

function covers(units: Unit[]): (block: Node) => boolean {
  return (block) =>
    units.some((u) => (u.directOnly ? block === u.node : u.node.contains(block) || u.node === block));
}

/** Rescans `units`: old marks there are replaced by fresh ones; badges that stay in place are reused. */
export async function scanUnits(units: Unit[], d: ScanDeps): Promise<void> {
  const pool: HostPool = d.renderer.detach(covers(units));
  try {
    let batch: Run[] = [];
    let chars = 0;
    const queue = [...units];
    for (let u = queue.shift(); u; u = queue.shift()) {
      const c = new RunCollector(u.node, u.directOnly, (sr) => {
        d.onShadowRoot(sr);
        queue.push({ node: sr, directOnly: false });
        // A shadow root found on the way is rescanned whole: its old marks join the pool.
        for (const [id, hosts] of d.renderer.detach((b) => b === sr || sr.contains(b)))
          pool.set(id, [...(pool.get(id) ?? []), ...hosts]);
      });
      while (!c.isDone) {
        for (const run of c.next(performance.now() + SLICE_MS)) {
          batch.push(run);
          chars += run.text.length;
          if (chars >= BATCH_CHARS || batch.length >= BATCH_RUNS) {
            await matchAndDraw(batch, pool, d);
            batch = [];
            chars = 0;
          }
        }
        if (d.signal.aborted) return;
        if (!c.isDone) await yieldToMain();
      }
    }
    if (batch.length) await matchAndDraw(batch, pool, d);
  } finally {
    d.renderer.drain(pool);
  }
}

async function matchAndDraw(runs: Run[], pool: HostPool, d: ScanDeps): Promise<void> {
  // Line breaks in source text render as spaces; same-length replacement keeps every offset valid.
  const res = await d.match(runs.map((r) => r.text.replace(/[\n\r\t\f]/g, ' ')));
  if (d.signal.aborted) return;
  d.renderer.learn(res.entities, res.lists);
  d.onListVersion(res.listVersion);
  let deadline = performance.now() + SLICE_MS;
  for (let i = 0; i < runs.length; i++) {
    const hits = res.hits[i];
    const run = runs[i];
    if (!run || !hits || hits.length === 0) continue;
    // The page may have changed the text while the worker was matching: such runs are rescanned by the observer.
    if (currentText(run) !== run.text) continue;
    d.renderer.add({ run, hits, marks: [] }, pool);
    if (performance.now() > deadline) {
      await yieldToMain();
      if (d.signal.aborted) return;
      deadline = performance.now() + SLICE_MS;
    }
  }
}
