// Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core, no browser download) with the
// Firefox build installed as a temporary add-on.
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** SL_DIST_FIREFOX lets parallel runs use their own build directory. */
export const DIST_FIREFOX = process.env.SL_DIST_FIREFOX
  ? resolve(process.env.SL_DIST_FIREFOX)
  : resolve(import.meta.dirname, '../../dist-firefox');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
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
    extraPrefsFirefox: QUIET_PREFS,
  });
  try {
    const addonId = await browser.installExtension(dist);
    return { browser, addonId, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw err;
  }
}
