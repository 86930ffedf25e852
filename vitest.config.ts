import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Postgres/SQLite/ports are shared machine resources: files run in parallel processes, each test file
    // uses its own temp dir, port 0 and its own schema.
    pool: 'forks',
    // Browser tests need the built web client: built once per run.
    globalSetup: ['test/browser/global-setup.ts'],
  },
});
