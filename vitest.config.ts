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
  },
});
