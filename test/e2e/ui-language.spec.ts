// The language setting: with the browser in English and settings.language = zh_CN (and the other way round), every
// string on the popup, options, card, banner and printable report is in the chosen language. Data (legal names,
// list names, citations, programmes, dates) is exempt: the UI marks it data-verbatim or translate="no", and the
// card's data strings are read from the worker. A screen that shows UI wording in the other language fails.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { startServer, type TestServer } from './static-server.ts';
import { sendFromUi } from './extension-calls.ts';
import { axNodes, clickAx, patchSettings } from './content-helpers.ts';
import { openOptions, openPopup, tabIdFor } from './ui-helpers.ts';
import { statusDetailParts } from '../../src/core/explain/status-detail.ts';

let ext: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, 'pages'));
  ext = await launchWithExtension({
    locale: 'en-US',
    args: ['--host-resolver-rules=MAP dahuasecurity.com 127.0.0.1'],
  });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

// Product and format names that stay as they are in both languages.
// Column names of the watchlist file format are format tokens too; example addresses in placeholders are not words.
const KEEP =
  /Sanctions Lens|CSV|JSON|HTML|URL|SHA-256|HTTPS|HTTP|ID|English|Ed25519|\b(?:name|aliases|note|country|kind)\b|\S+\.(?:com|org|csv|json)\b/g;
const LICENCE_POLICY = { zh: '许可证政策', en: 'Licence policy' };
const LATIN_WORD = /[A-Za-z]{3,}/;
const HAN = /[\p{Script=Han}]/u;
const inOtherLanguage = (lang: 'zh' | 'en') => (s: string) =>
  lang === 'zh' ? LATIN_WORD.test(s.replace(KEEP, '')) : HAN.test(s.replace('中文（简体）', ''));

/** Visible UI text of an extension page: text nodes and accessible labels outside data-verbatim / translate=no. */
async function uiTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const isData = (el: Element | null) =>
      !!el?.closest('[data-verbatim],[translate="no"],code,script,style');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      if (text && !isData(n.parentElement) && (n.parentElement?.getClientRects().length ?? 0) > 0)
        out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label],[placeholder],[title]')) {
      if (isData(el)) continue;
      for (const a of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

/** Every string an entity's listings can show as data (names, list names, authorities, citations …). */
async function dataStrings(ids: string[]): Promise<string[]> {
  const r = await sendFromUi(ext, 'entity/get', { ids });
  if (!r.ok) throw new Error(r.error);
  const out: string[] = [];
  for (const e of r.value.entities) {
    out.push(...e.names.map((n) => n.text), ...e.countries);
    for (const l of e.listings) {
      const fields = [l.programme, l.citation, l.statusDetail, l.dateListed, l.summary, l.summaryZh];
      out.push(...(fields.filter((x) => !!x) as string[]));
      // A licence policy is shown under a translated label; the policy itself is the published term.
      if (l.statusDetail) out.push(statusDetailParts(l.statusDetail).value);
    }
  }
  for (const d of r.value.lists) {
    out.push(d.name, d.label, d.authority, d.jurisdiction, d.meaningBuyer, d.meaningReader);
    // The list's own Chinese texts are data too (they keep acronyms such as FCC, EAR, BIS).
    if (d.zh) out.push(d.zh.name, d.zh.label, d.zh.meaningReader, d.zh.meaningBuyer);
  }
  return out.sort((a, b) => b.length - a.length);
}

/** Text of the accessibility subtree under the first node with `role` (closed shadow roots included). */
async function axTextUnder(cdp: CDPSession, role: string): Promise<string[]> {
  const nodes = await axNodes(cdp);
  const byId = new Map(nodes.map((n) => [n.nodeId, n as typeof n & { childIds?: string[] }]));
  const root = nodes.find((n) => n.role?.value === role);
  if (!root) throw new Error(`no ${role}`);
  const out: string[] = [];
  const stack = [root.nodeId];
  while (stack.length) {
    const n = byId.get(stack.pop()!);
    if (!n) continue;
    if (n.role?.value === 'StaticText' || n.role?.value === 'button' || n.role?.value === 'link')
      out.push(String(n.name?.value ?? ''));
    stack.push(...(n.childIds ?? []));
  }
  return out.filter(Boolean);
}

const withoutData = (texts: string[], data: string[]) =>
  texts.map((t) => data.reduce((s, d) => (d && d.length > 1 ? s.split(d).join(' ') : s), t));

async function evidencePage(): Promise<Page> {
  const page = await ext.ctx.newPage();
  await page.goto(`${server.origin}/ui-evidence.html`);
  await page.waitForSelector('[data-sl-entity]', { timeout: 20_000 });
  return page;
}

for (const [choice, lang] of [
  ['zh_CN', 'zh'],
  ['en', 'en'],
] as const) {
  test(`language ${choice}: popup, options and printable report speak only it`, async () => {
    await patchSettings(ext, { language: choice });
    const page = await evidencePage();
    const popup = await openPopup(ext, { tabId: await tabIdFor(ext, page.url()) });
    await popup.getByTestId('hit-list').waitFor();
    await popup.getByTestId('list-version').waitFor();
    expect(await popup.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect((await uiTexts(popup)).filter(inOtherLanguage(lang))).toEqual([]);

    const [dl] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('button[data-format="html"]').click(),
    ]);
    const view = await ext.ctx.newPage();
    await view.setContent(await readFile(await dl.path(), 'utf8'));
    expect(await view.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    const report = withoutData(await uiTexts(view), [
      page.url(),
      await page.title(),
      ...(await dataStrings(['company-hikvision', 'company-hytera'])),
    ]);
    expect(report.filter((t) => !/^[\d\sT:.Z-]+$/.test(t)).filter(inOtherLanguage(lang))).toEqual([]);
    // The Entity List's licence policy is labelled in the chosen language; the policy stays as published.
    expect(report.some((t) => t.startsWith(LICENCE_POLICY[lang]))).toBe(true);

    const options = await openOptions(ext);
    await options.locator('#about tbody tr').first().waitFor();
    expect(await options.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect((await uiTexts(options)).filter(inOtherLanguage(lang))).toEqual([]);
    for (const p of [view, options, popup, page]) await p.close();
  });

  test(`language ${choice}: the card and the banner speak only it`, async () => {
    await patchSettings(ext, { language: choice });
    const page = await ext.ctx.newPage();
    await page.goto(`http://dahuasecurity.com:${new URL(server.origin).port}/vendor-dahua.html`);
    await page.waitForSelector('sl-banner', { state: 'attached', timeout: 20_000 });
    const cdp = await ext.ctx.newCDPSession(page);
    const data = [
      ...(await dataStrings(['company-dahua', 'company-hikvision'])),
      'dahuasecurity.com',
      'Dahua Technology',
      'Hikvision',
    ];
    const banner = withoutData(await axTextUnder(cdp, 'region'), data);
    expect(banner.filter(inOtherLanguage(lang))).toEqual([]);
    await clickAx(page, cdp, 'button', /^(Details|详情)$/);
    await expect.poll(async () => (await axNodes(cdp)).some((n) => n.role?.value === 'dialog')).toBe(true);
    const card = withoutData(await axTextUnder(cdp, 'dialog'), data);
    expect(card.length).toBeGreaterThan(5);
    expect(card.filter(inOtherLanguage(lang))).toEqual([]);
    expect(card.some((t) => t.startsWith(LICENCE_POLICY[lang]))).toBe(true);
    await page.close();
  });
}
