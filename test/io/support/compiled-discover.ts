import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileSources } from '../../support/compile-sources.js';
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
  const module = path.join(OUT, 'dist/io/discover.js');
  compileSources(OUT, path.join(OUT, 'dist'), ['src/io/discover.ts'], module);
  // The package is an ES module package; the folder needs to say so too.
  writeFileSync(path.join(OUT, 'package.json'), '{ "type": "module" }\n');
  return module;
}

/**
 * `discover(cwd, patterns)` in a child process, stopped after `timeoutMs`;
 * stdout is the JSON of `{ files }`.
 */
export function discoverInChild(module: string, cwd: string, patterns: readonly string[], timeoutMs: number): SpawnSyncReturns<string> {
  const script = `const { discover } = await import(${JSON.stringify(module)});
const files = await discover(${JSON.stringify(cwd)}, ${JSON.stringify(patterns)});
process.stdout.write(JSON.stringify({ files }));`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: timeoutMs });
}
