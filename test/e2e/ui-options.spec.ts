// The options page, every control: lists and jurisdictions, kinds, confidence, density, site rules, muted names,
// watchlists, updates, settings export/import, About; keyboard paths; persistence after reload.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { startServer, type TestServer } from './static-server.ts';
import { sendFromUi } from './extension-calls.ts';
import { openOptions, screenshot, seedSettings, storedSettings, tabTo, until } from './ui-helpers.ts';
import type { ListCatalog } from '../../src/shared/messages.ts';
import type { Settings } from '../../src/core/settings/schema.ts';

let ext: ExtensionBrowser;
let server: TestServer;
let page: Page;
let catalog: ListCatalog;

beforeAll(async () => {
  server = await startServer(resolve(import.meta.dirname, 'pages'));
  server.routes.set('/feed.json', (_req, res) => void res.writeHead(404).end());
  server.routes.set(
    '/watchlist.csv',
    (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'text/csv' })
        .end('name,aliases,note\nOrbital Gadgets Ltd,Orbital Gadgets,t\n'),
  );
  ext = await launchWithExtension();
  await seedSettings(ext, { feedUrl: `${server.origin}/feed.json` });
  const reply = await sendFromUi(ext, 'list/definitions');
  if (!reply.ok) throw new Error(reply.error);
  catalog = reply.value;
  page = await openOptions(ext);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const settled = (check: (s: Settings) => boolean, what: string) =>
  until(async () => check(await storedSettings(ext)), what);

describe('lists and jurisdictions', () => {
  test('a list and a whole jurisdiction turn off and on', async () => {
    const list = catalog.lists.find((l) => l.jurisdiction === 'US')!;
    const box = page.getByRole('checkbox', { name: list.name, exact: true });
    await expect.poll(() => box.isChecked()).toBe(true);
    await box.uncheck();
    await settled((s) => s.disabledLists.includes(list.id), 'list off');
    await box.check();
    await settled((s) => !s.disabledLists.includes(list.id), 'list on');
    const us = page.getByRole('checkbox', { name: 'United States (US)', exact: true });
    await us.uncheck();
    await settled((s) => s.disabledJurisdictions.includes('US'), 'US off');
    await expect.poll(() => box.isDisabled()).toBe(true);
    await us.check();
    await settled((s) => !s.disabledJurisdictions.includes('US'), 'US on');
    expect(await page.locator('#lists fieldset').count()).toBe(
      new Set(catalog.lists.map((l) => l.jurisdiction)).size,
    );
  });
});

describe('what to flag', () => {
  test('kinds: companies and apps on, persons, vessels, aircraft off; Persons on by keyboard', async () => {
    for (const name of ['Companies', 'Apps'])
      await expect.poll(() => page.getByRole('checkbox', { name, exact: true }).isChecked()).toBe(true);
    for (const name of ['Persons', 'Vessels', 'Aircraft'])
      await expect.poll(() => page.getByRole('checkbox', { name, exact: true }).isChecked()).toBe(false);
    await tabTo(page, page.getByRole('checkbox', { name: 'Persons', exact: true }));
    await page.keyboard.press('Space');
    await settled((s) => s.kinds.person, 'persons on');
    await page.keyboard.press('Space');
    await settled((s) => !s.kinds.person, 'persons off');
  });

  test('a change reaches an open tab at once: companies off removes their badges, on brings them back', async () => {
    const tab = await ext.ctx.newPage();
    await tab.goto(`${server.origin}/ui-evidence.html`);
    await tab.waitForSelector('[data-sl-entity]', { timeout: 20_000 });
    const count = () => tab.locator('[data-sl-entity]').count();
    const companies = page.getByRole('checkbox', { name: 'Companies', exact: true });
    await companies.uncheck();
    await until(async () => (await count()) === 0, 'company badges to leave');
    await companies.check();
    await until(async () => (await count()) > 0, 'company badges to return');
    await tab.close();
  });

  test('confidence shown: confirmed only, then arrow key to the next level', async () => {
    const only = page.getByRole('radio', { name: /^Confirmed only/ });
    await only.check();
    await settled((s) => s.minConfidence === 'confirmed', 'confirmed only');
    await only.focus();
    await page.keyboard.press('ArrowDown');
    await settled((s) => s.minConfidence === 'likely', 'likely');
    await page.getByRole('radio', { name: /^Confirmed, likely and possible/ }).check();
    await settled((s) => s.minConfidence === 'possible', 'possible');
  });

  test('badge density accepts 1–50 and refuses anything else', async () => {
    const box = page.getByRole('spinbutton', { name: 'Badges per name on a page' });
    await box.fill('5');
    await box.press('Tab');
    await settled((s) => s.badgesPerEntity === 5, 'density 5');
    await box.fill('0');
    await box.press('Tab');
    await expect.poll(() => box.inputValue()).toBe('5');
    expect((await storedSettings(ext)).badgesPerEntity).toBe(5);
  });
});

describe('sites', () => {
  test('add a site by keyboard (normalised), refuse a bad one, remove it, switch mode', async () => {
    const box = page.getByRole('textbox', { name: 'Add a site' });
    await tabTo(page, box);
    await page.keyboard.type('HTTPS://Intranet.Example.com/wiki');
    await page.keyboard.press('Enter');
    await settled((s) => s.disabledSites.includes('intranet.example.com'), 'site added');
    await expect
      .poll(() => page.getByRole('list', { name: 'Sites without alerts' }).innerText())
      .toContain('intranet.example.com');
    await box.fill('two words');
    await box.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Enter a site name/);
    await page.getByRole('button', { name: 'Remove intranet.example.com' }).click();
    await settled((s) => s.disabledSites.length === 0, 'site removed');
    await page.getByRole('radio', { name: 'Only on the sites listed' }).check();
    await settled((s) => s.siteMode === 'only-listed', 'only-listed');
    await box.fill('vendor.example');
    await page.getByRole('button', { name: 'Add site' }).click();
    await settled((s) => s.enabledSites.includes('vendor.example'), 'enabled site added');
    await page.getByRole('radio', { name: 'On all sites except those listed' }).check();
    await settled((s) => s.siteMode === 'all-except', 'all-except');
  });
});

describe('muted names', () => {
  test('shows muted names with where they apply, and unmutes', async () => {
    const found = await sendFromUi(ext, 'lookup/search', { query: 'Hikvision' });
    if (!found.ok) throw new Error(found.error);
    const id = found.value[0]!.entityId;
    await seedSettings(ext, {
      mutedEntities: [
        { entityId: id, site: '*' },
        { entityId: id, site: 'news.example' },
      ],
    });
    await page.reload();
    const section = page.locator('#muted');
    await until(async () => /Hikvision/i.test(await section.innerText()), 'the muted name');
    await expect.poll(() => section.innerText()).toMatch(/All sites[\s\S]*On news\.example/);
    await section
      .getByRole('button', { name: /^Unmute .*Hikvision/i })
      .first()
      .click();
    await settled(
      (s) => s.mutedEntities.length === 1 && s.mutedEntities[0]!.site === 'news.example',
      'one unmuted',
    );
  });
});

describe('watchlists', () => {
  test('import a CSV file and a URL, see their counts, remove them', async () => {
    const section = page.locator('#watchlists');
    await page.getByLabel('Import a watchlist file (CSV or JSON)').setInputFiles({
      name: 'suppliers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'name,aliases,note\nAcme Gizmo Works Ltd,Acme Gizmo|AGW Ltd,test\nBeta Rotor GmbH,,\n',
      ),
    });
    // The status line names the file at once ("Importing suppliers.csv…"); the list shows it once imported.
    const list = section.getByTestId('watchlists');
    await until(async () => /suppliers\.csv · 2 entries/.test(await list.innerText()), 'the imported file');
    await page.getByRole('textbox', { name: 'Watchlist URL' }).fill(`${server.origin}/watchlist.csv`);
    await page.getByRole('button', { name: 'Add watchlist URL' }).click();
    await until(
      async () => (await list.innerText()).includes(`${server.origin}/watchlist.csv`),
      'the URL list',
    );
    const removes = section.getByRole('button', { name: /^Remove watchlist/ });
    expect(await removes.count()).toBe(2);
    await removes.first().click();
    await until(async () => (await removes.count()) === 1, 'one removed');
    await removes.first().click();
    await until(async () => (await removes.count()) === 0, 'both removed');
  });
});

describe('updates', () => {
  test('interval, feed URL (validated), default feed, Update now', async () => {
    await page.getByRole('combobox', { name: 'Check for list updates' }).selectOption('24');
    await settled((s) => s.updateIntervalHours === 24, 'daily');
    const feed = page.getByRole('textbox', { name: 'Feed URL' });
    await feed.fill('http://evil.example/feed.json');
    await page.getByRole('button', { name: 'Save feed URL' }).click();
    await expect
      .poll(() => page.locator('#updates [role="status"]').last().innerText())
      .toMatch(/https:\/\//);
    expect((await storedSettings(ext)).feedUrl).toBe(`${server.origin}/feed.json`);
    await feed.fill(`${server.origin}/other-feed.json`);
    await feed.press('Enter');
    await settled((s) => s.feedUrl === `${server.origin}/other-feed.json`, 'feed saved');
    await page.getByRole('button', { name: 'Use default feed' }).click();
    await settled((s) => s.feedUrl === '', "default: the build's feed, or the official sources");
    await seedSettings(ext, { feedUrl: `${server.origin}/feed.json` });
    await page.locator('#updates').getByRole('button', { name: 'Update now' }).click();
    const out = page.locator('#updates .list-status [role="status"]');
    await until(async () => /Update failed|up to date|Updated to/.test(await out.innerText()), 'an outcome');
  });
});

describe('settings file', () => {
  test('export, then import a changed copy; bad files are refused with a clear message', async () => {
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const file = JSON.parse(await readFile((await dl.path())!, 'utf8'));
    expect(file.format).toBe('sanctions-lens-settings');
    expect(file.settings.badgesPerEntity).toBe((await storedSettings(ext)).badgesPerEntity);
    const input = page.getByLabel('Import settings');
    file.settings.badgesPerEntity = 9;
    file.settings.disabledSites = ['Imported.Example'];
    await input.setInputFiles({
      name: 's.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await settled((s) => s.badgesPerEntity === 9 && s.disabledSites[0] === 'imported.example', 'imported');
    await expect.poll(() => page.locator('#backup').innerText()).toMatch(/Settings imported/);
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{oops'),
    });
    await expect
      .poll(() => page.locator('#backup [role="alert"]').innerText())
      .toMatch(/broken\.json.*not valid JSON/);
    await input.setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"a":1}'),
    });
    await expect
      .poll(() => page.locator('#backup [role="alert"]').innerText())
      .toMatch(/not a Sanctions Lens settings file/);
    expect((await storedSettings(ext)).badgesPerEntity).toBe(9);
  });

  test('settings persist after a reload', async () => {
    await page.reload();
    await page.waitForSelector('main.options section#display');
    await expect
      .poll(() => page.getByRole('spinbutton', { name: 'Badges per name on a page' }).inputValue())
      .toBe('9');
    await expect
      .poll(() => page.getByRole('list', { name: 'Sites without alerts' }).innerText())
      .toContain('imported.example');
  });
});

describe('about', () => {
  test('shows the data sources with dates and licences, and the lists with authorities', async () => {
    const about = page.locator('#about');
    await until(
      async () => (await about.locator('tbody tr').count()) === catalog.sources.length,
      'source rows',
    );
    const text = await about.innerText();
    for (const s of catalog.sources) expect(text).toContain(s.dataDate);
    for (const l of catalog.lists.slice(0, 5)) expect(text).toContain(l.name);
    await screenshot(page, 'ui-options');
  });
});

describe('organisation policy', () => {
  test('settings set or locked by policy are shown as "Set by your organisation" and disabled', async () => {
    const managed = await ext.ctx.newPage();
    // Emulates what storage.managed returns under a policy file (a real policy file would apply machine-wide).
    await managed.addInitScript(() => {
      const policy = {
        feedUrl: 'https://org.example/feed.json',
        updateIntervalHours: 12,
        lockedSettings: ['siteMode'],
      };
      const area = (globalThis as unknown as { chrome: { storage: { managed: object } } }).chrome.storage
        .managed;
      Object.defineProperty(area, 'get', {
        value: (...args: unknown[]) => {
          const cb = args.find((a) => typeof a === 'function') as ((v: object) => void) | undefined;
          if (cb) return void cb(policy);
          return Promise.resolve(policy);
        },
      });
    });
    await managed.goto(ext.extensionUrl('src/ui/options/index.html'));
    await managed.waitForSelector('main.options section#display');
    const feed = managed.getByRole('textbox', { name: /Feed URL/ });
    await until(
      async () => (await feed.inputValue()) === 'https://org.example/feed.json',
      'the policy feed URL',
    );
    await expect.poll(() => feed.isDisabled()).toBe(true);
    await expect
      .poll(() => managed.getByRole('combobox', { name: /Check for list updates/ }).isDisabled())
      .toBe(true);
    await expect
      .poll(() => managed.getByRole('radio', { name: 'Only on the sites listed' }).isDisabled())
      .toBe(true);
    await expect.poll(() => managed.getByText('Set by your organisation').count()).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => managed.getByRole('checkbox', { name: 'Persons', exact: true }).isDisabled())
      .toBe(false);
    await screenshot(managed, 'ui-options-managed');
    expect((await storedSettings(ext)).feedUrl).toBe(`${server.origin}/feed.json`);
    await managed.close();
  });
});
