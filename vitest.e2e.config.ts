import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium with dist/ loaded. One file at a time (2-core machines, one browser each).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
