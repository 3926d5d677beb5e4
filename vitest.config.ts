import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts: unit tests run in Node without the CRXJS plugin.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    // Tests that start a whole list (index build in slices, each a timer hop in Node) take 1–3 s alone and once ran
    // past the default 5 s with 43 files running on a loaded 2-core machine.
    testTimeout: 20_000,
  },
});
