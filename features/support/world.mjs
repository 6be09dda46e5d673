// Acceptance-test world: every scenario gets a fresh temporary folder and runs
// the built CLI (bin/gherkin-bridge.js) in it as a child process, as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { After, Before, setWorldConstructor, World } from '@cucumber/cucumber';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(repoRoot, 'bin', 'gherkin-bridge.js');

// A project without package.json keeps its cache in the user's cache folder: the scenarios' go to a temporary one.
process.env.XDG_CACHE_HOME = path.join(tmpdir(), 'gherkin-bridge-accept-cache');

/** Split a command line into words, honouring double quotes. */
export function words(commandLine) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  let match;
  while ((match = re.exec(commandLine)) !== null) {
    out.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]);
  }
  return out;
}

class CliWorld extends World {
  dir = '';
  result = null;

  run(commandLine) {
    const argv = words(commandLine);
    if (argv[0] !== 'gherkin-bridge') throw new Error(`expected a gherkin-bridge command, got ${commandLine}`);
    const child = spawnSync(process.execPath, [bin, ...argv.slice(1)], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, CI: '', NO_COLOR: '1' },
      timeout: 60_000,
    });
    this.result = { code: child.status, stdout: child.stdout, stderr: child.stderr };
    return this.result;
  }

  file(relative) {
    return path.join(this.dir, relative);
  }
}

setWorldConstructor(CliWorld);

Before(function () {
  this.dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-accept-'));
});

After(function () {
  if (this.dir) rmSync(this.dir, { recursive: true, force: true });
});
