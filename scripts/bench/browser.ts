// In-browser variant of the bench: the matcher bundled with Vite into a page, run in headless Chromium
// (/usr/bin/chromium through playwright-core), served from 127.0.0.1. The page is cross-origin isolated, so
// performance.now() steps in microseconds rather than 0.1 ms, and the CPU time of the page's main thread is read
// through the DevTools protocol (Performance.getMetrics, ThreadTime), like the CPU time printed for Node.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { startServer, type TestServer } from '../../test/e2e/static-server.ts';
import type { PageInfo } from './browser-entry.ts';
import { hotFunctions } from './profile.ts';
import { median, SCAN_RUNS, WARM_CHARS } from './runs.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface BenchPage {
  prepare: (warmChars: number) => Promise<PageInfo>;
  scan: () => { ms: number; hits: number };
}

/** Bundles the page script like the extension build (minified), or readable for a profile. */
async function bundle(dir: string, minify: boolean): Promise<number> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify,
      target: 'es2022',
      lib: {
        entry: resolve(import.meta.dirname, 'browser-entry.ts'),
        formats: ['iife'],
        name: 'slBenchLib',
        fileName: () => 'bench.js',
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  return outputs.reduce((n, o) => n + ('code' in o ? o.code.length : 0), 0);
}

/** Serves the page with the headers that make it cross-origin isolated (finer performance.now()). */
function isolate(server: TestServer, path: string, body: string): void {
  server.routes.set(path, (_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(body);
  });
}

/** CPU time of the page's main thread in ms (DevTools Performance metrics, thread-ticks time domain). */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

/** Timed scans: wall-clock in the page and main-thread CPU time around each one. */
async function scanRuns(
  page: Page,
  cdp: CDPSession,
): Promise<{ wall: number[]; cpu: number[]; hits: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (let k = 0; k < SCAN_RUNS; k++) {
    const c0 = await threadMs(cdp);
    const r = await page.evaluate(() => (globalThis as unknown as { slBench: BenchPage }).slBench.scan());
    cpu.push((await threadMs(cdp)) - c0);
    wall.push(r.ms);
    hits = r.hits;
  }
  return { wall, cpu, hits };
}

/** Restore and scan timings in Chromium for the serialised index and the bench text. */
export async function runBrowserBench(buf: ArrayBuffer, text: string, profile = false): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sl-bench-'));
  const server = await startServer(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const bundleBytes = await bundle(dir, !profile);
    await writeFile(join(dir, 'index.bin'), new Uint8Array(buf));
    await writeFile(join(dir, 'text.json'), JSON.stringify(text));
    isolate(server, '/index.html', '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const info = await page.evaluate(
      (warm) => (globalThis as unknown as { slBench: BenchPage }).slBench.prepare(warm),
      WARM_CHARS,
    );
    if (profile) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
    const r = await scanRuns(page, cdp);
    const rate = (ms: number): string => (info.chars / 1e6 / (ms / 1000)).toFixed(1);
    console.log(`\nmatcher in Chromium (${browser.version()}), bundle ${bundleBytes} bytes`);
    console.log(
      `  timer          performance.now() step ${(info.timerStepMs * 1000).toFixed(1)} µs (cross-origin isolated: ${info.isolated})`,
    );
    console.log(`  restore        ${info.restoreMs.toFixed(4)} ms (median of 20 batches)`);
    console.log(
      `  scan runs      ${r.wall.map((ms) => ms.toFixed(0)).join(', ')} ms [cpu ${r.cpu.map((ms) => ms.toFixed(0)).join(', ')} ms]`,
    );
    console.log(
      `  scan           ${rate(median(r.wall))} MB/s [cpu ${rate(median(r.cpu))} MB/s] median of ${SCAN_RUNS}, best ${rate(Math.min(...r.wall))} MB/s (${info.chars} chars; ${r.hits} hits)`,
    );
    if (profile) hotFunctions((await cdp.send('Profiler.stop')).profile, 15);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
