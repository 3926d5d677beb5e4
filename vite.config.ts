import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.config.ts';

export default defineConfig({
  plugins: [
    preact(),
    // standaloneFiles: one self-contained content script, no loader and no web_accessible_resources, so pages
    // cannot probe for the extension.
    crx({ manifest, contentScripts: { standaloneFiles: ['src/content/index.ts'] } }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
});
