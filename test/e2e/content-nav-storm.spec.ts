// A page that fires hundreds of history changes in a burst (replaceState + popstate) costs one rescan, not one per
// change. Rescans are counted in the worker (each sends `page/match` requests) and script CPU is read from CDP.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { openPage, setUp } from './content-helpers.ts';

let browser: ExtensionBrowser;
let server: TestServer;

/** About 400 KB of prose naming Hikvision now and then: a rescan of it takes real work. */
function page(): string {
  const para = (i: number) =>
    `<p>Paragraph ${i}: ${'the committee reviewed supply contracts and delivery schedules '.repeat(12)}${i % 20 === 0 ? 'with cameras from Hikvision' : ''}.</p>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>storm</title></head><body>${Array.from({ length: 500 }, (_, i) => para(i)).join('\n')}</body></html>`;
}

beforeAll(async () => {
  ({ browser, server } = await setUp());
  server.routes.set(
    '/storm',
    (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page()),
  );
  const sw = await browser.worker();
  // A second listener sees every message; it answers nothing, so the extension's own handler still replies.
  await sw.evaluate(() => {
    const g = globalThis as unknown as {
      __matchCalls: number;
      chrome: { runtime: { onMessage: { addListener: (fn: (m: { type?: string }) => void) => void } } };
    };
    g.__matchCalls = 0;
    g.chrome.runtime.onMessage.addListener((m: { type?: string }) => {
      if (m?.type === 'page/match') g.__matchCalls += 1;
    });
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const calls = async (): Promise<number> =>
  (await browser.worker()).evaluate(() => (globalThis as unknown as { __matchCalls: number }).__matchCalls);

/** Waits until no `page/match` request has come for a second, then returns the count. */
async function settled(): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await calls();
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBe(true);
  return last;
}

async function navigate(p: Page, times: number): Promise<void> {
  await p.evaluate((n) => {
    for (let i = 0; i < n; i++) {
      history.replaceState({}, '', `/storm?view=${Date.now()}-${i}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }
  }, times);
}

test('300 replaceState + popstate cost about one rescan', async () => {
  const p = await openPage(browser, `${server.origin}/storm`);
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Performance.enable');
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
  await settled();

  const c0 = await calls();
  const s0 = await scriptMs();
  await navigate(p, 1);
  await expect.poll(calls, { timeout: 10_000 }).toBeGreaterThan(c0);
  const one = (await settled()) - c0;
  const s1 = await scriptMs();

  await navigate(p, 300);
  const storm = (await settled()) - c0 - one;
  const s2 = await scriptMs();
  console.log(
    `navigation storm: 1 change → ${one} match requests, ${(s1 - s0).toFixed(0)} ms script; ` +
      `300 changes → ${storm} match requests, ${(s2 - s1).toFixed(0)} ms script`,
  );
  expect(one).toBeGreaterThan(0);
  expect(storm).toBeLessThanOrEqual(2 * one);
  await p.close();
}, 120_000);
