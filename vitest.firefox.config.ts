import { defineConfig } from 'vitest/config';

// Firefox ESR smoke test: dist-firefox/ installed as a temporary add-on, driven over WebDriver BiDi.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
