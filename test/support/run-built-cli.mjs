// The built CLI as a child process, as a user runs it. Shared by the unit
// tests' runCli (test/support/run-cli.ts, `spawn: true`) and the acceptance
// tests' world (features/support/world.mjs), which run against dist/ as .mjs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** bin/gherkin-bridge.js of this repository. */
export const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/gherkin-bridge.js');

/**
 * Run `gherkin-bridge <argv>` in `cwd`; resolves to `{ code, stdout, stderr }`,
 * plus `timedOut: true` when it was killed after `timeout` ms. `stdin` lines
 * are written to its standard input (each with its newline); `user` runs it as
 * another `{ uid, gid }`.
 */
export function runBuiltCli(cwd, argv, { stdin = [], timeout = 60_000, user } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd,
      env: { ...process.env, CI: '', NO_COLOR: '1' },
      timeout,
      killSignal: 'SIGKILL',
      ...user,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    // A child that exits without reading stdin closes the pipe: not the test's failure.
    child.stdin.on('error', () => {});
    child.on('close', (code, signal) => {
      resolve({ code, stdout, stderr, ...(code === null && signal === 'SIGKILL' ? { timedOut: true } : {}) });
    });
    child.stdin.end(stdin.map((line) => `${line}\n`).join(''));
  });
}
