import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { makeProject, removeProject } from '../support/project.js';
import { runCli, type CliRun } from '../support/run-cli.js';
import { GOOD_DESIGN, GOOD_FEATURE, jsonReport, STACK_LINE } from './support/project.js';

/** `Feature: café` in Latin-1 on line 3: not UTF-8. */
const LATIN1_FEATURE = Buffer.concat([
  Buffer.from('# a comment\n\nFeature: caf'),
  Buffer.from([0xe9]),
  Buffer.from('\n  Scenario: s\n    Given x\n'),
]);
const LATIN1_DESIGN = Buffer.concat([Buffer.from('# Design\n'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);

const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

function findingsFor(findings: readonly Finding[], file: string): Finding[] {
  return findings.filter((finding) => finding.file === file);
}

/** The built CLI as a child process, so that a hang fails the test instead of freezing the run. */
async function run(dir: string, argv: readonly string[]): Promise<CliRun> {
  const result = await runCli(dir, argv, { spawn: true });
  expect(result.timedOut, `gherkin-bridge ${argv.join(' ')} did not finish`).toBeUndefined();
  expect(result.stderr).not.toMatch(STACK_LINE);
  return result;
}

describe('bad files: one clear finding with the path, and the run goes on', () => {
  let dir = '';
  beforeAll(() => {
    dir = makeProject({
      'docs/design/pay/pay.md': GOOD_DESIGN,
      'docs/design/bad/bad.md': LATIN1_DESIGN,
      'docs/design/notes/notes.md': 'Just some notes about the sprint.\n\n- buy milk\n',
      'features/pay.feature': GOOD_FEATURE,
      'features/latin1.feature': LATIN1_FEATURE,
    });
    mkdirSync(path.join(dir, 'features/folder.feature'));
    mkdirSync(path.join(dir, 'docs/design/folder.md'));
    symlinkSync('..', path.join(dir, 'features/loop'));
    symlinkSync('self.feature', path.join(dir, 'features/self.feature'));
    symlinkSync('pong.feature', path.join(dir, 'features/ping.feature'));
    symlinkSync('ping.feature', path.join(dir, 'features/pong.feature'));
    symlinkSync('/dev/zero', path.join(dir, 'features/zero.feature'));
    if (canMakeFifo) spawnSync('mkfifo', [path.join(dir, 'features/pipe.feature'), path.join(dir, 'docs/design/pipe.md')]);
  });
  afterAll(() => removeProject(dir));

  it('reports invalid UTF-8 and a non-design, skips links, folders and FIFOs under a glob, and still covers the good design', async () => {
    const result = await run(dir, ['coverage', '--format', 'json', '--no-cache']);
    expect(result.code).toBe(1);
    const report = jsonReport(result);

    expect(findingsFor(report.findings, 'features/latin1.feature')).toEqual([
      expect.objectContaining({ kind: 'io-error', severity: 'error', line: 3, message: 'Unexpected byte sequence, expected UTF-8 text' }),
    ]);
    expect(findingsFor(report.findings, 'docs/design/bad/bad.md')).toEqual([
      expect.objectContaining({ kind: 'io-error', severity: 'error', line: 2, message: 'Unexpected byte sequence, expected UTF-8 text' }),
    ]);
    // Notes beside the designs are not designs: skipped, with the reason, and no finding.
    expect(findingsFor(report.findings, 'docs/design/notes/notes.md')).toEqual([]);
    expect(report.skipped).toEqual([
      { file: 'docs/design/notes/notes.md', reason: expect.stringContaining('no "Feature design" title') },
    ]);
    // Links, folders and FIFOs matched by a glob are not followed or read: no finding, no hang.
    const files = new Set(report.findings.map((finding) => finding.file));
    for (const skipped of ['features/folder.feature', 'features/self.feature', 'features/ping.feature', 'features/zero.feature', 'features/pipe.feature', 'docs/design/folder.md', 'docs/design/pipe.md']) {
      expect(files.has(skipped), skipped).toBe(false);
    }

    // The run went on: the good design is covered by the good feature file.
    const pay = report.designs.find((design) => design.slug === 'pay');
    expect(pay?.requirements.map((r) => [r.id, r.status])).toEqual([['R1', 'covered']]);
    expect(report.summary.featureFiles).toBe(1);
    // pay.md only: notes.md is skipped as not a design (bad.md is unreadable).
    expect(report.summary.designs).toBe(1);
  });

  it('says a file whose name is not UTF-8 cannot be opened by that name, rather than that it does not exist', async () => {
    const project = makeProject({ 'docs/design/pay/pay.md': GOOD_DESIGN });
    try {
      mkdirSync(path.join(project, 'features'));
      writeFileSync(Buffer.concat([Buffer.from(`${project}/features/bad`), Buffer.from([0xff]), Buffer.from('name.feature')]), GOOD_FEATURE);
      const report = jsonReport(await run(project, ['coverage', '--format', 'json', '--no-cache']));
      expect(report.findings.filter((finding) => finding.kind === 'io-error')).toEqual([
        expect.objectContaining({
          file: 'features/bad\uFFFDname.feature',
          message: 'Cannot read file: its name is not valid UTF-8, so it cannot be opened by name; rename it',
        }),
      ]);
    } finally {
      removeProject(project);
    }
  });

  it('gives a path named explicitly that is a folder, a link loop, a device or a FIFO one io-error each', async () => {
    const named = ['features/folder.feature', 'features/self.feature', 'features/ping.feature', 'features/zero.feature', ...(canMakeFifo ? ['features/pipe.feature'] : [])];
    const argv = ['coverage', '--format', 'json', '--no-cache', '--features', 'features/pay.feature'];
    for (const file of named) argv.push('--features', file);
    const report = jsonReport(await run(dir, argv));
    const messages = Object.fromEntries(named.map((file) => [file, findingsFor(report.findings, file).map((f) => `${f.kind} ${f.line} ${f.message}`)]));
    expect(messages).toEqual({
      'features/folder.feature': ['io-error 1 Cannot read file: it is a directory'],
      'features/self.feature': ['io-error 1 Cannot read file: too many levels of symbolic links'],
      'features/ping.feature': ['io-error 1 Cannot read file: too many levels of symbolic links'],
      'features/zero.feature': ['io-error 1 Cannot read file: it is not a regular file (a FIFO, socket or device)'],
      ...(canMakeFifo ? { 'features/pipe.feature': ['io-error 1 Cannot read file: it is not a regular file (a FIFO, socket or device)'] } : {}),
    });
    expect(report.designs.find((design) => design.slug === 'pay')?.requirements[0]?.status).toBe('covered');
  });

  it('extract and generate name a folder or a FIFO given as a design, exit 2, and still do the others', async () => {
    const extract = await run(dir, ['extract', 'docs/design/folder.md', 'docs/design/pay/pay.md', ...(canMakeFifo ? ['docs/design/pipe.md'] : [])]);
    expect(extract.code).toBe(2);
    expect(extract.stderr).toContain('docs/design/folder.md: expected a file, found a directory');
    if (canMakeFifo) {
      expect(extract.stderr).toContain('docs/design/pipe.md:1: error [io-error] Cannot read file: it is not a regular file');
    }
    expect(extract.stdout).toContain('docs/design/pay/pay.md (@design:pay)');

    const generate = await run(dir, ['generate', 'docs/design/bad/bad.md', 'docs/design/pay/pay.md', '--out', 'generated']);
    expect(generate.code).toBe(2);
    expect(generate.stderr).toContain('docs/design/bad/bad.md:2: error [io-error] Unexpected byte sequence, expected UTF-8 text');
    expect(generate.stdout).toContain('created generated/pay.feature');
    expect(readdirSync(path.join(dir, 'generated'))).toEqual(['pay.feature']);
  });
});

/**
 * Permission denied, for real: files and folders made unreadable or
 * read-only with chmod. Root ignores permission bits, so as root the CLI runs
 * as `nobody` (who owns nothing in the project).
 */
describe('permissions: an unreadable file is a finding, a read-only target a clear error (exit 2)', () => {
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? { uid: 65534, gid: 65534 } : undefined;
  let dir = '';

  async function runAs(argv: readonly string[]): Promise<CliRun> {
    const result = await runCli(dir, argv, { spawn: true, ...(user ? { user } : {}) });
    expect(result.timedOut).toBeUndefined();
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toContain('internal error');
    return result;
  }

  beforeAll(() => {
    dir = makeProject({
      'docs/design/pay/pay.md': GOOD_DESIGN.replace('| R1  | A card payment succeeds | e2e |', '| R1  | A card payment succeeds | e2e |\n| R2  | A refund is shown | e2e |'),
      'features/pay.feature': GOOD_FEATURE,
      'features/secret.feature': GOOD_FEATURE.replace('@design:pay', '@design:secret'),
      'out/pay.feature': 'old text, written by hand\n',
    });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'features/secret.feature'), 0o000);
    chmodSync(path.join(dir, 'features'), 0o555);
    chmodSync(path.join(dir, 'out'), 0o555);
  });
  afterAll(() => {
    for (const folder of ['features', 'out']) chmodSync(path.join(dir, folder), 0o755);
    removeProject(dir);
  });

  it('reports a file it may not read, with its path, and goes on with the others', async () => {
    const result = await runAs(['coverage', '--format', 'json', '--no-cache']);
    const report = jsonReport(result);
    expect(findingsFor(report.findings, 'features/secret.feature')).toEqual([
      expect.objectContaining({ kind: 'io-error', line: 1, message: 'Cannot read file: permission denied' }),
    ]);
    expect(report.designs[0]?.requirements.map((r) => [r.id, r.status])).toEqual([
      ['R1', 'covered'],
      ['R2', 'uncovered'],
    ]);
  });

  it('generate into a read-only folder: one line naming the file, exit 2, the old file intact', async () => {
    const result = await runAs(['generate', 'docs/design/pay/pay.md', '--out', 'out', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`gherkin-bridge: Cannot write ${path.join(dir, 'out/pay.feature')}: permission denied\n`);
    expect(readFileSync(path.join(dir, 'out/pay.feature'), 'utf8')).toBe('old text, written by hand\n');
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['pay.feature']);
  });

  it('sync into a read-only folder: exit 2 naming the file, which is unchanged', async () => {
    const result = await runAs(['sync', '--no-cache', '--features', 'features/pay.feature']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`gherkin-bridge: Cannot write ${path.join(dir, 'features/pay.feature')}: permission denied`);
    expect(readFileSync(path.join(dir, 'features/pay.feature'), 'utf8')).toBe(GOOD_FEATURE);
  });

  it('coverage --report into a read-only folder: the report on stdout, then exit 2 naming the file', async () => {
    const result = await runAs(['coverage', '--no-cache', '--report', 'junit=out/junit.xml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('docs/design/pay/pay.md');
    expect(result.stderr).toContain(`gherkin-bridge: Cannot write ${path.join(dir, 'out/junit.xml')}: permission denied`);
  });
});
