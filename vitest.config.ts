import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // Child-process runs of the CLI (test/support/run-cli.ts) need dist/ as new as src/.
    globalSetup: ['test/support/fresh-build.ts'],
  },
});
