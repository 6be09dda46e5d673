#!/usr/bin/env node
// `node scripts/run-parallel.mjs build lint typecheck`: runs those npm scripts
// at the same time, prints each one's output when it ends, and exits 1 when
// any failed. `npm test` uses it for the single-threaded checks (tsc, eslint),
// which on a 2-core machine otherwise leave one core idle.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const results = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(npm, ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          process.stdout.write(`> npm run ${name} (${seconds} s, exit ${code})\n${output}`);
          resolve(code === 0);
        });
      }),
  ),
);
process.exit(results.every(Boolean) ? 0 : 1);
