// axe-core (injected through the DevTools protocol, which page CSP does not block) on the popup, the options page,
// the printable report, the vendor-site banner and an open card: no violations. The banner and card live in closed
// shadow roots that axe cannot enter, so their exact markup is read with DOM.getDocument({pierce}) and checked again
// inside an open shadow root with the content script's own stylesheet (contrast included).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { OVERLAY_CSS } from '../../src/content/styles.ts';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { startServer, type TestServer } from './static-server.ts';
import { clickAx, axNodes, hits } from './content-helpers.ts';
import { openOptions, openPopup, tabIdFor } from './ui-helpers.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let ext: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, 'pages'));
  ext = await launchWithExtension({ args: ['--host-resolver-rules=MAP dahuasecurity.com 127.0.0.1'] });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page (WCAG 2.x A and AA plus best practices) and returns its violations. */
async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: never[] }> } })
      .axe;
    const r = await api.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    });
    return (r.violations as { id: string; help: string; nodes: { target: string[] }[] }[]).map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  shadowRootType?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The markup inside the page's one closed shadow root (the extension's overlay host), read through DevTools. */
async function closedShadowHtml(cdp: CDPSession): Promise<string> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (n: DomNode): DomNode | undefined =>
    n.shadowRoots?.some((r) => r.shadowRootType === 'closed')
      ? n
      : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find((x) => x !== undefined);
  const host = find(root);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error('no closed shadow root on the page');
  const parts = await Promise.all(
    (shadow.children ?? [])
      .filter((c) => c.nodeName !== 'STYLE')
      .map(
        async (c) =>
          ((await cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId })) as { outerHTML: string }).outerHTML,
      ),
  );
  return parts.join('');
}

/** A page holding `html` in an open shadow root with `css`, inside a main landmark, as it sits on a page. */
async function rebuilt(html: string, css: string, lang: string): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.goto(`${server.origin}/no-hits.html`);
  await page.evaluate(
    ({ html, css, lang }) => {
      document.documentElement.lang = lang;
      document.body.innerHTML = '<main><h1>Page</h1><div id="host"></div></main>';
      const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = html;
    },
    { html, css, lang },
  );
  return page;
}

test('popup, options and the printable report have no axe violations', async () => {
  const page = await ext.ctx.newPage();
  await page.goto(`${server.origin}/ui-evidence.html`);
  await expect.poll(async () => (await hits(ext, page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  const popup = await openPopup(ext, { tabId: await tabIdFor(ext, page.url()) });
  await popup.getByTestId('hit-list').waitFor();
  await popup.getByTestId('list-version').waitFor();
  expect(await axe(popup)).toEqual([]);

  const [dl] = await Promise.all([
    popup.waitForEvent('download'),
    popup.locator('button[data-format="html"]').click(),
  ]);
  const report = await ext.ctx.newPage();
  await report.setContent(await readFile(await dl.path(), 'utf8'));
  expect(await axe(report)).toEqual([]);

  const options = await openOptions(ext);
  await options.locator('#about tbody tr').first().waitFor();
  expect(await axe(options)).toEqual([]);
  for (const p of [options, report, popup, page]) await p.close();
});

test('the vendor-site banner and an open card have no axe violations', async () => {
  const page = await ext.ctx.newPage();
  await page.goto(`http://dahuasecurity.com:${new URL(server.origin).port}/vendor-dahua.html`);
  const cdp = await ext.ctx.newCDPSession(page);
  await expect
    .poll(async () => (await axNodes(cdp)).some((n) => /Details/.test(String(n.name?.value ?? ''))), {
      timeout: 20_000,
    })
    .toBe(true);
  const banner = await rebuilt(await closedShadowHtml(cdp), OVERLAY_CSS, 'en');
  expect(await axe(banner)).toEqual([]);
  await clickAx(page, cdp, 'button', /^Details$/);
  await expect.poll(async () => (await axNodes(cdp)).some((n) => n.role?.value === 'dialog')).toBe(true);
  const card = await rebuilt(await closedShadowHtml(cdp), OVERLAY_CSS, 'en');
  expect(
    await card.locator('#host').evaluate((h) => h.shadowRoot?.querySelector('[role=dialog]') !== null),
  ).toBe(true);
  expect(await axe(card)).toEqual([]);
  for (const p of [card, banner, page]) await p.close();
});

test('the checker reports what it should: the report layout of before (no lang, no main, a header in a dialog)', async () => {
  const page = await ext.ctx.newPage();
  await page.setContent(
    '<html><body><h1>Report</h1><div role="dialog" aria-label="Card"><header>Dahua</header></div><p>text</p></body></html>',
  );
  const ids = (await axe(page)).map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'region']));
  await page.close();
});
