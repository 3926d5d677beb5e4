// A watchlist import under page load, shared by the import spec and the import bench: a tab's content script asks
// for matches every 20 ms while a file is chosen in the options page. Times are epoch ms, taken in the pages.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';

/** One probe answer: when it was asked, how long it waited, whether it flagged a name of an imported watchlist. */
export type ProbeSample = [sentAt: number, waitMs: number, isFlagged: boolean];

/** Evaluates expressions in the content script's isolated world of `page` (as the content script). */
export async function contentWorld(page: Page): Promise<(expression: string) => Promise<unknown>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 30_000;
  let world: (typeof worlds)[number] | undefined;
  while (!(world = worlds.find((c) => c.auxData?.type === 'isolated'))) {
    if (Date.now() > deadline) throw new Error('the content script did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  const contextId = world.id;
  return async (expression) => {
    const r = await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    return r.result.value as unknown;
  };
}

/**
 * The probe: a `page/match` request every 20 ms with a listed name and one of the generated watchlist. An answer
 * that waited over 45 ms is stamped in the page's trace timeline (when one is recorded).
 */
const PROBE = `globalThis.__lat = []; globalThis.__stop = false; globalThis.__probe = (async () => {
  const chunks = ['Cameras from Hikvision were sold.', 'Parts came from Watchco 1234 Holdings Ltd.'];
  while (!globalThis.__stop) {
    const t = performance.timeOrigin + performance.now();
    const r = await chrome.runtime.sendMessage({ type: 'page/match', body: { chunks } });
    const isFlagged = !!r?.ok && r.value.hits.flat().some((h) => h.entityId.startsWith('wl-'));
    const waited = performance.timeOrigin + performance.now() - t;
    // Seen only in a trace (scripts/bench/worker-trace.ts lines it up with the worker's tasks).
    if (waited > 45) console.timeStamp('slow ' + Math.round(waited));
    globalThis.__lat.push([t, waited, isFlagged]);
    await new Promise((r) => setTimeout(r, 20));
  }
})(); true`;

export interface Probe {
  count: () => Promise<number>;
  isFlagged: () => Promise<boolean>;
  stop: () => Promise<ProbeSample[]>;
}

/** Starts the probe in `page`'s content world and waits for its first answers. */
export async function startProbe(page: Page): Promise<Probe> {
  const run = await contentWorld(page);
  await run(PROBE);
  const probe: Probe = {
    count: async () => (await run('globalThis.__lat.length')) as number,
    isFlagged: async () => (await run('globalThis.__lat.some((x) => x[2])')) as boolean,
    stop: async () =>
      (await run(
        'globalThis.__stop = true; globalThis.__probe.then(() => globalThis.__lat)',
      )) as ProbeSample[],
  };
  const deadline = Date.now() + 30_000;
  while ((await probe.count()) < 10) {
    if (Date.now() > deadline) throw new Error('page/match is not answered');
    await new Promise((r) => setTimeout(r, 50));
  }
  return probe;
}

/**
 * Chooses `csv` in the options page's file input; resolves with the times of the choice (t0) and of the new
 * watchlist showing in the list (t1), and the status line then.
 */
export async function importThroughOptions(
  ext: ExtensionBrowser,
  csv: string,
  fileName = 'big.csv',
): Promise<{ t0: number; t1: number; status: string; listText: string }> {
  const options = await ext.ctx.newPage();
  await options.goto(ext.extensionUrl('src/ui/options/index.html'));
  const input = options.locator('#watchlists input[type=file]');
  await input.waitFor({ state: 'attached' });
  // No named inner functions here: the bench runs through tsx, which wraps them in a helper the page lacks.
  await options.evaluate(() => {
    const w = globalThis as unknown as { __t0: number; __t1: Promise<number> };
    const list = '#watchlists [data-testid=watchlists] li';
    const before = document.querySelectorAll(list).length;
    const el = document.querySelector('#watchlists input[type=file]') as HTMLInputElement;
    el.addEventListener('change', () => (w.__t0 = performance.timeOrigin + performance.now()), {
      capture: true,
    });
    w.__t1 = new Promise((resolve) => {
      new MutationObserver((_m, obs) => {
        const failed = document.querySelector('#watchlists [role=status].error');
        if (document.querySelectorAll(list).length <= before && !failed) return;
        obs.disconnect();
        resolve(performance.timeOrigin + performance.now());
      }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  });
  // The file is chosen by its path, as a user's file is: sent as a buffer, its 5 MB went through the DevTools pipe
  // and held the browser's main thread (which routes the tab's requests) for about 180 ms, counted as a slow
  // answer although the extension had no part in it.
  const dir = await mkdtemp(join(tmpdir(), 'sl-import-'));
  const file = join(dir, fileName);
  await writeFile(file, csv);
  await input.setInputFiles(file);
  const t1 = await options.evaluate(() => (globalThis as unknown as { __t1: Promise<number> }).__t1);
  const t0 = await options.evaluate(() => (globalThis as unknown as { __t0: number }).__t0);
  const status = (await options.locator('#watchlists [role=status]').textContent()) ?? '';
  const listText = await options.getByTestId('watchlists').innerText();
  await options.close();
  await rm(dir, { recursive: true, force: true });
  return { t0, t1, status: status.trim(), listText };
}

/** Waits until the probe's answers flag an imported name (the index is rebuilt just after the import). */
export async function waitUntilFlagged(probe: Probe, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe.isFlagged())) {
    if (Date.now() > deadline) throw new Error('the imported names were never flagged');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface LoadSummary {
  importMs: number;
  /** From the file being chosen to the first answer that flags an imported name. */
  flaggedMs: number;
  /** Waits of the requests pending at any moment from the choice until the names were flagged. */
  during: number[];
  /** Waits of the requests sent before the choice. */
  before: number[];
}

export function summarize(samples: ProbeSample[], t0: number, t1: number): LoadSummary {
  const first = samples.find((x) => x[2]);
  const t2 = first ? first[0] + first[1] : t1;
  return {
    importMs: t1 - t0,
    flaggedMs: first ? t2 - t0 : NaN,
    during: samples.filter(([t, ms]) => t + ms >= t0 && t <= t2).map(([, ms]) => ms),
    before: samples.filter(([t]) => t < t0).map(([, ms]) => ms),
  };
}
