import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

// Public half of the extension's signing key: fixes the extension id (mdcmlcfmidoblnflakfpdmdomaphdpnm) for every
// build so that organisations can address it in browser policy. Not a secret.
export const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqEYLsefAzcq7i8ZczcINJB9Nd/TSGnUh+eGg9gKtVuZMtfu8quqfki13uNE6bxVahITPLvpcxRltHvubzhp6XM2gzLxjeExf6JghThOA0kBBw7SwnuBwIlYrxh24vxijDrfWkM3U7vwSOmCvFpcWuqyntITMLdsTE6y82Bc7Evjp8yd8HFWF2lh57G3GsuTEMEVRARg9mP73DNgtIDIYE2v5A9+xwqRxf8zFsXhVgDVXbWNfJziVxg11uJgC92gvi1k+3AEzDcGBspUO4Nz4WgPit+NUZpQuLT0q5SLjHhwLnjyV5lCohq1m1NNv4CKktNAsTLbbgt67R8A4+yWEbwIDAQAB';

/** Browsers the build can target: `chrome` (also Edge) and `firefox`. */
export type TargetBrowser = 'chrome' | 'firefox';

/** Firefox add-on id: fixed so that organisations can address the add-on in Firefox policies. */
export const GECKO_ID = 'sanctions-lens@sanctions-lens';

const chromeManifest = {
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  default_locale: 'en',
  version: pkg.version,
  key: MANIFEST_KEY,
  icons: {
    16: 'icons/icon-16.png',
    32: 'icons/icon-32.png',
    48: 'icons/icon-48.png',
    128: 'icons/icon-128.png',
  },
  action: {
    default_popup: 'src/ui/popup/index.html',
    default_title: '__MSG_extName__',
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  },
  options_page: 'src/ui/options/index.html',
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  content_scripts: [
    {
      matches: ['http://*/*', 'https://*/*'],
      js: ['src/content/index.ts'],
      all_frames: true,
      // Frames without a URL of their own (about:blank, srcdoc) run it too, by their creator's origin.
      match_about_blank: true,
      // Also blob: and data: frames. Spread: CRXJS 3.0's manifest type lacks this key (Chrome 99+, Firefox 128+).
      ...({ match_origin_as_fallback: true } as object),
      run_at: 'document_idle',
    },
  ],
  permissions: ['storage', 'alarms', 'contextMenus'],
  host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
  storage: { managed_schema: 'managed-schema.json' },
  // Strict: only packaged scripts and styles, no inline code or eval, no plugins, no framing. Network requests
  // (connect-src) only to HTTPS hosts, and plain HTTP only on loopback, as the list updater allows.
  content_security_policy: {
    extension_pages:
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'self' https: http://127.0.0.1:* http://localhost:*; object-src 'none'; base-uri 'none'; " +
      "form-action 'none'; frame-ancestors 'none'",
  },
} satisfies Parameters<typeof defineManifest>[0];

// Firefox MV3 has no service workers for extensions (event page via background.scripts instead), ignores the Chrome
// `key`, and needs a gecko id, the minimum version (140: the first ESR with module background scripts and the data-collection declaration) and the data-collection declaration.
function firefoxManifest() {
  const { key: _key, background: _background, ...rest } = chromeManifest;
  return {
    ...rest,
    // Firefox shows 64 and 96 px icons on its add-on pages (96 for high-DPI screens).
    icons: { ...rest.icons, 64: 'icons/icon-64.png', 96: 'icons/icon-96.png' },
    // CRXJS turns this into a module loader script (type: module) in the built manifest.
    background: { scripts: ['src/background/index.ts'] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none' as const] },
      },
      // Firefox for Android reads the data-collection declaration from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/** The manifest for one target browser; the Chrome one is also the Edge one. */
export function manifestFor(browser: TargetBrowser) {
  return defineManifest(browser === 'firefox' ? firefoxManifest() : chromeManifest);
}

export default manifestFor('chrome');
