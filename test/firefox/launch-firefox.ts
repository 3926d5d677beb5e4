// Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core, no browser download) with the
// Firefox build installed as a temporary add-on.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GECKO_ID } from '../../manifest.config.ts';

/** SL_DIST_FIREFOX lets parallel runs use their own build directory. */
export const DIST_FIREFOX = process.env.SL_DIST_FIREFOX
  ? resolve(process.env.SL_DIST_FIREFOX)
  : resolve(import.meta.dirname, '../../dist-firefox');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The extension's internal UUID in the test browser, fixed through the `extensions.webextensions.uuids` preference
 * (Firefox otherwise draws a random one per profile), so its pages have a stable moz-extension:// address.
 */
export const FIXED_UUID = '5a1e5c4e-1e45-4b6a-9d3f-0c0ffee17e57';

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
  /** moz-extension:// address of a file of the extension, e.g. `src/ui/popup/index.html`. */
  extensionUrl: (path: string) => string;
  /** Opens (or, with `page`, moves) a tab to an extension page and waits for `ready` to be in it. */
  openExtensionPage: (path: string, ready: string, page?: Page) => Promise<Page>;
  close: () => Promise<void>;
}

// Keeps the test browser off the network: no updates, no telemetry, no remote settings, no captive-portal probe.
const QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
};

/** The part of puppeteer's BiDi browsing context used here (not in its public types). */
interface BidiContext {
  navigate: (url: string, wait: 'none' | 'interactive' | 'complete') => Promise<void>;
}

/** Starts Firefox ESR with the extension from `dist` (default dist-firefox/) installed. */
export async function launchFirefoxWithExtension(dist = DIST_FIREFOX): Promise<FirefoxWithExtension> {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`${dist}/manifest.json missing: run npm run build:firefox`);
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} missing: apt-get install firefox-esr`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // Firefox 153+ lets WebDriver navigate only to http(s), file, blob and about:blank unless system access is
    // allowed; the popup and options pages are moz-extension:// addresses.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
    },
  });
  try {
    const addonId = await browser.installExtension(dist);
    const extensionUrl = (path: string) => `moz-extension://${FIXED_UUID}/${path}`;
    const openExtensionPage = async (path: string, ready: string, page?: Page) => {
      const tab = page ?? (await browser.newPage());
      // Firefox 153 sends puppeteer no navigation events for a moz-extension:// document, so page.goto() waits
      // for them until it times out; the BiDi navigate command itself returns, and the page is usable.
      const frame = tab.mainFrame() as unknown as { browsingContext: BidiContext };
      await frame.browsingContext.navigate(extensionUrl(path), 'interactive');
      await tab.waitForSelector(ready, { timeout: 20_000 });
      return tab;
    };
    return { browser, addonId, extensionUrl, openExtensionPage, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw err;
  }
}
