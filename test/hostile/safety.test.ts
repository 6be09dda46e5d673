import { chmodSync, chownSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { visible } from '../../src/report/text-cleanup.js';
import { runCli } from '../support/run-cli.js';
import { GOOD_DESIGN } from './support/project.js';

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

describe('writes to a user file keep what the user set up', () => {
  const project = (): string => {
    const dir = path.join(scratch, `p${Math.random().toString(16).slice(2)}`);
    mkdirSync(path.join(dir, 'features'), { recursive: true });
    mkdirSync(path.join(dir, 'docs/design/pay'), { recursive: true });
    writeFileSync(path.join(dir, 'docs/design/pay/pay.md'), GOOD_DESIGN.replace('| R1  |', '| R1, R2 |').replace('- **R1:**', '- **R2:** Refund.\n- **R1:**'));
    writeFileSync(path.join(dir, 'features/pay.feature'), '@design:pay\nFeature: Payments\n');
    return dir;
  };

  it('sync refuses a read-only feature file (exit 2, one line) and leaves it as it was', async () => {
    const dir = project();
    const file = path.join(dir, 'features/pay.feature');
    chmodSync(file, 0o444);
    const run = await runCli(dir, ['sync', '--no-cache']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gherkin-bridge: Refusing to write ${file}: it is read-only (no write permission bit); make it writable to let gherkin-bridge change it\n`);
    expect(readFileSync(file, 'utf8')).toBe('@design:pay\nFeature: Payments\n');
  });

  it('sync refuses a file with hard links, which a rename would break', async () => {
    const dir = project();
    const file = path.join(dir, 'features/pay.feature');
    linkSync(file, path.join(dir, 'copy.feature.bak'));
    const run = await runCli(dir, ['sync', '--no-cache']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('it has 2 hard links');
    expect(statSync(file).nlink).toBe(2);
  });

  it('keeps the mode and the owner of a file it rewrites', async () => {
    const dir = project();
    const file = path.join(dir, 'features/pay.feature');
    chmodSync(file, 0o640);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chownSync(file, 65534, 65534);
    const run = await runCli(dir, ['sync', '--no-cache']);
    expect(run.code).toBe(0);
    const after = statSync(file);
    expect(after.mode & 0o7777).toBe(0o640);
    if (asRoot) expect([after.uid, after.gid]).toEqual([65534, 65534]);
    expect(readFileSync(file, 'utf8')).toContain('@R2');
  });

  it('removes temporary files a killed write left next to the target, and only old ones of ours', async () => {
    const dir = project();
    const old = path.join(dir, 'features/.pay.feature.0123456789ab.tmp');
    const fresh = path.join(dir, 'features/.pay.feature.ba9876543210.tmp');
    const other = path.join(dir, 'features/.pay.feature.notours.tmp');
    for (const file of [old, fresh, other]) writeFileSync(file, 'half a write');
    const hourAgo = new Date(Date.now() - 60 * 60_000);
    utimesSync(old, hourAgo, hourAgo);
    utimesSync(other, hourAgo, hourAgo);
    expect((await runCli(dir, ['sync', '--no-cache'])).code).toBe(0);
    expect([existsSync(old), existsSync(fresh), existsSync(other)]).toEqual([false, true, true]);
  });

  it('a lock held by a live run: exit 1, one line, nothing written; a lock left by a dead process is taken over', async () => {
    const dir = project();
    const lock = path.join(dir, '.gherkin-bridge.lock');
    writeFileSync(lock, `${process.pid}\n`);
    const held = await runCli(dir, ['sync', '--no-cache']);
    expect(held.code).toBe(1);
    expect(held.stderr.trim().split('\n')).toEqual([expect.stringContaining('.gherkin-bridge.lock is held by another gherkin-bridge run')]);
    expect(readFileSync(path.join(dir, 'features/pay.feature'), 'utf8')).not.toContain('@R2');
    // A process id no process has (above the kernel's maximum).
    writeFileSync(lock, '4194305\n');
    expect((await runCli(dir, ['sync', '--no-cache'])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'features/pay.feature'), 'utf8')).toContain('@R2');
    expect(existsSync(lock)).toBe(false);
  });
});

describe('control and invisible characters are shown escaped in text output', () => {
  it('a file name with a newline cannot start a line, an ESC cannot recolour, a zero-width space in an id is visible', async () => {
    const dir = path.join(scratch, 'controls');
    mkdirSync(path.join(dir, 'docs/design/pay'), { recursive: true });
    mkdirSync(path.join(dir, 'features'), { recursive: true });
    writeFileSync(
      path.join(dir, 'docs/design/pay/pay.md'),
      GOOD_DESIGN.replace('# Payments', '# Pay \u001b[31mred\u001b[0m'),
    );
    writeFileSync(path.join(dir, 'features/x\n::error file=a::owned.feature'), '@design:pay\nFeature: X\n  @R9\n  Scenario: s\n    Given x\n');
    const run = await runCli(dir, ['coverage', '--no-cache']);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u200b');
    expect(run.stdout.split('\n').some((line) => line.startsWith('::'))).toBe(false);
    expect(run.stdout).toContain('features/x\\n::error file=a::owned.feature:');
    expect(run.stdout).toContain('Pay \\x1b[31mred\\x1b[0m');
    expect(visible('@R1\u200b \u202eevil')).toBe('@R1\\u200b \\u202eevil');
  });
});

describe('--report never replaces an input of the run, nor writes outside without --allow-outside', () => {
  const project = (): string => {
    const dir = path.join(scratch, `r${Math.random().toString(16).slice(2)}`);
    mkdirSync(path.join(dir, 'docs/design/pay'), { recursive: true });
    mkdirSync(path.join(dir, 'features'), { recursive: true });
    writeFileSync(path.join(dir, 'docs/design/pay/pay.md'), GOOD_DESIGN);
    writeFileSync(path.join(dir, 'features/pay.feature'), '@design:pay\nFeature: Payments\n  @R1\n  Scenario: s\n    Given x\n');
    writeFileSync(path.join(dir, 'gherkin-bridge.config.json'), '{}\n');
    return dir;
  };

  it.each([
    ['json=docs/design/pay/pay.md'],
    ['junit=features/pay.feature'],
    ['json=gherkin-bridge.config.json'],
    ['json=./features/../docs/design/pay/pay.md'],
  ])('refuses %s (exit 2) and leaves the file as it was', async (flag) => {
    const dir = project();
    const before = readFileSync(path.join(dir, 'docs/design/pay/pay.md'), 'utf8');
    const run = await runCli(dir, ['coverage', '--no-cache', '--report', flag]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gherkin-bridge: Refusing --report .*: it is an input of this run/);
    expect(readFileSync(path.join(dir, 'docs/design/pay/pay.md'), 'utf8')).toBe(before);
    expect(readFileSync(path.join(dir, 'features/pay.feature'), 'utf8')).toContain('@R1');
  });

  it('refuses html=../x.html unless --allow-outside', async () => {
    const dir = project();
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-x.html`);
    const refused = await runCli(dir, ['coverage', '--no-cache', '--report', `html=../${path.basename(outside)}`]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('outside the working directory');
    expect(existsSync(outside)).toBe(false);
    const allowed = await runCli(dir, ['coverage', '--no-cache', '--allow-outside', '--report', `html=../${path.basename(outside)}`]);
    expect(allowed.code).toBe(0);
    expect(readFileSync(outside, 'utf8')).toContain('<html');
  });
});
