import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { manifestFor } from './manifest.config.ts';

/**
 * The signed feed a published build updates from: `SANCTIONS_LENS_FEED_URL=https://… npm run build`. Without it the
 * build reads the official sources directly (docs/updates.md). Users and policy can still set their own.
 */
function buildFeedUrl(): string {
  const url = (process.env.SANCTIONS_LENS_FEED_URL ?? '').trim();
  if (url && !/^https:\/\/[^\s/]+\/\S*$/.test(url))
    throw new Error(`SANCTIONS_LENS_FEED_URL must be an https:// address, not "${url}"`);
  return url;
}

// `vite build --mode firefox` builds the Firefox variant from the same sources into dist-firefox/.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    define: { 'import.meta.env.VITE_FEED_URL': JSON.stringify(buildFeedUrl()) },
    plugins: [
      preact(),
      // standaloneFiles: one self-contained content script, no loader and no web_accessible_resources, so pages
      // cannot probe for the extension.
      crx({
        manifest: manifestFor(browser),
        browser,
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      sourcemap: false,
      target: 'es2022',
    },
  };
});
