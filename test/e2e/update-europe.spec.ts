// Direct mode with the EU and UK lists: the official files served on 127.0.0.1 and set by organisation policy
// (directSourceUrls). A company only the EU file lists is flagged on a page after one update, and a broken UK file
// leaves the other sources applied, with the failing source named in the status the popup and options page show.
import { afterEach, expect, test } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_ID, launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { writeExtensionPolicy } from './feed-server.ts';
import { startServer } from './static-server.ts';
import { sendFromUi, tabHits } from './extension-calls.ts';
import { openOptions, openPopup } from './ui-helpers.ts';

const EU_ONLY = 'Corvantis Maritime Holdings Limited';
const CSL_ONLY = 'Brightfell Photonics Co., Ltd.';

const EU_XML = `<?xml version="1.0" encoding="UTF-8"?>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-12-05T10:00:00.000+01:00">
  <sanctionEntity euReferenceNumber="EU.9901.55" logicalId="9901">
    <regulation regulationType="amendment" publicationDate="2026-12-04" numberTitle="2026/9901 (OJ L)" programme="RUS" logicalId="1"/>
    <subjectType code="enterprise" classificationCode="E"/>
    <nameAlias wholeName="${EU_ONLY}" nameLanguage="" strong="true" logicalId="2"/>
    <address countryIso2Code="RU" logicalId="3"/>
  </sanctionEntity>
</export>
`;

const CSL = JSON.stringify({
  total: 1,
  results: [
    {
      id: 'csl-1',
      type: 'Entity',
      name: CSL_ONLY,
      addresses: [{ country: 'CN' }],
      federal_register_notice: '91 FR 20001',
      start_date: '2026-11-20',
      alt_names: [],
      source: 'Entity List (EL) - Bureau of Industry and Security',
    },
  ],
});

/** Not the UK list: its header row has no "Unique ID" column. */
const BROKEN_UK = 'Report Date: 05-Dec-2026\nLast Updated,Name 6,Regime Name\n05/12/2026,SOMEONE,Russia\n';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function launch(): Promise<{ ext: ExtensionBrowser; origin: string }> {
  const server = await startServer(await mkdtemp(join(tmpdir(), 'sl-europe-')));
  cleanup.push(() => server.close());
  const un = await readFile(new URL('../fixtures/sources/un-sc.xml', import.meta.url));
  const serve = (path: string, type: string, body: string | Buffer) =>
    server.routes.set(path, (_req, res) => {
      res.writeHead(200, { 'content-type': type }).end(body);
    });
  serve('/consolidated.json', 'application/json', CSL);
  serve('/consolidated.xml', 'application/xml', un);
  serve('/eu-fsf.xml', 'application/xml', EU_XML);
  serve('/uk.csv', 'text/csv', BROKEN_UK);
  serve(
    '/page.html',
    'text/html; charset=utf-8',
    `<!doctype html><title>P</title><p>Freight went through ${EU_ONLY} in November.</p>` +
      `<p>The lenses were made by ${CSL_ONLY}.</p>`,
  );
  const removePolicy = await writeExtensionPolicy(EXTENSION_ID, {
    directSourceUrls: {
      'us-trade-csl': `${server.origin}/consolidated.json`,
      'un-sc-consolidated': `${server.origin}/consolidated.xml`,
      'eu-fsf': `${server.origin}/eu-fsf.xml`,
      'uk-sanctions-list': `${server.origin}/uk.csv`,
    },
  });
  cleanup.push(removePolicy);
  const ext = await launchWithExtension();
  cleanup.push(() => ext.close());
  return { ext, origin: server.origin };
}

test('an EU-only company is flagged after a direct update; a broken UK file is named and keeps the rest', async () => {
  const { ext, origin } = await launch();
  const page = await ext.ctx.newPage();
  await page.goto(`${origin}/page.html`);
  const refreshed = await sendFromUi(ext, 'list/refresh');
  expect(refreshed.ok && refreshed.value).toMatchObject({ ok: true, changed: true });

  // Read through the hit contract (the page itself carries no trace of what was flagged).
  const flagged = async (name: string) =>
    (await tabHits(ext, page)).filter((h) => h.shown && h.text.startsWith(name.split(' ')[0] ?? name)).length;
  await expect.poll(() => flagged(EU_ONLY), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(() => flagged(CSL_ONLY), { timeout: 30_000 }).toBeGreaterThan(0);

  const st = await sendFromUi(ext, 'list/status');
  const status = st.ok ? st.value : null;
  expect(status).toMatchObject({ origin: 'direct', lastError: null });
  expect(status?.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['eu-fsf', 'us-trade-csl']));
  expect(status?.sourceErrors).toHaveLength(1);
  expect(status?.sourceErrors[0]).toMatch(/^UK Sanctions List \(FCDO\): .*Unique ID/);

  const lookup = await sendFromUi(ext, 'lookup/search', { query: EU_ONLY });
  const id = lookup.ok ? (lookup.value[0]?.entityId ?? '') : '';
  const got = await sendFromUi(ext, 'entity/get', { ids: [id] });
  expect(got.ok && got.value.entities[0]?.listings.map((l) => l.list)).toEqual(['EU-FSF']);

  const options = await openOptions(ext);
  const onOptions = options.getByTestId('source-error');
  await onOptions.waitFor({ timeout: 15_000 });
  expect(await onOptions.innerText()).toContain('UK Sanctions List (FCDO)');
  const popup = await openPopup(ext);
  const onPopup = popup.getByTestId('source-error');
  await onPopup.waitFor({ timeout: 15_000 });
  expect(await onPopup.innerText()).toContain('UK Sanctions List (FCDO)');
});
