// The official sources, served on 127.0.0.1 and set by organisation policy (directSourceUrls): a fresh install moves
// to the newer data within one update cycle while a failing source keeps the others; the data's age, "What
// changed" and both attacks (a future-dated row, a settings file pointing direct mode elsewhere) in plain words.
import { afterEach, expect, test } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_ID, launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { writeExtensionPolicy } from './feed-server.ts';
import { startServer, type TestServer } from './static-server.ts';
import { sendFromUi, tabHits } from './extension-calls.ts';
import { openOptions, openPopup } from './ui-helpers.ts';

const NEW_NAME = 'Trelloway Avionics Co., Ltd.';

function csl(startDate: string): string {
  const row = (name: string, date: string) => ({
    id: name,
    type: 'Entity',
    name,
    addresses: [{ country: 'CN' }],
    federal_register_notice: '91 FR 10001',
    start_date: date,
    alt_names: [],
    source: 'Entity List (EL) - Bureau of Industry and Security',
  });
  return JSON.stringify({
    total: 2,
    results: [row(NEW_NAME, startDate), row('Quillmere Optics Co., Ltd.', '2026-07-01')],
  });
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

/** Serves the official files on loopback, sets them by policy, launches Chromium; counts requests per path. */
async function launch(
  cslBody: string,
  locale?: string,
): Promise<{ ext: ExtensionBrowser; server: TestServer; hits: Map<string, number> }> {
  const server = await startServer(await mkdtemp(join(tmpdir(), 'sl-official-')));
  cleanup.push(() => server.close());
  const hits = new Map<string, number>();
  const count = (p: string) => hits.set(p, (hits.get(p) ?? 0) + 1);
  server.routes.set('/consolidated.json', (_req, res) => {
    count('/consolidated.json');
    res.writeHead(200, { 'content-type': 'application/json', etag: '"csl-1"' }).end(cslBody);
  });
  server.routes.set('/consolidated.xml', (_req, res) => {
    count('/consolidated.xml');
    res.writeHead(503).end();
  });
  server.routes.set('/page.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>P</title><p>Parts came from ${NEW_NAME} last year.</p>`);
  });
  const removePolicy = await writeExtensionPolicy(EXTENSION_ID, {
    directSourceUrls: {
      'us-trade-csl': `${server.origin}/consolidated.json`,
      'un-sc-consolidated': `${server.origin}/consolidated.xml`,
      // Not served (404): the EU and UK files are covered by update-europe.spec.ts; here they only fail alone.
      'eu-fsf': `${server.origin}/eu-fsf.xml`,
      'uk-sanctions-list': `${server.origin}/uk.csv`,
    },
  });
  cleanup.push(removePolicy);
  const ext = await launchWithExtension(locale ? { locale } : {});
  cleanup.push(() => ext.close());
  return { ext, server, hits };
}

const status = async (ext: ExtensionBrowser) => {
  const st = await sendFromUi(ext, 'list/status');
  return st.ok ? st.value : null;
};

test('a fresh install moves to the official data; a failing source keeps the others; at most daily', async () => {
  const { ext, server, hits } = await launch(csl('2026-12-01'));
  const page = await ext.ctx.newPage();
  await page.goto(`${server.origin}/page.html`);
  const t0 = performance.now();
  const refreshed = await sendFromUi(ext, 'list/refresh');
  expect(refreshed.ok && refreshed.value).toMatchObject({ ok: true, changed: true });
  console.info(`official sources: fresh install to new data in ${Math.round(performance.now() - t0)} ms`);
  const flagged = async () =>
    (await tabHits(ext, page).catch(() => [])).filter((h) => h.text.startsWith('Trelloway Avionics')).length;
  await expect.poll(flagged, { timeout: 30_000 }).toBeGreaterThan(0);
  expect(await status(ext)).toMatchObject({ origin: 'direct', lastError: null });
  expect(hits.get('/consolidated.xml')).toBeGreaterThan(0);
  const before = hits.get('/consolidated.json');
  await sendFromUi(ext, 'list/refresh');
  expect(hits.get('/consolidated.json')).toBe(before);

  const popup = await openPopup(ext);
  await expect.poll(() => popup.getByTestId('data-freshness').innerText()).toContain('from today');
  await expect.poll(() => popup.getByRole('link', { name: 'What changed' }).count()).toBe(1);
  const options = await openOptions(ext);
  const change = options.getByTestId('change').first();
  await change.waitFor({ timeout: 15_000 });
  expect(await change.innerText()).toMatch(/New since .*\n.*Entity List[^\n]*: \d+ added/);
  await options.locator('#changes summary').first().click();
  expect(
    await options.locator('#changes a', { hasText: 'Trelloway Avionics' }).getAttribute('href'),
  ).toContain('?q=Trelloway');

  const file = join(await mkdtemp(join(tmpdir(), 'sl-import-')), 'settings.json');
  const attack = { useDirectCsl: true, directCslUrl: 'https://attacker.example/consolidated.json' };
  await writeFile(file, JSON.stringify({ format: 'sanctions-lens-settings', settings: attack }));
  await options.locator('#backup input[type=file]').setInputFiles(file);
  await expect
    .poll(() => options.locator('#backup [role=alert]').innerText())
    .toContain('Only your organisation');
  const stored = await options.evaluate(() => {
    type Local = { get: (k: string) => Promise<Record<string, unknown>> };
    return (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.get(
      'settings',
    );
  });
  expect(JSON.stringify(stored)).not.toContain('attacker.example');
});

test('a row dated in the far future is refused with source and row; the list stays; Chinese UI warns of age', async () => {
  const { ext } = await launch(csl('2999-12-31'), 'zh-CN');
  const before = await status(ext);
  const out = await sendFromUi(ext, 'list/refresh');
  expect(out.ok && out.value.ok).toBe(false);
  expect(out.ok && out.value.error).toContain(
    'us-trade-csl: consolidated.json#results[0] is dated 2999-12-31',
  );
  expect((await status(ext))?.version).toBe(before?.version);
  const popup = await openPopup(ext);
  const warning = popup.getByTestId('freshness-warning');
  await warning.waitFor({ timeout: 15_000 });
  expect(await warning.innerText()).toContain('数据已有 ');
  expect(await popup.getByTestId('data-freshness').innerText()).toContain('名单数据日期');
  const options = await openOptions(ext);
  expect(await options.locator('#changes').innerText()).toContain('名单变化');
});
