import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './corpus.js';

/** The newest modification time of a file under `dir`, in ms. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The build time of `dist/`, or 0 when it was never built. */
function builtAt(): number {
  try {
    return statSync(path.join(repoRoot, 'dist/cli/main.js')).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * vitest global setup: tests that run the CLI as a child process run the
 * built `bin/gherkin-bridge.js`, so `dist/` must be as new as `src/`. `npm
 * test` builds first, and then this does nothing; after an edit, a bare
 * `npx vitest run` builds once here, before any test starts.
 */
export default function setup(): void {
  if (builtAt() >= newestUnder(path.join(repoRoot, 'src'))) return;
  console.log('dist/ is older than src/: running npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed: the tests that run the built CLI cannot run');
}
