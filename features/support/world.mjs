// Acceptance-test world: every scenario gets a fresh temporary folder and runs
// the built CLI (bin/gherkin-bridge.js) in it as a child process, as a user would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { After, Before, setDefaultTimeout, setWorldConstructor, World } from '@cucumber/cucumber';
import { runBuiltCli } from '../../test/support/run-built-cli.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// A project without package.json keeps its cache in the user's cache folder: the scenarios' go to a temporary one.
process.env.XDG_CACHE_HOME = path.join(tmpdir(), 'gherkin-bridge-accept-cache');

/** Split a command line into words, honouring double quotes. */
function words(commandLine) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  let match;
  while ((match = re.exec(commandLine)) !== null) {
    out.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]);
  }
  return out;
}

/** The arguments of a `gherkin-bridge ...` command line. */
export function gherkinBridgeArgs(commandLine) {
  const argv = words(commandLine);
  if (argv[0] !== 'gherkin-bridge') throw new Error(`expected a gherkin-bridge command, got ${commandLine}`);
  return argv.slice(1);
}

class CliWorld extends World {
  dir = '';
  result = null;

  /** Run a `gherkin-bridge ...` command line; `options` as for runBuiltCli (a user, stdin lines). */
  async run(commandLine, options = {}) {
    this.result = await runBuiltCli(this.dir, gherkinBridgeArgs(commandLine), options);
    return this.result;
  }

  file(relative) {
    return path.join(this.dir, relative);
  }
}

setWorldConstructor(CliWorld);
// Steps wait for child processes, which a busy machine slows down; each run has its own time limit.
setDefaultTimeout(120_000);

Before(function () {
  this.dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-accept-'));
});

After(function () {
  if (this.dir) rmSync(this.dir, { recursive: true, force: true });
});
