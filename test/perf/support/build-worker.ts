import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileSources } from '../../support/compile-sources.js';
import { repoRoot } from '../../support/corpus.js';

/**
 * Compile the indexing worker (and only what it imports) from the sources
 * under test into a folder inside `node_modules/.cache`, where Node finds the
 * repository's dependencies. Returns the entry's URL and a function that
 * removes the build. Tests run from TypeScript sources, which a worker thread
 * cannot load.
 */
export function buildWorker(): { url: URL; remove: () => void } {
  const outDir = path.join(repoRoot, 'node_modules/.cache', `gherkin-bridge-perf-test-${process.pid}`);
  const entry = path.join(outDir, 'io/index-worker.js');
  const remove = (): void => rmSync(outDir, { recursive: true, force: true });
  try {
    compileSources(outDir, outDir, ['src/io/index-worker.ts'], entry);
  } catch (error) {
    remove();
    throw error;
  }
  return { url: pathToFileURL(entry), remove };
}
