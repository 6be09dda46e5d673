import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confidentChoices, proposeLinks, writeLinks } from '../../src/api/run-link.js';
import { ConfigError } from '../../src/config/resolve-options.js';
import { writeEscape } from '../../src/io/paths.js';
import { runCli, type CliRun, type RunOptions } from '../support/run-cli.js';
import { STACK_LINE } from './support/project.js';

/**
 * Writes into files the feature globs found stay inside the working
 * directory (issue 5): `link --write` and `sync` read a feature file beside
 * the repository, or one reached through a link leading out, but never write
 * it; both refuse with exit 2 before writing anything. Each case runs in
 * `<top>/project` with a sibling `<top>/outside`.
 */

const PAY_DESIGN = `# Payments

## Requirements

- **R1:** Pay by card.
- **R2:** Refund a payment.

## Acceptance test surface

| Req | Observable behavior | Verified by |
|-----|---------------------|-------------|
| R1  | A card payment succeeds | e2e |
| R2  | A refund appears on the statement | e2e |
`;

const SHIP_DESIGN = `# Shipping

## Requirements

- **R1:** Ship the parcel.
- **R2:** Track the parcel.

## Acceptance test surface

| Req | Observable behavior | Verified by |
|-----|---------------------|-------------|
| R1  | The parcel leaves the warehouse | e2e |
| R2  | The tracking page shows the parcel | e2e |
`;

/** Linked to `pay`, covering R1 only: sync wants to append R2 to it. */
const PAY_FEATURE = `@design:pay
Feature: Payments kept beside the repository

  @R1
  Scenario: Pay by card
    Given a card
`;

/** Linked to `ship`, covering R1 only: sync wants to append R2 to it. */
const SHIP_FEATURE = `@design:ship
Feature: Shipping

  @R1
  Scenario: Ship it
    Given a parcel
`;

const BACKUP_DESIGN = `# Backup

## Requirements

- **R1:** The nightly job writes a snapshot to the bucket.
- **R2:** Old snapshots are pruned after the retention period.

## Acceptance test surface

| Req | Observable behavior | Verified by |
|-----|---------------------|-------------|
| R1  | The nightly job writes a snapshot to the bucket | e2e |
| R2  | Old snapshots are pruned after the retention period | e2e |
`;

/** No requirement tag; `link` confidently proposes backup R1. */
const SNAPSHOT_FEATURE = `Feature: Nightly snapshot

  Scenario: The nightly job writes a snapshot to the bucket
    Given the nightly job ran
`;

/** No requirement tag; `link` confidently proposes backup R2. */
const RETENTION_FEATURE = `Feature: Retention

  Scenario: Old snapshots are pruned after the retention period
    Given snapshots older than the retention period
`;

interface Sandbox {
  top: string;
  project: string;
  outside: string;
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** `files` are relative to the top folder (`project/...`, `outside/...`). */
function sandbox(files: Record<string, string>): Sandbox {
  const top = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-write-confine-'));
  made.push(top);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(top, file)), { recursive: true });
    writeFileSync(path.join(top, file), text);
  }
  mkdirSync(path.join(top, 'project'), { recursive: true });
  mkdirSync(path.join(top, 'outside'), { recursive: true });
  return { top, project: path.join(top, 'project'), outside: path.join(top, 'outside') };
}

function bytes(file: string): Buffer {
  return readFileSync(file);
}

/** A folder link `project/<link>` leading to `<top>/outside`. */
function linkOut(box: Sandbox, link: string): void {
  mkdirSync(path.dirname(path.join(box.project, link)), { recursive: true });
  symlinkSync(box.outside, path.join(box.project, link));
}

describe('link --write never writes a feature file outside the working directory', () => {
  const files = {
    'project/docs/design/backup/backup.md': BACKUP_DESIGN,
    'project/features/snapshot.feature': SNAPSHOT_FEATURE,
    'outside/retention.feature': RETENTION_FEATURE,
  };
  const HINT = '(link would tag 1 scenario in it; leave it out of the features globs to tag the files inside)';

  /** Run link; expect exit 2 with one line matching `message`, nothing on stdout, and no byte changed inside or outside. */
  async function refused(box: Sandbox, argv: string[], message: string | RegExp, extra: RunOptions = {}): Promise<CliRun> {
    const inside = bytes(path.join(box.project, 'features/snapshot.feature'));
    const outside = bytes(path.join(box.outside, 'retention.feature'));
    const run = await runCli(box.project, argv, extra);
    if (typeof message === 'string') expect(run.stderr).toBe(`gherkin-bridge: ${message}\n`);
    else expect(run.stderr).toMatch(message);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(2);
    // The inside file, fine on its own, is not written either: all or nothing, as with sync.
    expect(bytes(path.join(box.project, 'features/snapshot.feature')).equals(inside)).toBe(true);
    expect(bytes(path.join(box.outside, 'retention.feature')).equals(outside)).toBe(true);
    return run;
  }

  it.each([
    ['a ../ glob in the config file', { 'project/gherkin-bridge.config.json': '{"features": ["features/*.feature", "../outside/*.feature"]}' }, ['link', '--write']],
    ['a ../ path with --features', {}, ['link', '--write', '--features', 'features/*.feature', '--features', '../outside/retention.feature']],
    ['the same with --format json', {}, ['link', '--write', '--format', 'json', '--features', 'features/*.feature', '--features', '../outside/retention.feature']],
  ])('%s: exit 2, one line naming the file and the working directory, nothing written', async (_, extra, argv) => {
    const box = sandbox({ ...files, ...extra });
    const run = await refused(box, argv, `Refusing to write ../outside/retention.feature: it is outside the working directory ${box.project} ${HINT}`);
    expect(run.stdout).toBe('');
  });

  it('a folder link leading out: exit 2, naming where it leads; the outside file is unchanged', async () => {
    const box = sandbox(files);
    linkOut(box, 'features/shared');
    const real = path.join(realpathSync(box.outside), 'retention.feature');
    // One pattern: the glob starts inside the linked folder, so it finds what is behind the link.
    await refused(
      box,
      ['link', '--write', '--features', 'features/shared/*.feature'],
      `Refusing to write features/shared/retention.feature: it leads through a symbolic link to ${real}, outside the working directory ${box.project} ${HINT}`,
    );
  });

  it('an outside file that sorts after an inside one: checked before the inside one is written', async () => {
    const box = sandbox(files);
    // `z-retention.feature` comes after `features/`: a check made file by file would have written snapshot.feature first.
    symlinkSync(path.join(box.outside, 'retention.feature'), path.join(box.project, 'z-retention.feature'));
    await refused(
      box,
      ['link', '--write', '--features', 'features/*.feature', '--features', 'z-retention.feature'],
      /^gherkin-bridge: Refusing to write z-retention\.feature: it leads through a symbolic link to .*retention\.feature, outside the working directory /,
    );
  });

  it('a file link leading out: exit 2, and the link stays a link (not replaced by a copy)', async () => {
    const box = sandbox(files);
    symlinkSync(path.join(box.outside, 'retention.feature'), path.join(box.project, 'features/retention.feature'));
    await refused(
      box,
      ['link', '--write', '--features', 'features/snapshot.feature', '--features', 'features/retention.feature'],
      /^gherkin-bridge: Refusing to write features\/retention\.feature: it leads through a symbolic link to .*, outside the working directory .* \(link would tag 1 scenario in it; /,
    );
    expect(lstatSync(path.join(box.project, 'features/retention.feature')).isSymbolicLink()).toBe(true);
  });

  it('without --write, an outside file is only read: its suggestion is listed, exit 0', async () => {
    const box = sandbox(files);
    const run = await runCli(box.project, ['link', '--features', 'features/*.feature', '--features', '../outside/retention.feature']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('../outside/retention.feature:3');
    expect(run.stdout).toContain('-> backup R2');
  });

  it('a folder link that stays inside is written through as before', async () => {
    const box = sandbox({ ...files, 'project/suites/retention.feature': RETENTION_FEATURE });
    symlinkSync('../suites', path.join(box.project, 'features/suites'));
    const run = await runCli(box.project, ['link', '--write', '--features', 'features/suites/*.feature']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(box.project, 'suites/retention.feature'), 'utf8')).toContain('@R2\n  Scenario:');
  });

  it('with the outside file left out of the globs, the inside file is tagged (exit 0)', async () => {
    const box = sandbox(files);
    const outside = bytes(path.join(box.outside, 'retention.feature'));
    const run = await runCli(box.project, ['link', '--write', '--features', 'features/*.feature']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('tagged 1 scenario in features/snapshot.feature (@design:backup on the Feature)\n');
    expect(readFileSync(path.join(box.project, 'features/snapshot.feature'), 'utf8')).toBe(
      SNAPSHOT_FEATURE.replace('Feature:', '@design:backup\nFeature:').replace('  Scenario:', '  @R1\n  Scenario:'),
    );
    expect(bytes(path.join(box.outside, 'retention.feature')).equals(outside)).toBe(true);
  });

  describe('--interactive checks the links accepted', () => {
    const argv = ['link', '--interactive', '--features', 'features/*.feature', '--features', '../outside/retention.feature'];
    // Asked in path order: ../outside/retention.feature first, then features/snapshot.feature.
    const terminal = (...answers: string[]): RunOptions => ({ stdin: answers, stdinIsTTY: true });

    it('accepting a scenario of the outside file: exit 2, nothing written, the inside file accepted too', async () => {
      const box = sandbox(files);
      const run = await refused(
        box,
        argv,
        `Refusing to write ../outside/retention.feature: it is outside the working directory ${box.project} ${HINT}`,
        terminal('a', 'a'),
      );
      expect(run.stdout).toContain('Accepted 2 of 2 reviewed scenarios.\n');
      expect(run.stdout).not.toContain('tagged');
    });

    it('rejecting it: the outside file is not to be written, so the inside one is (exit 0)', async () => {
      const box = sandbox(files);
      const outside = bytes(path.join(box.outside, 'retention.feature'));
      const run = await runCli(box.project, argv, terminal('r', 'a'));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('tagged 1 scenario in features/snapshot.feature (@design:backup on the Feature)\n');
      expect(bytes(path.join(box.outside, 'retention.feature')).equals(outside)).toBe(true);
    });
  });

  describe('writeLinks (library)', () => {
    const options = { designs: ['docs/design/**/*.md'], features: ['features/*.feature', '../outside/*.feature'] };

    it('throws ConfigError for an outside file before writing any', async () => {
      const box = sandbox(files);
      const proposal = await proposeLinks({ cwd: box.project, options, minScore: 0.15, limit: 3 });
      const choices = confidentChoices(proposal.suggestions);
      expect(choices.map((c) => `${c.file} ${c.requirement}`)).toEqual(['../outside/retention.feature R2', 'features/snapshot.feature R1']);
      const inside = bytes(path.join(box.project, 'features/snapshot.feature'));
      const error = await writeLinks(box.project, proposal, choices).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(`Refusing to write ../outside/retention.feature: it is outside the working directory ${box.project} ${HINT}`);
      expect(bytes(path.join(box.project, 'features/snapshot.feature')).equals(inside)).toBe(true);
      // Choices for inside files only: written.
      const outcome = await writeLinks(box.project, proposal, choices.filter((c) => c.file.startsWith('features/')));
      expect(outcome).toEqual({ written: [{ file: 'features/snapshot.feature', scenarios: 1, featureTag: '@design:backup' }], problems: [] });
    });

    it('an inside file that cannot be written again is a finding, as before; the others are written', async () => {
      const box = sandbox({ ...files, 'project/features/retention.feature': RETENTION_FEATURE });
      const proposal = await proposeLinks({ cwd: box.project, options: { ...options, features: ['features/*.feature'] }, minScore: 0.15, limit: 3 });
      // The file became a folder after it was read: reading it again fails.
      rmSync(path.join(box.project, 'features/retention.feature'));
      mkdirSync(path.join(box.project, 'features/retention.feature'));
      const outcome = await writeLinks(box.project, proposal, confidentChoices(proposal.suggestions));
      expect(outcome.written).toEqual([{ file: 'features/snapshot.feature', scenarios: 1, featureTag: '@design:backup' }]);
      expect(outcome.problems).toEqual([
        expect.objectContaining({ file: 'features/retention.feature', kind: 'io-error', severity: 'error', message: expect.stringContaining('Cannot read file again before writing') }),
      ]);
    });
  });
});

describe('sync never writes a feature file outside the working directory', () => {
  const files = {
    'project/docs/design/pay/pay.md': PAY_DESIGN,
    'project/docs/design/ship/ship.md': SHIP_DESIGN,
    'project/features/ship.feature': SHIP_FEATURE,
    'outside/pay.feature': PAY_FEATURE,
  };

  /** Run sync; expect exit 2 with exactly `message`, and no byte changed inside or outside. */
  async function refused(box: Sandbox, argv: string[], message: string): Promise<void> {
    const inside = bytes(path.join(box.project, 'features/ship.feature'));
    const outside = bytes(path.join(box.outside, 'pay.feature'));
    const run = await runCli(box.project, argv);
    expect(run.stderr).toBe(`gherkin-bridge: ${message}\n`);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // Nothing for any design: ship's file, inside and fine, is not written either.
    expect(bytes(path.join(box.project, 'features/ship.feature')).equals(inside)).toBe(true);
    expect(bytes(path.join(box.outside, 'pay.feature')).equals(outside)).toBe(true);
  }

  it.each([
    ['a ../ glob in the config file', { 'project/gherkin-bridge.config.json': '{"features": ["features/*.feature", "../**/*.feature"]}' }, ['sync']],
    ['a ../ path with --features', {}, ['sync', '--features', 'features/*.feature', '--features', '../outside/pay.feature']],
    ['the same with --check', {}, ['sync', '--check', '--features', 'features/*.feature', '--features', '../outside/pay.feature']],
  ])('%s: exit 2, one line naming the file and the working directory, nothing written', async (_, extra, argv) => {
    const box = sandbox({ ...files, ...extra });
    await refused(
      box,
      [...argv, '--no-cache'],
      `Refusing to write ../outside/pay.feature: it is outside the working directory ${box.project} (the file linked to @design:pay; name one inside with --into pay=<file>)`,
    );
  });

  it('a features folder link leading out (config): exit 2, naming where it leads, nothing written', async () => {
    const box = sandbox({ ...files, 'project/gherkin-bridge.config.json': '{"features": ["features/shared/*.feature"]}' });
    linkOut(box, 'features/shared');
    const real = path.join(realpathSync(box.outside), 'pay.feature');
    await refused(
      box,
      ['sync', '--no-cache'],
      `Refusing to write features/shared/pay.feature: it leads through a symbolic link to ${real}, outside the working directory ${box.project} (the file linked to @design:pay; name one inside with --into pay=<file>)`,
    );
  });

  it('--into naming a file through a folder link leading out: exit 2, nothing written', async () => {
    const box = sandbox(files);
    linkOut(box, 'features/shared');
    const run = await runCli(box.project, ['sync', '--no-cache', '--features', 'features/**/*.feature', '--into', 'pay=features/shared/new.feature']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gherkin-bridge: Refusing to write features\/shared\/new\.feature: it leads through a symbolic link to .*\/new\.feature, outside the working directory .* \(the file into names for pay\)\n$/);
    expect(() => lstatSync(path.join(box.outside, 'new.feature'))).toThrow();
  });

  it('a new file in a features folder that is a link leading out: exit 2, nothing created there', async () => {
    const box = sandbox({ 'project/docs/design/pay/pay.md': PAY_DESIGN });
    linkOut(box, 'features');
    const run = await runCli(box.project, ['sync', '--no-cache']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `gherkin-bridge: Refusing to write features/pay.feature: it leads through a symbolic link to ${path.join(realpathSync(box.outside), 'pay.feature')}, outside the working directory ${box.project} (the new file for @design:pay; choose a folder inside with --out <dir>)\n`,
    );
    expect(() => lstatSync(path.join(box.outside, 'pay.feature'))).toThrow();
  });

  it('--accept-stale of a stale scenario in a file outside: exit 2, the file unchanged', async () => {
    const box = sandbox({ 'project/docs/design/pay/pay.md': PAY_DESIGN });
    const generated = await runCli(box.project, ['generate', 'docs/design/pay/pay.md', '--out', 'gen']);
    expect(generated.code).toBe(0);
    renameSync(path.join(box.project, 'gen/pay.feature'), path.join(box.outside, 'pay.feature'));
    writeFileSync(path.join(box.project, 'docs/design/pay/pay.md'), PAY_DESIGN.replace('A refund appears on the statement', 'A refund appears on the next statement'));
    const before = bytes(path.join(box.outside, 'pay.feature'));
    const run = await runCli(box.project, ['sync', '--no-cache', '--accept-stale', '--features', '../outside/pay.feature']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `gherkin-bridge: Refusing to write ../outside/pay.feature: it is outside the working directory ${box.project} (it holds stale scenarios --accept-stale would refresh)\n`,
    );
    expect(bytes(path.join(box.outside, 'pay.feature')).equals(before)).toBe(true);
  });

  it('--register naming a runner list that is a link leading out: exit 2, the list unchanged', async () => {
    const box = sandbox({ 'project/docs/design/pay/pay.md': PAY_DESIGN, 'outside/list.txt': 'other.feature\n' });
    mkdirSync(path.join(box.project, 'features'));
    symlinkSync(path.join(box.outside, 'list.txt'), path.join(box.project, 'features/list.txt'));
    const run = await runCli(box.project, ['sync', '--no-cache', '--register', 'features/list.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gherkin-bridge: Refusing to write features\/list\.txt: it leads through a symbolic link to .*list\.txt, outside the working directory .* \(the runner list given with --register\)\n$/);
    expect(readFileSync(path.join(box.outside, 'list.txt'), 'utf8')).toBe('other.feature\n');
    expect(readlinkSync(path.join(box.project, 'features/list.txt'))).toBe(path.join(box.outside, 'list.txt'));
    expect(() => lstatSync(path.join(box.project, 'features/pay.feature'))).toThrow();
  });

  it('with the outside file left out of the globs, the same project syncs inside (exit 0)', async () => {
    const box = sandbox(files);
    const outside = bytes(path.join(box.outside, 'pay.feature'));
    const run = await runCli(box.project, ['sync', '--no-cache', '--features', 'features/*.feature']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('create features/pay.feature: scenarios for R1, R2\nadd to features/ship.feature: scenarios for R2\n');
    expect(readFileSync(path.join(box.project, 'features/ship.feature'), 'utf8').startsWith(SHIP_FEATURE)).toBe(true);
    expect(bytes(path.join(box.outside, 'pay.feature')).equals(outside)).toBe(true);
  });
});

describe('writeEscape', () => {
  it('lets through files inside, existing or not, and folders still to be made', async () => {
    const box = sandbox({ 'project/features/a.feature': 'a\n' });
    expect(await writeEscape(box.project, 'features/a.feature')).toBeNull();
    expect(await writeEscape(box.project, 'features/new/deeper/b.feature')).toBeNull();
    expect(await writeEscape(box.project, path.join(box.project, '..a.feature'))).toBeNull();
    symlinkSync('a.feature', path.join(box.project, 'features/inner.feature'));
    expect(await writeEscape(box.project, 'features/inner.feature')).toBeNull();
  });

  it('names the way out: a path, a link to a file or folder outside, a link to nothing or a loop', async () => {
    const box = sandbox({ 'outside/x.feature': 'x\n' });
    const realOutside = realpathSync(box.outside);
    expect(await writeEscape(box.project, '../outside/x.feature')).toEqual({
      reason: 'path',
      real: path.join(box.outside, 'x.feature'),
      message: `it is outside the working directory ${box.project}`,
    });
    expect((await writeEscape(box.project, '/etc/passwd'))?.reason).toBe('path');
    linkOut(box, 'out');
    expect(await writeEscape(box.project, 'out/x.feature')).toMatchObject({ reason: 'link', real: path.join(realOutside, 'x.feature') });
    expect(await writeEscape(box.project, 'out/new/y.feature')).toMatchObject({ reason: 'link', real: path.join(realOutside, 'new/y.feature') });
    symlinkSync('../outside/x.feature', path.join(box.project, 'x.feature'));
    expect(await writeEscape(box.project, 'x.feature')).toMatchObject({ reason: 'link', real: path.join(realOutside, 'x.feature') });
    symlinkSync('missing/folder', path.join(box.project, 'dangling'));
    expect(await writeEscape(box.project, 'dangling/z.feature')).toMatchObject({ reason: 'broken-link' });
    symlinkSync('loop', path.join(box.project, 'loop'));
    expect(await writeEscape(box.project, 'loop')).toMatchObject({ reason: 'broken-link' });
  });

  it('a working directory reached through a link still contains its own files', async () => {
    const box = sandbox({ 'project/features/a.feature': 'a\n' });
    const alias = path.join(box.top, 'alias');
    symlinkSync(box.project, alias);
    expect(await writeEscape(alias, 'features/a.feature')).toBeNull();
    expect(await writeEscape(alias, 'features/new.feature')).toBeNull();
    expect((await writeEscape(alias, '../outside/a.feature'))?.reason).toBe('path');
  });
});
