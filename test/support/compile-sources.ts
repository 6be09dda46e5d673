import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './corpus.js';

/**
 * Compile source files under test (and what they import) with the project's
 * TypeScript settings into `outDir`, for code that cannot run from sources: a
 * worker thread, a child process. `root` (inside `node_modules/.cache`, where
 * Node finds the dependencies) receives the tsconfig. Throws with the
 * compiler's output when `expected` is missing afterwards.
 */
export function compileSources(root: string, outDir: string, include: readonly string[], expected: string): void {
  mkdirSync(root, { recursive: true });
  const tsconfig = path.join(root, 'tsconfig.json');
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
        typeRoots: [path.join(repoRoot, 'node_modules/@types')],
      },
      include: include.map((file) => path.join(repoRoot, file)),
    }),
  );
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', tsconfig], { encoding: 'utf8' });
  if (!existsSync(expected)) throw new Error(`Could not compile ${include.join(', ')}: ${result.stdout}${result.stderr}`);
}
