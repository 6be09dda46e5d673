import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../support/corpus.js';

const OUT = path.join(repoRoot, 'node_modules/.cache/gherkin-bridge-discover-test');

/**
 * `src/io/discover.ts` and what it imports compiled to JavaScript inside
 * `node_modules/.cache` (where Node finds the dependencies), for cases that
 * run discovery in a child process: one that could hang, so that a hang
 * fails the test instead of freezing the run. Returns the module's path.
 */
export function compileDiscover(): string {
  compiled ??= compile();
  return compiled;
}

let compiled: string | undefined;

function compile(): string {
  const tsconfig = path.join(OUT, 'tsconfig.json');
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: path.join(repoRoot, 'tsconfig.json'),
      compilerOptions: {
        rootDir: path.join(repoRoot, 'src'),
        outDir: path.join(OUT, 'dist'),
        declaration: false,
        sourceMap: false,
        noEmitOnError: false,
        typeRoots: [path.join(repoRoot, 'node_modules/@types')],
      },
      include: [path.join(repoRoot, 'src/io/discover.ts')],
    }),
  );
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', tsconfig], { encoding: 'utf8' });
  const module = path.join(OUT, 'dist/io/discover.js');
  if (!existsSync(module)) throw new Error(`Could not compile discover: ${result.stdout}${result.stderr}`);
  // The package is an ES module package; the folder needs to say so too.
  writeFileSync(path.join(OUT, 'package.json'), '{ "type": "module" }\n');
  return module;
}

/**
 * `discover(cwd, patterns)` in a child process, stopped after `timeoutMs`;
 * stdout is the JSON of `{ files, loaded }`, `loaded` the CommonJS modules the
 * process loaded (to see which dependencies a run needed).
 */
export function discoverInChild(module: string, cwd: string, patterns: readonly string[], timeoutMs: number): SpawnSyncReturns<string> {
  const script = `import { createRequire } from 'node:module';
const { discover } = await import(${JSON.stringify(module)});
const files = await discover(${JSON.stringify(cwd)}, ${JSON.stringify(patterns)});
process.stdout.write(JSON.stringify({ files, loaded: Object.keys(createRequire(import.meta.url).cache) }));`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: timeoutMs });
}
