import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'client/e2e/**/*.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each file starts its own server on one shared, seeded database; keep the 2 cores busy, not swamped.
    maxWorkers: 2,
  },
});
