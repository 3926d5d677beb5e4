// Screenshots for docs/user-guide.md: a badge, an open card, the popup and the printable report, on a vendor page.
// Written to artifacts/guide/ on every run; `npm run guide-shots` writes them to docs/images/ for the guide.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { startServer, type TestServer } from './static-server.ts';
import { axNodes, clickAx, waitForBanner, waitForShownHit } from './content-helpers.ts';
import { openPopup } from './ui-helpers.ts';

declare const chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } };
const OUT = resolve(import.meta.dirname, '../..', process.env.GUIDE_SHOTS ?? 'artifacts/guide');
let ext: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, 'pages'));
  ext = await launchWithExtension({ args: ['--host-resolver-rules=MAP dahuasecurity.com 127.0.0.1'] });
  await mkdir(OUT, { recursive: true });
  // The worker's first start loads the list (seen near 20 s on a busy machine): done here, not inside the test.
  const warm = await ext.ctx.newPage();
  await warm.goto(`${server.origin}/content-basic.html`);
  await waitForShownHit(ext, warm, 45_000);
  await warm.close();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('badge, card, popup and report screenshots', async () => {
  const page = await ext.ctx.newPage();
  await page.setViewportSize({ width: 720, height: 520 });
  await page.goto(`http://dahuasecurity.com:${new URL(server.origin).port}/vendor-dahua.html`);
  await waitForShownHit(ext, page);
  const cdp = await ext.ctx.newCDPSession(page);
  await waitForBanner(cdp, page);
  await page.screenshot({ path: `${OUT}/badge.png` });
  await clickAx(page, cdp, 'button', /Hikvision.*Press Enter for details/);
  await expect.poll(async () => (await axNodes(cdp)).some((n) => n.role?.value === 'dialog')).toBe(true);
  await page.screenshot({ path: `${OUT}/card.png` });

  await page.bringToFront();
  const worker = await ext.worker();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id ?? -1);
  const popup = await openPopup(ext, { tabId, height: 600 });
  await popup.getByTestId('site-finding').waitFor();
  await popup.getByTestId('list-version').waitFor();
  await popup.screenshot({ path: `${OUT}/popup.png` });
  const [dl] = await Promise.all([
    popup.waitForEvent('download'),
    popup.locator('button[data-format="html"]').click(),
  ]);
  const report = await ext.ctx.newPage();
  await report.setViewportSize({ width: 720, height: 640 });
  await report.setContent(await readFile(await dl.path(), 'utf8'));
  await report.screenshot({ path: `${OUT}/report.png` });
  for (const f of ['badge', 'card', 'popup', 'report'])
    expect((await stat(`${OUT}/${f}.png`)).size).toBeGreaterThan(5_000);
});
