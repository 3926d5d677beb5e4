// A 5 MB watchlist chosen in the options page while a tab keeps asking for matches: the file travels in pieces,
// the import finishes, the tab's answers keep coming throughout and soon flag the new names. Pieces that are out of
// order, oversized or sent by a page are refused with a clear error and change nothing. The timing targets (import
// ≤ 2 s, no answer delayed over 100 ms) are measured by `npm run bench -- --watchlist`. Here the 95th percentile
// and the slowest answer are bounded with room for a loaded 2-core machine (where wall times run 2-5 times those
// of an idle one): the percentile catches a run of long tasks (a whole-file parse, an index put in one task), the
// slowest answer a single long stall (an unsliced build held answers for seconds).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ExtensionBrowser } from './fixtures.ts';
import type { TestServer } from './static-server.ts';
import { openPage, setUp } from './content-helpers.ts';
import { sendFromContent, sendFromUi, sendRawFromUi } from './extension-calls.ts';
import { bigWatchlistCsv } from './watchlist-data.ts';
import { importThroughOptions, startProbe, summarize, waitUntilFlagged } from './watchlist-load.ts';

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  ({ browser, server } = await setUp());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a 5 MB watchlist imports through the options page while page matching keeps being answered', async () => {
  const page = await openPage(browser, `${server.origin}/content-basic.html`);
  const probe = await startProbe(page);
  const csv = bigWatchlistCsv();
  const { t0, t1, status, listText } = await importThroughOptions(browser, csv);
  expect(status).toBe('Watchlist added.');
  expect(listText).toContain('big.csv');
  await waitUntilFlagged(probe);
  const { importMs, flaggedMs, during } = summarize(await probe.stop(), t0, t1);
  const sorted = [...during].sort((a, b) => a - b);
  const slowest = sorted[sorted.length - 1] ?? NaN;
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const p95 = sorted[Math.ceil(sorted.length * 0.95) - 1] ?? NaN;
  console.log(
    `watchlist import: ${(csv.length / 1e6).toFixed(1)} MB in ${importMs.toFixed(0)} ms, flagged after ` +
      `${flaggedMs.toFixed(0)} ms; page/match meanwhile: ${during.length} answers, median ` +
      `${median.toFixed(0)} ms, 95th percentile ${p95.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms`,
  );
  const added = await sendFromUi(browser, 'watchlist/list');
  expect(added.ok && added.value.map((w) => w.entryCount)).toEqual([20_000]);
  // Answers keep coming (one every 20 ms plus its wait), nearly all of them quickly, none held for long. Seen on
  // an idle machine: median about 10 ms, slowest under 100 ms; on a loaded one up to 2-5 times that.
  expect(during.length).toBeGreaterThanOrEqual(Math.min(10, flaggedMs / 200));
  expect(median).toBeLessThan(50);
  expect(p95).toBeLessThan(200);
  expect(slowest).toBeLessThan(400);
  await page.close();
}, 180_000);

test('pieces out of order, oversized or from a page are refused with a clear error, and nothing is added', async () => {
  const listed = async () => {
    const r = await sendFromUi(browser, 'watchlist/list');
    return r.ok ? r.value.map((w) => w.id).sort() : r.error;
  };
  const before = await listed();
  const piece = (seq: number, text: string) => ({ importId: 'e2e-import-1', seq, text });
  expect(await sendRawFromUi(browser, 'watchlist/upload', piece(1, 'name\n'))).toEqual({
    ok: false,
    error: expect.stringContaining('piece 1 without piece 0'),
  });
  expect(await sendRawFromUi(browser, 'watchlist/upload', piece(0, 'x'.repeat(300 * 1024)))).toEqual({
    ok: false,
    error: expect.stringContaining('at most 262144 characters'),
  });
  expect(await sendRawFromUi(browser, 'watchlist/upload', piece(0, 'name\nAcme Widgets\n'))).toEqual({
    ok: true,
    value: { received: 18 },
  });
  const finish = { type: 'upload', fileName: 'short.csv', importId: 'e2e-import-1', pieces: 2 } as const;
  expect(await sendFromUi(browser, 'watchlist/add', finish)).toEqual({
    ok: false,
    error: expect.stringContaining('1 of 2 pieces arrived'),
  });
  const page = await openPage(browser, `${server.origin}/content-basic.html`);
  const fromPage = await sendFromContent(page, 'watchlist/upload', piece(0, 'name\nAcme\n'));
  expect(fromPage.ok).toBe(false);
  await page.close();
  expect(await listed()).toEqual(before);
}, 60_000);
