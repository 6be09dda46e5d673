import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
  mkdirSync(outDir, { recursive: true });
  const tsconfig = path.join(outDir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: path.join(repoRoot, 'tsconfig.json'),
      compilerOptions: {
        rootDir: path.join(repoRoot, 'src'),
        outDir,
        declaration: false,
        sourceMap: false,
        noEmitOnError: false,
      },
      files: [path.join(repoRoot, 'src/io/index-worker.ts')],
      include: [],
    }),
  );
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', tsconfig], { encoding: 'utf8' });
  const entry = path.join(outDir, 'io/index-worker.js');
  const remove = (): void => rmSync(outDir, { recursive: true, force: true });
  if (!existsSync(entry)) {
    remove();
    throw new Error(`Could not build the worker: ${result.stdout}${result.stderr}`);
  }
  return { url: pathToFileURL(entry), remove };
}
