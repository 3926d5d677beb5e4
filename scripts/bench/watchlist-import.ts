// Watchlist import under page load, in headless Chromium with the built extension (dist/): a 5 MB CSV is chosen
// in the options page's file input while a tab's content script asks for matches every 20 ms. Prints the import
// time (file chosen → result shown, timed in the options page), when the tab's answers first flag a name of the
// new watchlist, and how long the tab's match requests waited before and during the import. Targets: import
// ≤ 2 s, no match request delayed by more than 100 ms.
import { writeFileSync } from 'node:fs';
import { launchWithExtension } from '../../test/e2e/fixtures.ts';
import { startServer } from '../../test/e2e/static-server.ts';
import { bigWatchlistCsv, bigWatchlistJson } from '../../test/e2e/watchlist-data.ts';
import {
  importThroughOptions,
  startProbe,
  summarize,
  waitUntilFlagged,
} from '../../test/e2e/watchlist-load.ts';
import { median } from './runs.ts';

const PAGE = '<!doctype html><meta charset="utf-8"><title>t</title><p>Cameras from Hikvision were sold.</p>';

/**
 * SL_TRACE_OUT=/dir/prefix writes a Chromium trace per run (`prefix-runN.json`, from the file's choice until the
 * names are flagged): tasks, V8 and GC events; with SL_TRACE_SAMPLES=1 CPU samples too (the sampler's own cost
 * shows in the trace).
 */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'disabled-by-default-v8.gc',
  ...(process.env.SL_TRACE_SAMPLES === '1' ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;

/** Runs the import bench `runs` times (a fresh browser each) and prints every run and the worst. */
export async function runWatchlistBench(runs = 3, format: 'csv' | 'json' = 'csv'): Promise<void> {
  const csv = format === 'json' ? bigWatchlistJson() : bigWatchlistCsv();
  const server = await startServer(process.cwd());
  server.routes.set('/page.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  console.log(
    `watchlist import in Chromium: ${(Buffer.byteLength(csv) / 1e6).toFixed(2)} MB ${format.toUpperCase()}, ` +
      `20000 rows; a tab sends page/match every 20 ms`,
  );
  let worstImport = 0;
  let worstDelay = 0;
  let worstFlagged = 0;
  try {
    for (let run = 1; run <= runs; run++) {
      const ext = await launchWithExtension();
      try {
        const page = await ext.ctx.newPage();
        await page.goto(`${server.origin}/page.html`);
        const probe = await startProbe(page);
        const traceOut = process.env.SL_TRACE_OUT;
        const chromium = ext.ctx.browser();
        if (traceOut && chromium) await chromium.startTracing(undefined, { categories: TRACE_CATEGORIES });
        const { t0, t1, status } = await importThroughOptions(ext, csv, `big.${format}`);
        await waitUntilFlagged(probe);
        if (traceOut && chromium) writeFileSync(`${traceOut}-run${run}.json`, await chromium.stopTracing());
        // A few more answers: the re-scan that follows the rebuild counts too.
        const after = (await probe.count()) + 10;
        while ((await probe.count()) < after) await new Promise((r) => setTimeout(r, 50));
        const { importMs, flaggedMs, during, before } = summarize(await probe.stop(), t0, t1);
        const max = Math.max(...during);
        worstImport = Math.max(worstImport, importMs);
        worstDelay = Math.max(worstDelay, max);
        worstFlagged = Math.max(worstFlagged, flaggedMs);
        console.log(
          `  run ${run}: import ${fmt(importMs)} (${status}), names flagged in the tab after ` +
            `${fmt(flaggedMs)}; page/match until then: ${during.length} requests, slowest ${fmt(max)}, ` +
            `median ${fmt(median(during))} (before: median ${fmt(median(before))})`,
        );
      } finally {
        await ext.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(
    `  worst of ${runs}: import ${fmt(worstImport)} (target ≤ 2000 ms), names flagged after ` +
      `${fmt(worstFlagged)}, slowest page/match ${fmt(worstDelay)} (target ≤ 100 ms)`,
  );
}
