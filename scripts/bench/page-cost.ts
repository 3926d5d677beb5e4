// npm run bench -- --page: what the extension costs a page, measured against the same page without it in the same
// run. Two Chromium profiles stay open side by side (one with dist/ loaded, one with extensions disabled); each page
// is opened in both, alternately, for several rounds. Counters come from the DevTools protocol (Performance metrics
// in thread time, so time the thread was preempted on a busy machine is not counted), the heap after a forced
// garbage collection, and the page's own view (layout shift, where its last paragraph ends up, what it can find).
// Three more profiles load copies of dist/ with a stand-in content script, the floors any design of this kind pays:
// an empty script (what the browser charges a page for any extension with a content script on every site), one that
// only reads the page's text, and one that reads it and hands it to the worker in one message. The remainder over
// the empty script is what our script's work costs; the two reading floors show how much of it no design avoids.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import {
  CHROMIUM,
  DIST,
  launchWithExtension,
  QUIET_CHROMIUM_ARGS,
  type ExtensionBrowser,
} from '../../test/e2e/fixtures.ts';
import { tabCosts, tabHits } from '../../test/e2e/extension-calls.ts';
import type { PageCosts } from '../../src/shared/messages.ts';
import { startServer } from '../../test/e2e/static-server.ts';
import { makePage, type BenchPage } from './page-gen.ts';
import { median } from './runs.ts';

const ROUNDS = 3;
/** A page has settled when its main thread used less than this much time over the last second (ms). */
const QUIET_MS = 2;
const SETTLE_MAX_MS = 30_000;

interface Sample {
  taskMs: number;
  scriptMs: number;
  layoutStyleMs: number;
  heapMb: number;
  cls: number;
  lastTop: number;
  added: number;
  dataSl: number;
  highlights: number;
  adopted: number;
  shown: number | null;
  costs: PageCosts | null;
}

// Runs in the page's own world before its scripts: what a page could observe of a layout shift.
const OBSERVE_SHIFTS = `window.__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });`;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Waits until the page's main thread has been (almost) idle for a second. */
async function settle(cdp: CDPSession): Promise<void> {
  const seen: number[] = [];
  const until = Date.now() + SETTLE_MAX_MS;
  while (Date.now() < until) {
    seen.push((await metrics(cdp)).TaskDuration ?? 0);
    if (seen.length > 4 && (seen.at(-1)! - seen.at(-5)!) * 1000 < QUIET_MS) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function measure(ctx: BrowserContext, url: string, ext: ExtensionBrowser | null): Promise<Sample> {
  const page: Page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('HeapProfiler.collectGarbage');
  const m0 = await metrics(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await settle(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const m1 = await metrics(cdp);
  const side = await page.evaluate(() => {
    const w = window as unknown as { __cls: number };
    const last = document.getElementById('last')!.getBoundingClientRect();
    return {
      cls: w.__cls,
      lastTop: last.top + scrollY,
      added: document.querySelectorAll('body ~ *').length,
      dataSl: document.querySelectorAll('[data-sl-entity], [data-sl-text], [data-sl-confidence]').length,
      highlights: (CSS as unknown as { highlights?: { size: number } }).highlights?.size ?? 0,
      adopted: document.adoptedStyleSheets.length,
    };
  });
  const shown = ext ? (await tabHits(ext, page)).filter((h) => h.shown).length : null;
  const costs = ext ? await tabCosts(ext, page) : null;
  const d = (k: string) => ((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000;
  await page.close();
  return {
    taskMs: d('TaskDuration'),
    scriptMs: d('ScriptDuration'),
    layoutStyleMs: d('LayoutDuration') + d('RecalcStyleDuration'),
    heapMb: ((m1.JSHeapUsedSize ?? 0) - (m0.JSHeapUsedSize ?? 0)) / 1048576,
    shown,
    costs,
    ...side,
  };
}

async function launchPlain(): Promise<{ ctx: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'sl-bench-plain-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: ['--headless=new', ...QUIET_CHROMIUM_ARGS],
  });
  return { ctx, close: () => ctx.close().then(() => rm(profile, { recursive: true, force: true })) };
}

// The stand-in content scripts. Reading walks the text nodes as our collector does (a TreeWalker without a filter)
// and joins them; sending posts that text in one message, which the worker refuses as an unknown type.
const READ_TEXT = `const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let s = ''; for (let n = w.nextNode(); n; n = w.nextNode()) s += n.data + '\\n';`;
const FLOORS = [
  { label: 'empty cs', script: 'void 0;' },
  { label: 'read', script: `(() => { ${READ_TEXT} globalThis.read = s.length; })();` },
  {
    label: 'read+send',
    script: `(() => { ${READ_TEXT} chrome.runtime.sendMessage({ type: 'bench/floor', text: s }).catch(() => {}); })();`,
  },
];

/** dist/ with `script` as its content script, in a temporary folder. */
async function standInDist(script: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'sl-bench-floor-'));
  await cp(DIST, dir, { recursive: true });
  await writeFile(join(dir, 'src/content/index.js'), `${script}\n`);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

function report(p: BenchPage, without: Sample[], floors: Sample[][], withExt: Sample[]): void {
  const med = (xs: Sample[], k: keyof Sample) => median(xs.map((s) => Number(s[k] ?? 0)));
  const cols = (values: string[]) => values.map((v) => v.padStart(9)).join(' ');
  const row = (label: string, k: keyof Sample, fmt: (n: number) => string) => {
    const a = med(without, k);
    const f = floors.map((xs) => med(xs, k));
    const b = med(withExt, k);
    const ratio = a > 0 ? `×${(b / a).toFixed(2)}` : '';
    console.log(`  ${label.padEnd(26)} ${cols([a, ...f, b, b - a, b - f[0]!].map(fmt))} ${ratio}`);
  };
  console.log(
    `\n${p.name} (${(p.html.length / 1e6).toFixed(2)} MB, ${p.mentions} names), median of ${without.length} rounds`,
  );
  console.log(
    `  ${''.padEnd(26)} ${cols(['without', ...FLOORS.map((f) => f.label), 'with', 'added', 'over cs'])} ratio`,
  );
  row('main-thread time (ms)', 'taskMs', f1);
  row('  of which script (ms)', 'scriptMs', f1);
  row('  layout + style (ms)', 'layoutStyleMs', f1);
  row('JS heap (MB)', 'heapMb', f2);
  row('layout shift (CLS)', 'cls', (n) => n.toFixed(4));
  row('last paragraph at (px)', 'lastTop', f1);
  // Where our part goes, by phase (medians; layout and style are the browser's, from the row above).
  const phase = (k: keyof PageCosts) => median(withExt.map((s) => s.costs?.[k] ?? 0));
  console.log(
    `  our phases (ms, median): collect ${f1(phase('collectMs'))}, transfer ${f1(phase('transferMs'))}, ` +
      `draw ${f1(phase('drawMs'))}, position ${f1(phase('positionMs'))}, layout + style ${f1(med(withExt, 'layoutStyleMs') - med(without, 'layoutStyleMs'))}; ` +
      `match ${f1(phase('matchMs'))} on the worker's thread; ${phase('messages')} messages of ${(phase('chars') / 1000).toFixed(0)}k characters, ` +
      `answers after ${f1(phase('waitMs'))} in all (latency, the page's thread free meanwhile)`,
  );
  // The floors every reading design pays, against the page without any extension.
  const task = (xs: Sample[]) => med(xs, 'taskMs') - med(without, 'taskMs');
  console.log(
    `  floors over the page alone (ms): ${FLOORS.map((f, i) => `${f.label} ${f1(task(floors[i]!))}`).join(', ')}; ours ${f1(task(withExt))}`,
  );
  const w = withExt.at(-1)!;
  console.log(
    `  page side with the extension: ${w.added} element(s) after <body>, ${w.dataSl} data-sl attributes, ` +
      `${w.highlights} highlight(s), ${w.adopted} adopted sheet(s); hits shown ${w.shown}/${p.mentions}`,
  );
}

/** Opens each page with and without the extension, alternately, and prints medians, differences and ratios. */
export async function runPageBench(rounds = ROUNDS): Promise<void> {
  const pages = [
    makePage('5 MB page', 5_000_000, 40),
    makePage('200 KB page with names', 200_000, 20),
    makePage('200 KB page without names', 200_000, null),
  ];
  const server = await startServer(tmpdir());
  for (const p of pages)
    server.routes.set(`/${p.name.replace(/\W+/g, '-')}.html`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(p.html);
    });
  const ext = await launchWithExtension();
  const plain = await launchPlain();
  const floorDists = await Promise.all(FLOORS.map((f) => standInDist(f.script)));
  const floors = await Promise.all(floorDists.map((d) => launchWithExtension({ dist: d.dir })));
  const contexts = [ext.ctx, plain.ctx, ...floors.map((f) => f.ctx)];
  try {
    for (const ctx of contexts) await ctx.addInitScript(OBSERVE_SHIFTS);
    // Warm them all (the extension's worker loads its list on first use): not measured.
    for (const ctx of contexts) {
      const warm = await ctx.newPage();
      await warm.goto(`${server.origin}/${pages[1]!.name.replace(/\W+/g, '-')}.html`);
      await warm.close();
    }
    console.log(
      `\npage cost in Chromium ${ext.ctx.browser()?.version() ?? ''}: the same page without the extension, with ` +
        `stand-in content scripts (empty; reading the page's text; reading and sending it to the worker) and with ` +
        `the extension; "over cs" is what our script's work adds over the empty one`,
    );
    for (const p of pages) {
      const url = `${server.origin}/${p.name.replace(/\W+/g, '-')}.html`;
      const without: Sample[] = [];
      const withExt: Sample[] = [];
      const floorSamples: Sample[][] = FLOORS.map(() => []);
      for (let k = 0; k < rounds; k++) {
        without.push(await measure(plain.ctx, url, null));
        for (const [i, f] of floors.entries()) floorSamples[i]!.push(await measure(f.ctx, url, null));
        withExt.push(await measure(ext.ctx, url, ext));
      }
      report(p, without, floorSamples, withExt);
    }
  } finally {
    await ext.close();
    await plain.close();
    for (const f of floors) await f.close();
    for (const d of floorDists) await d.remove();
    await server.close();
  }
}
