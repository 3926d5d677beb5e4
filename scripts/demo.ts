// `npm run demo`: serves the demo pages on 127.0.0.1 and opens Chromium with the built extension (dist/).
// With a display it opens a window and waits until you close it; without one (or with --headless) it visits each
// page headless, prints the hits read through the hit contract and saves screenshots under artifacts/demo/.
import { parseArgs } from 'node:util';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from '../test/e2e/fixtures.ts';
import { startServer } from '../test/e2e/static-server.ts';
import { waitFor } from '../test/e2e/content-helpers.ts';
import { tabHits } from '../test/e2e/extension-calls.ts';

const PAGES = ['news-article.html', 'vendor-catalogue.html'];
const OUT = resolve('artifacts/demo');

interface SeenHit {
  entity: string;
  text: string;
  confidence: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { headless: { type: 'boolean', default: false } } });
  const headless = values.headless || !process.env.DISPLAY;
  const server = await startServer(resolve('test/e2e/pages'));
  const browser = await launchWithExtension({ headless });
  console.log(`Demo pages on ${server.origin}; extension ${browser.extensionId} loaded.`);
  try {
    if (!headless) {
      for (const page of PAGES) await (await browser.ctx.newPage()).goto(`${server.origin}/${page}`);
      await (await browser.ctx.newPage()).goto(browser.extensionUrl('src/ui/options/index.html'));
      console.log(
        'Chromium is open: click a badge to see its card, the toolbar icon for the popup. Close it to end.',
      );
      await new Promise((done) => browser.ctx.on('close', done));
      return;
    }
    await mkdir(OUT, { recursive: true });
    for (const name of PAGES) {
      const page = await browser.ctx.newPage();
      await page.goto(`${server.origin}/${name}`);
      await waitFor(async () => (await tabHits(browser, page).catch(() => [])).length > 0, 15_000).catch(
        () => undefined,
      );
      await page.waitForTimeout(500); // let the last scan slice land
      const hits: SeenHit[] = (await tabHits(browser, page).catch(() => []))
        .filter((h) => h.shown)
        .map((h) => ({ entity: h.entityId, text: h.text, confidence: h.confidence }));
      console.log(`\n${name}: ${hits.length} badge(s)`);
      for (const h of hits) console.log(`  ${h.text.padEnd(40)} → ${h.entity} (${h.confidence})`);
      const shot = resolve(OUT, name.replace('.html', '.png'));
      await page.screenshot({ path: shot, fullPage: true });
      console.log(`  screenshot: ${shot}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
