import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // A project without package.json keeps its cache in the user's cache folder: the tests' go to a temporary one.
    env: { XDG_CACHE_HOME: path.join(os.tmpdir(), 'gherkin-bridge-test-cache') },
    // vitest's default is one worker fewer than the cores: on the 2-core CI
    // machine, a single worker. The main process only collects results, so
    // one worker per core halves the unit tests' wall time there.
    maxWorkers: os.availableParallelism(),
    // Child-process runs of the CLI (test/support/run-cli.ts) need dist/ as new as src/.
    globalSetup: ['test/support/fresh-build.ts'],
  },
});
