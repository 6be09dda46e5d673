import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/project.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-safety-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a --cwd that is not a folder is a usage error, not an empty project', () => {
  it('coverage --min-coverage 100 on a missing folder exits 2 with "no such directory"', async () => {
    const missing = path.join(scratch, 'nonexistent');
    const run = await runCli(scratch, ['--cwd', missing, 'coverage', '--min-coverage', '100']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`gherkin-bridge: --cwd ${missing}: no such directory\n`);
  });

  it('init creates nothing under a missing folder', async () => {
    const missing = path.join(scratch, 'nonexistent/x');
    const run = await runCli(scratch, ['--cwd', missing, 'init']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such directory');
    expect(existsSync(path.join(scratch, 'nonexistent'))).toBe(false);
  });
});
