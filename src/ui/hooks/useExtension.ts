// Small facts and actions of the extension itself.
import { useCallback } from 'preact/hooks';
import { browser } from '../../shared/browser.ts';

/** Opens the options page (from the popup). */
export function useOpenOptions() {
  return useCallback(() => void browser.runtime.openOptionsPage(), []);
}

/** The extension's version from its manifest. */
export function useExtensionVersion(): string {
  return browser.runtime.getManifest().version;
}
