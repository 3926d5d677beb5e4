// Launches Debian's Chromium with the built extension from dist/ loaded, and finds its service worker.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// SL_DIST lets parallel runs use their own build directory.
export const DIST = process.env.SL_DIST
  ? resolve(process.env.SL_DIST)
  : resolve(import.meta.dirname, '../../dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Fixed by the manifest `key`. */
export const EXTENSION_ID = 'mdcmlcfmidoblnflakfpdmdomaphdpnm';

export interface ExtensionBrowser {
  ctx: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  extensionUrl: (path: string) => string;
  close: () => Promise<void>;
}

/** Chromium flags for test and bench runs: no sandbox or GPU, and no traffic of the browser's own. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Opens a fresh profile with the extension loaded. `dist` defaults to the Chrome build; `locale` (e.g. `zh-CN`) sets
 * the browser's UI language, which picks the extension's _locales; `args` adds Chromium flags.
 */
export async function launchWithExtension(
  opts: { dist?: string; headless?: boolean; locale?: string; args?: string[] } = {},
): Promise<ExtensionBrowser> {
  const dist = opts.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`${dist}/manifest.json missing: run npm run build`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install chromium`);
  const profile = await mkdtemp(join(tmpdir(), 'sl-profile-'));
  const headless = opts.headless ?? true;
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...QUIET_CHROMIUM_ARGS,
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
      ...(opts.args ?? []),
    ],
    // Chromium on Linux takes its UI language from LANGUAGE rather than --lang; both are set.
    ...(opts.locale
      ? { locale: opts.locale, env: { ...process.env, LANGUAGE: opts.locale.replace('-', '_') } }
      : {}),
  });
  const worker = async (): Promise<Worker> => {
    const found = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return found ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
  };
  const sw = await worker();
  const extensionId = new URL(sw.url()).host;
  return {
    ctx,
    extensionId,
    worker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await ctx.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
