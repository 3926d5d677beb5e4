// Importing a watchlist file in the options page: a status line at once, a broken file refused promptly even while
// another import holds the worker, and a file imported twice kept once (said in plain words, in both languages).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './fixtures.ts';
import { sendFromUi } from './extension-calls.ts';
import { openOptions, seedSettings } from './ui-helpers.ts';

let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  ext = await launchWithExtension();
  page = await openOptions(ext);
});
afterAll(async () => {
  await ext?.close();
});

const SUPPLIERS = 'name,aliases,note\nAcme Gizmo Works Ltd,Acme Gizmo,under review\nBeta Rotor GmbH,,\n';
/** Polls for up to 30 s: an import re-indexes the whole list, seconds on a loaded machine. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000 });
const status = () => page.getByTestId('watchlist-status');
const rows = () => page.getByTestId('watchlists').locator('li');

async function importFile(name: string, text: string): Promise<void> {
  await page.getByLabel(/Import a watchlist file|导入监察名单文件/).setInputFiles({
    name,
    mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
    buffer: Buffer.from(text),
  });
}

/** Every text the status line shows from now on, in order (a MutationObserver in the page records them). */
async function recordStatus(): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="watchlist-status"]')!;
    const seen: string[] = [];
    (globalThis as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    new MutationObserver(() => {
      const text = `${el.getAttribute('data-state')}: ${el.textContent ?? ''}`;
      if (seen.at(-1) !== text) seen.push(text);
    }).observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (globalThis as unknown as { __statusSeen: string[] }).__statusSeen);
}

test('the same file imported twice is kept once; the second import says it is already there', async () => {
  const seen = await recordStatus();
  await importFile('suppliers.csv', SUPPLIERS);
  await poll(() => status().getAttribute('data-state')).toBe('ok');
  expect(await status().innerText()).toBe('Watchlist added.');
  // The line said "Importing…" first, before the worker answered.
  expect((await seen())[0]).toBe('busy: Importing suppliers.csv…');
  await poll(() => rows().count()).toBe(1);

  // Same content, Windows line endings, another file name: still the same watchlist.
  await importFile('suppliers copy.csv', SUPPLIERS.replace(/\n/g, '\r\n'));
  await poll(() => status().innerText()).toBe(
    'This file is already imported as “suppliers.csv”. Nothing was changed.',
  );
  await importFile('suppliers.csv', SUPPLIERS);
  await poll(() => seen().then((s) => s.filter((x) => x.includes('already imported')).length)).toBe(2);
  const listed = await sendFromUi(ext, 'watchlist/list');
  expect(listed.ok && listed.value.length).toBe(1);
  await poll(() => rows().count()).toBe(1);

  // A newer version of the same file replaces the earlier import.
  await importFile('suppliers.csv', `${SUPPLIERS}Gamma Spindle Ltd,,\n`);
  await poll(() => status().innerText()).toBe(
    '“suppliers.csv” was imported before: it now holds this newer version.',
  );
  await poll(() => rows().innerText()).toMatch(/suppliers\.csv · 3 entries/);
  expect(await rows().count()).toBe(1);
});

test('a broken file is refused at once, while a large import still holds the worker', async () => {
  const rowsOf = (n: number) =>
    Array.from({ length: n }, (_, i) => `Slowco ${i} Holdings Ltd,Slowco ${i};SC ${i} Group,review ${i}`);
  // The large import is sent from a second extension page, and the call returns once the message is on its way, so
  // the worker has it before the broken file.
  const other = await ext.ctx.newPage();
  await other.goto(ext.extensionUrl('src/ui/options/index.html'));
  await other.evaluate(
    (text) => {
      const g = globalThis as unknown as {
        chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
        bigImport: Promise<unknown>;
      };
      g.bigImport = g.chrome.runtime.sendMessage({
        type: 'watchlist/add',
        body: { type: 'file', fileName: 'big.csv', text },
      });
    },
    `name,aliases,note\n${rowsOf(20_000).join('\n')}\n`,
  );
  let isBigDone = false;
  const big = other
    .evaluate(() => (globalThis as unknown as { bigImport: Promise<unknown> }).bigImport)
    .finally(() => (isBigDone = true)) as Promise<{ ok: boolean; value?: { entryCount: number } }>;
  await importFile('broken.json', '[{"name": "Acme", ');
  await poll(() => status().getAttribute('data-state')).toBe('error');
  // Refused before the large import (parse and index rebuild, several seconds) finished: the parse of a file does
  // not wait for the list lock.
  expect(isBigDone).toBe(false);
  expect(await status().innerText()).toBe('The watchlist was not added: broken.json: not valid JSON');
  const added = await big;
  expect(added.ok && added.value?.entryCount).toBe(20_000);
  await other.close();
});

test('in the Chinese UI the repeat import is reported in Chinese', async () => {
  await seedSettings(ext, { language: 'zh_CN' });
  await page.reload();
  await page.waitForSelector('main.options section#display');
  await importFile('suppliers.csv', `${SUPPLIERS}Gamma Spindle Ltd,,\n`);
  await poll(() => status().innerText()).toBe('此文件已导入为“suppliers.csv”，未作任何更改。');
});
