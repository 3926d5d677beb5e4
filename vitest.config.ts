import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts: unit tests run in Node without the CRXJS plugin.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
