import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // vitest's default is one worker fewer than the cores: on the 2-core CI
    // machine, a single worker. The main process only collects results, so
    // one worker per core halves the unit tests' wall time there.
    maxWorkers: availableParallelism(),
    // Child-process runs of the CLI (test/support/run-cli.ts) need dist/ as new as src/.
    globalSetup: ['test/support/fresh-build.ts'],
  },
});
