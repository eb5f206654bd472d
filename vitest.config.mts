import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // type-graphql require()s graphql's CommonJS build; our sources must share that one instance
    // (graphql refuses to mix its ESM and CJS copies).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
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
