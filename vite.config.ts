import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { manifestFor } from './manifest.config.ts';

// `vite build --mode firefox` builds the Firefox variant from the same sources into dist-firefox/.
export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
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
