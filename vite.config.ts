import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
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

/**
 * Firefox package only: the snapshot goes in gzipped (addons-linter refuses text files over 5 MB; the worker
 * decompresses it, see src/background/bundled-snapshot.ts). Node's gzip writes no timestamp, so packages stay
 * byte-for-byte reproducible.
 */
function gzipSnapshot(outDir: string): Plugin {
  return {
    name: 'gzip-snapshot',
    apply: 'build',
    closeBundle() {
      const file = join(outDir, 'lists/snapshot.json');
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
      rmSync(file);
    },
  };
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
      ...(browser === 'firefox' ? [gzipSnapshot('dist-firefox')] : []),
    ],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      sourcemap: false,
      target: 'es2022',
    },
  };
});
