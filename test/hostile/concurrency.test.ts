import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, removeBuiltCli } from './support/built-cli.js';
import { makeProject, removeProject } from '../support/project.js';
import { GOOD_DESIGN, GOOD_FEATURE, STACK_LINE } from './support/project.js';

/** A real child process (no timer of the test's own can stop a hang in-process), killed after 60 s. */
function child(cwd: string, args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, args, { cwd, env: { ...process.env, CI: '', NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), 60_000);
    proc.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** A design `d<k>` with one e2e requirement, for sync to add a scenario for. */
function design(k: number): string {
  return `# Design ${k}\n\n## Requirements\n\n- **R${k}:** Thing ${k}.\n\n## Acceptance test surface\n\n| Req | Observable behavior | Verified by |\n|-----|---|---|\n| R${k} | Thing ${k} happens | e2e |\n`;
}

/** Appends `# appended <n>` lines one at a time (open, append, close, as `echo >>` does), a few ms apart. */
const APPENDER = `
const fs = require('node:fs');
const [file, count] = process.argv.slice(1);
for (let n = 1; n <= Number(count); n++) {
  fs.appendFileSync(file, '# appended ' + n + '\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 8);
}`;

let bin = '';
const dirs: string[] = [];
beforeAll(() => {
  bin = buildCli();
}, 180_000);
afterAll(() => {
  removeBuiltCli();
  for (const dir of dirs) removeProject(dir);
});

describe('concurrent writers (real processes): nothing lost, nothing added twice', () => {
  it('a process appending lines while sync runs loses none of them', async () => {
    const rounds = 12;
    const files: Record<string, string> = { 'docs/design/pay/pay.md': GOOD_DESIGN, 'features/pay.feature': GOOD_FEATURE };
    for (let k = 2; k < 2 + rounds; k++) files[`docs/design/d${k}/d${k}.md`] = design(k);
    const dir = makeProject(files);
    dirs.push(dir);
    const target = path.join(dir, 'features/pay.feature');
    const lines = 400;
    const appender = child(dir, ['-e', APPENDER, target, String(lines)]);
    const synced: number[] = [];
    for (let k = 2; k < 2 + rounds; k++) {
      const run = await child(dir, [bin, 'sync', '--no-cache', '--designs', `docs/design/d${k}/d${k}.md`, '--into', `d${k}=features/pay.feature`]);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect([0, 1]).toContain(run.code);
      if (run.code === 0) synced.push(k);
      else expect(run.stderr).toMatch(/Unexpected (a )?change/);
    }
    expect((await appender).code).toBe(0);
    const text = readFileSync(target, 'utf8');
    const appended = text.split('\n').filter((line) => line.startsWith('# appended '));
    expect(appended).toEqual(Array.from({ length: lines }, (_, n) => `# appended ${n + 1}`));
    for (const k of synced) expect(text.split(`@R${k} `).length - 1).toBe(1);
  }, 240_000);

  it('two syncs at once never add the same scenarios twice, and the lock is gone after them', async () => {
    for (let round = 0; round < 8; round++) {
      const dir = makeProject({ 'docs/design/pay/pay.md': GOOD_DESIGN.replace('| R1  |', '| R1, R2 |').replace('- **R1:**', '- **R2:** Refund.\n- **R1:**'), 'features/pay.feature': '@design:pay\nFeature: Payments\n' });
      dirs.push(dir);
      const runs = await Promise.all([0, 1].map(() => child(dir, [bin, 'sync', '--no-cache'])));
      for (const run of runs) {
        expect(run.stderr).not.toMatch(STACK_LINE);
        if (run.code !== 0) {
          expect(run.code).toBe(1);
          expect(run.stderr.trim().split('\n')).toHaveLength(1);
        }
      }
      expect(runs.some((run) => run.code === 0)).toBe(true);
      const text = readFileSync(path.join(dir, 'features/pay.feature'), 'utf8');
      expect(text.match(/Scenario:/g)).toHaveLength(1);
      expect(existsSync(path.join(dir, '.gherkin-bridge.lock'))).toBe(false);
    }
  }, 240_000);
});
