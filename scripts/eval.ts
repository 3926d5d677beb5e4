// npm run eval [-- --pages DIR] [--node]: loads the built extension (dist/, or SL_DIST) in Chromium, opens every
// labelled page on 127.0.0.1, reads the badges through the hit contract and prints recall, must-not-flag hits and
// hits on unlabelled text. --node skips the browser and runs the matcher on the pages' text (a fast check);
// with --feed FILE it matches against that feed instead of the bundled snapshot (e.g. a direct update's result).
// The default pages are ../shared/data/pages (outside the repository). --precision DIR instead measures false badges
// on ordinary text in Node, or with --browser through the extension (see eval/precision-run.ts; `npm run corpus`
// prepares the dev corpus).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Feed } from '../src/core/list/format.ts';
import { buildMatchIndex, findMatches } from '../src/core/match/index.ts';
import { corroborateHits } from '../src/core/page/corroborate.ts';
import { collectFlags } from './eval/collect.ts';
import { htmlToText } from './eval/html-text.ts';
import { scorePage, type Flag, type Labels, type PageScore } from './eval/score.ts';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: resolve(import.meta.dirname, '../../shared/data/pages') },
    node: { type: 'boolean' },
    // --node only: skip page-level corroboration (to measure what it adds).
    'no-corroboration': { type: 'boolean' },
    // --node only: score this feed file instead of the bundled snapshot.
    feed: { type: 'string' },
    precision: { type: 'string' },
    browser: { type: 'boolean' },
    labels: { type: 'string', default: resolve(import.meta.dirname, '../eval/precision-labels.json') },
    verbose: { type: 'boolean', short: 'v' },
  },
});
const PAGES = resolve(args.pages ?? '');

interface Page {
  file: string;
  labels: Labels;
}

function listPages(): Page[] {
  if (!existsSync(PAGES)) {
    console.error(
      `eval: ${PAGES} not found. Pass --pages DIR (labelled pages: NN-slug.html + NN-slug.json).`,
    );
    process.exit(1);
  }
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.html') && existsSync(join(PAGES, f.replace(/\.html$/, '.json'))))
    .sort()
    .map((file) => ({
      file,
      labels: JSON.parse(readFileSync(join(PAGES, file.replace(/\.html$/, '.json')), 'utf8')),
    }));
}

function nodeFlags(): (page: Page) => Promise<{ text: string; flags: Flag[] }> {
  const feed = JSON.parse(
    readFileSync(args.feed ?? resolve(import.meta.dirname, '../public/lists/snapshot.json'), 'utf8'),
  ) as Feed;
  const idx = buildMatchIndex(feed.entries);
  return async (page) => {
    const text = htmlToText(readFileSync(join(PAGES, page.file), 'utf8'));
    const hits = findMatches(idx, text);
    // As the content script does: weak forms of entries the page names strongly are shown.
    const flags = (args['no-corroboration'] ? hits : corroborateHits(hits))
      .filter((h) => h.confidence !== 'possible')
      .map((h) => ({
        entity: h.entityId,
        text: text.slice(h.start, h.end),
        confidence: h.confidence,
        start: h.start,
        end: h.end,
      }));
    return { text, flags };
  };
}

async function browserFlags(): Promise<
  [(page: Page) => Promise<{ text: string; flags: Flag[] }>, () => Promise<void>]
> {
  const { launchWithExtension } = await import('../test/e2e/fixtures.ts');
  const { tabHits } = await import('../test/e2e/extension-calls.ts');
  const { startServer } = await import('../test/e2e/static-server.ts');
  const server = await startServer(PAGES);
  server.routes.set(
    '/warm-up',
    (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Huawei</p>'),
  );
  const browser = await launchWithExtension();
  await browser.worker();
  const tab = await browser.ctx.newPage();
  // The worker builds its index from the bundled snapshot on install: wait until the warm-up page's name is
  // flagged (on a loaded machine that takes longer than any fixed pause) before the first labelled page.
  await tab.goto(`${server.origin}/warm-up`);
  const { waitFor } = await import('../test/e2e/content-helpers.ts');
  await waitFor(
    async () => (await tabHits(browser, tab).catch(() => [])).length > 0,
    120_000,
    'the warm-up hit',
  );
  const collect = async (page: Page) => {
    await tab.goto(`${server.origin}/${page.file}`, { waitUntil: 'load' });
    // Hits come in after idle-time scanning: wait until their count has been stable for 1.5 s (4 s if none).
    let last = -1;
    let stableSince = 0;
    let hits: Awaited<ReturnType<typeof tabHits>> = [];
    for (let waited = 0; waited < 12000; waited += 250) {
      hits = await tabHits(browser, tab).catch(() => []);
      const count = hits.filter((h) => h.shown).length;
      if (count !== last) stableSince = waited;
      last = count;
      if (waited - stableSince >= (count > 0 ? 1500 : 4000)) break;
      await tab.waitForTimeout(250);
    }
    return tab.evaluate(collectFlags, hits);
  };
  return [
    collect,
    async () => {
      await browser.close();
      await server.close();
    },
  ];
}

function printPage(file: string, s: PageScore, verbose: boolean): void {
  const recall = s.expected.length ? `${s.found.length}/${s.expected.length}` : '-';
  console.log(
    `${file.padEnd(46)} recall ${recall.padEnd(6)} must-not ${s.mustNot.length}  unlabelled ${s.unlabelled.length}  flags ${s.flags}`,
  );
  for (const m of s.missing) console.log(`    missing: ${m}`);
  for (const f of s.mustNot) console.log(`    MUST-NOT: "${f.text}" → ${f.entity} (${f.confidence})`);
  if (verbose)
    for (const f of s.unlabelled) console.log(`    unlabelled: "${f.text}" → ${f.entity} (${f.confidence})`);
}

async function main(): Promise<void> {
  const pages = listPages();
  const [collect, close] = args.node ? [nodeFlags(), async () => {}] : await browserFlags();
  const totals = { expected: 0, found: 0, mustNot: 0, unlabelled: 0, flags: 0 };
  const byLang = new Map<string, { expected: number; found: number }>();
  try {
    for (const page of pages) {
      const { text, flags } = await collect(page);
      const s = scorePage(text, page.labels, flags);
      printPage(page.file, s, args.verbose ?? false);
      totals.expected += s.expected.length;
      totals.found += s.found.length;
      totals.mustNot += s.mustNot.length;
      totals.unlabelled += s.unlabelled.length;
      totals.flags += s.flags;
      const lang = byLang.get(page.labels.language) ?? { expected: 0, found: 0 };
      lang.expected += s.expected.length;
      lang.found += s.found.length;
      byLang.set(page.labels.language, lang);
    }
  } finally {
    await close();
  }
  const r = (f: number, e: number) => (e ? (f / e).toFixed(3) : '-');
  console.log(`\n${args.node ? 'matcher only (--node)' : 'extension in Chromium'}: ${pages.length} pages`);
  console.log(
    `  entity recall      ${r(totals.found, totals.expected)} (${totals.found}/${totals.expected})`,
  );
  for (const [lang, v] of byLang)
    console.log(`    ${lang.padEnd(8)} ${r(v.found, v.expected)} (${v.found}/${v.expected})`);
  console.log(`  must-not-flag hits ${totals.mustNot}`);
  console.log(
    `  unlabelled hits    ${totals.unlabelled} (of ${totals.flags} flags; extra correct flags count here too)`,
  );
}

if (args.precision) {
  const { runPrecision } = await import('./eval/precision-run.ts');
  await runPrecision(
    resolve(args.precision),
    resolve(import.meta.dirname, '../public/lists/snapshot.json'),
    resolve(args.labels ?? ''),
    args.browser ?? false,
  );
} else await main();
