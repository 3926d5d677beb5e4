// A 5 MB page: our scan must never block the page's main thread for more than 16 ms at a time. Every main-thread
// task that runs our script is taken from a Chromium trace with its thread CPU time (content-trace.ts). Long tasks
// seen in the page by PerformanceObserver from the load event on are printed beside it (parsing is not ours).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST } from './fixtures.ts';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { badges, hits, patchSettings, setUp, waitFor } from './content-helpers.ts';
import { tasksAfterOurStart, type TaskTime } from './content-trace.ts';

let browser: ExtensionBrowser;
let server: TestServer;

const WORDS =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum'.split(
    ' ',
  );
const MENTION_EVERY = 40;

/** About 5 MB of paragraphs with inline markup; every 40th paragraph names Hikvision, the last names ZTE. */
function bigPage(): { html: string; mentions: number } {
  let seed = 7;
  const word = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return WORDS[seed % WORDS.length];
  };
  const parts: string[] = [];
  let size = 0;
  let mentions = 0;
  for (let i = 0; size < 5_000_000; i++) {
    const words = Array.from({ length: 90 }, word);
    words[20] = `<em>${words[20]}</em>`;
    words[50] = `<a href="#p${i}">${words[50]}</a>`;
    if (i % MENTION_EVERY === 0) {
      words[70] = 'Hikvision';
      mentions++;
    }
    const p = `<p id="p${i}">${words.join(' ')}.</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('<p id="last">The end: handsets from ZTE Corporation.</p>');
  mentions++;
  // The probe also burns 60 ms in a task of its own before load, once the observers are registered (long tasks are
  // only measured for tasks that start while one is): a control proving that long tasks are observed at all.
  const probe = `<script>
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
    window.__loaf = [];
    try {
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push({ start: e.startTime, duration: e.duration,
        scripts: e.scripts.map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker })) }); })
        .observe({ type: 'long-animation-frame', buffered: true });
    } catch {}
    setTimeout(() => { const until = performance.now() + 60; while (performance.now() < until) {} });
  </script>`;
  return {
    html: `<!doctype html><html><head><meta charset="utf-8"><title>5 MB</title>${probe}</head><body>${parts.join('')}</body></html>`,
    mentions,
  };
}

beforeAll(async () => {
  ({ browser, server } = await setUp());
  // Warm the worker (first start loads the list) so the timing is the scan's, not the install's.
  const warm = await browser.ctx.newPage();
  await warm.goto(`${server.origin}/content-basic.html`);
  await waitFor(async () => (await badges(browser, warm)).length > 0, 30_000, 'a first badge');
  await warm.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` while tracing for 4 s; returns the page's main-thread tasks from our script's first run on. */
async function traceTasks(path: string) {
  const page = await browser.ctx.newPage();
  const chromium = browser.ctx.browser()!;
  await chromium.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'],
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  const loadEnd = await page.evaluate(() => performance.now());
  // No polling while the trace records: every script task in it is then ours (the page runs none after load).
  await page.waitForTimeout(4_000);
  const traceBuf = await chromium.stopTracing();
  const out = process.env.SL_TRACE_OUT;
  if (out) (await import('node:fs')).writeFileSync(`${out}${path.replace(/\W/g, '-')}.json`, traceBuf);
  return { page, trace: tasksAfterOurStart(traceBuf, browser.extensionId), loadEnd };
}

/** Longest wall and CPU time among tasks that ran our script. */
function longestOfOurs(tasks: TaskTime[]): { count: number; wall: number; cpu: number } {
  const ours = tasks.filter((t) => t.hasOurScript);
  return {
    count: ours.length,
    wall: Math.max(0, ...ours.map((t) => t.wallMs)),
    cpu: Math.max(0, ...ours.map((t) => t.cpuMs)),
  };
}

test('scanning a 5 MB page: no task running our script takes over 16 ms of main-thread time', async () => {
  const { html, mentions } = bigPage();
  expect(html.length).toBeGreaterThan(5_000_000);
  server.routes.set(
    '/big.html',
    (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(html),
  );
  const { page, trace, loadEnd } = await traceTasks('/big.html');
  // Done when the last paragraph's name is flagged.
  await waitFor(
    async () => (await hits(browser, page)).some((h) => h.text === 'ZTE Corporation' && h.shown),
    60_000,
    'the last paragraph flagged',
  );
  const result = await page.evaluate((from) => {
    const w = window as unknown as {
      __long: { start: number; duration: number }[];
      __loaf: { start: number; duration: number; scripts: { url: string; duration: number }[] }[];
    };
    const ours = w.__loaf.flatMap((f) => f.scripts).filter((s) => s.url.startsWith('chrome-extension://'));
    return {
      control: Math.max(0, ...w.__long.filter((t) => t.start < from).map((t) => t.duration)),
      longAfterLoad: w.__long.filter((t) => t.start >= from).map((t) => Math.round(t.duration)),
      longestOurScript: Math.max(0, ...ours.map((s) => Math.round(s.duration))),
    };
  }, loadEnd);
  const ourTasks = trace.tasks.filter((t) => t.hasOurScript);
  const scanSpan = ourTasks.length ? ourTasks.at(-1)!.startMs - ourTasks[0]!.startMs : 0;
  const longestWall = Math.max(0, ...ourTasks.map((t) => t.wallMs));
  const longestCpu = Math.max(0, ...ourTasks.map((t) => t.cpuMs));
  const longestAny = Math.max(0, ...trace.tasks.filter((t) => t.startMs > trace.loadAt).map((t) => t.cpuMs));
  const clockFaults = trace.tasks.filter((t) => t.hadClockFault && t.wallMs > 1).length;
  console.log(
    `5 MB page (${mentions} mentions): our tasks ${ourTasks.length}, first to last ${Math.round(scanSpan)} ms; ` +
      `longest task running our script: ${longestWall.toFixed(1)} ms wall, ${longestCpu.toFixed(1)} ms CPU; ` +
      `longest task of any kind after load: ${longestAny.toFixed(1)} ms CPU; ` +
      `tasks over 1 ms with thread-clock faults (counted at wall time): ${clockFaults}; ` +
      `PerformanceObserver long tasks after load: [${result.longAfterLoad.join(', ')}]; ` +
      `longest script of ours in a long animation frame: ${result.longestOurScript} ms`,
  );
  expect(result.control).toBeGreaterThanOrEqual(60);
  expect(ourTasks.length).toBeGreaterThan(10);
  // Not asserted: long tasks are wall time, which on a busy 2-core machine includes time the thread was not running
  // at all (seen: a 202 ms long task of ours with 1.2 ms of thread CPU). The per-task CPU bound below is the test.
  expect(longestCpu).toBeLessThanOrEqual(16);
  const all = await hits(browser, page);
  expect(all.filter((h) => h.shown)).toHaveLength(mentions);
  // Only what is near the viewport is drawn: the first mention at the top of the page.
  expect(all.filter((h) => h.badgeRect).length).toBeLessThanOrEqual(2);
  await page.close();
});

const NAMES = ['Hikvision', 'Hytera', 'Dahua', 'ZTE Corporation', 'Huawei Technologies Co., Ltd.'];

test('a page dense with names: no task running our script takes over 16 ms', async () => {
  const parts = Array.from(
    { length: 1_500 },
    (_, i) => `<p>Item ${i}: equipment from <b>${NAMES[i % NAMES.length]}</b> was listed in the audit.</p>`,
  );
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>dense</title></head><body>${parts.join('\n')}</body></html>`;
  server.routes.set(
    '/dense.html',
    (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(html),
  );
  const { page, trace } = await traceTasks('/dense.html');
  const ours = longestOfOurs(trace.tasks);
  const marked = (await hits(browser, page)).filter((h) => h.shown).length;
  console.log(
    `dense page (${parts.length} mentions, ${marked} flagged): our tasks ${ours.count}; ` +
      `longest task running our script: ${ours.wall.toFixed(1)} ms wall, ${ours.cpu.toFixed(1)} ms CPU`,
  );
  expect(marked).toBe(parts.length);
  expect(ours.count).toBeGreaterThan(5);
  expect(ours.cpu).toBeLessThanOrEqual(16);
  // A settings change redraws every mark: also in slices.
  const chromium = browser.ctx.browser()!;
  await chromium.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'],
  });
  await patchSettings(browser, { badgesPerEntity: 1 });
  await page.waitForTimeout(3_000);
  const redrawBuf = await chromium.stopTracing();
  const out = process.env.SL_TRACE_OUT;
  if (out) (await import('node:fs')).writeFileSync(`${out}-redraw.json`, redrawBuf);
  const redraw = longestOfOurs(tasksAfterOurStart(redrawBuf, browser.extensionId).tasks);
  console.log(
    `dense page, settings change: our tasks ${redraw.count}; ` +
      `longest task running our script: ${redraw.wall.toFixed(1)} ms wall, ${redraw.cpu.toFixed(1)} ms CPU`,
  );
  // The first mention of each name (all near the top) keeps its badge.
  await expect.poll(async () => (await badges(browser, page)).length).toBe(NAMES.length);
  expect(redraw.count).toBeGreaterThan(0);
  expect(redraw.cpu).toBeLessThanOrEqual(16);
  await page.close();
});

test('every page compiles the content script: it carries no locale file (its strings come from the worker)', () => {
  const script = readFileSync(join(DIST, 'src/content/index.js'), 'utf8');
  for (const loc of ['en', 'zh_CN']) {
    const messages = JSON.parse(
      readFileSync(resolve(import.meta.dirname, `../../public/_locales/${loc}/messages.json`), 'utf8'),
    ) as Record<string, { message: string }>;
    const texts = Object.values(messages)
      .map((m) => m.message)
      .filter((t) => t.length >= (loc === 'en' ? 40 : 15));
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((t) => script.includes(t))).toEqual([]);
  }
});
