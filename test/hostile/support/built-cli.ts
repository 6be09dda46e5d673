import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { compileSources } from '../../support/compile-sources.js';
import { repoRoot } from '../../support/corpus.js';

/**
 * Compile the sources under test into a package laid out like the published
 * one (`bin/`, `dist/`, `templates/`, `package.json`) inside
 * `node_modules/.cache`, where Node finds the dependencies, and return its
 * `bin/gherkin-bridge.js`. Cases that could hang (a FIFO, `/dev/zero`, a link
 * loop) run it as a child process with a time limit: a hang in the test's own
 * process could not be stopped.
 */
export function buildCli(): string {
  const root = builtRoot();
  const bin = path.join(root, 'bin/gherkin-bridge.js');
  if (existsSync(bin)) return bin;
  compileSources(root, path.join(root, 'dist'), ['src'], path.join(root, 'dist/cli/main.js'));
  cpSync(path.join(repoRoot, 'bin'), path.join(root, 'bin'), { recursive: true });
  cpSync(path.join(repoRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
  cpSync(path.join(repoRoot, 'package.json'), path.join(root, 'package.json'));
  return bin;
}

function builtRoot(): string {
  return path.join(repoRoot, 'node_modules/.cache/gherkin-bridge-hostile-test', String(process.pid));
}

/** Remove what {@link buildCli} made. */
export function removeBuiltCli(): void {
  rmSync(builtRoot(), { recursive: true, force: true });
}

/** What a child-process run printed and returned; `code` is null when it was killed for taking too long. */
export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Run the built CLI in `cwd`, killed after `timeout` ms. */
export function runBuilt(bin: string, cwd: string, argv: readonly string[], options: SpawnSyncOptions = {}): ChildRun {
  const timeout = 30_000;
  const child = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '', NO_COLOR: '1' },
    timeout,
    killSignal: 'SIGKILL',
    ...options,
  });
  const timedOut = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { code: child.status, stdout: String(child.stdout ?? ''), stderr: String(child.stderr ?? ''), timedOut };
}
