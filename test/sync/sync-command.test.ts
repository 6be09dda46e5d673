import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeProject, read, removeProject, snapshot } from '../support/project.js';
import { fingerprint } from '../../src/shared/provenance.js';
import { runCli } from '../support/run-cli.js';
import { coverage, designDoc, sync } from './support/sync-project.js';

const PAY = designDoc('Pay', [['R1', 'Pay.'], ['R2', 'Refund.']], [
  ['R1', 'Paying works', 'e2e'],
  ['R2', 'Refunding works', 'e2e'],
]);
const SHIP = designDoc('Ship', [['R1', 'Ship.']], [['R1', 'Parcels ship', 'e2e']]);
const PAY_FEATURE = '@design:pay\nFeature: Pay\n\n  @R1\n  Scenario: Pay\n    Given a card\n';

let dir = '';
afterEach(() => removeProject(dir));

describe('sync --check', () => {
  it('prints a unified diff per file, writes nothing, and exits 1; after sync it exits 0', async () => {
    dir = makeProject({ 'docs/design/pay/pay.md': PAY, 'docs/design/ship/ship.md': SHIP, 'features/pay.feature': PAY_FEATURE });
    const before = snapshot(dir);
    const check = await runCli(dir, ['sync', '--check', '--no-cache']);
    expect(check.code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
    expect(check.stdout).toContain('would add to features/pay.feature: scenarios for R2\n--- a/features/pay.feature\n+++ b/features/pay.feature\n@@ -4,3 +4,13 @@\n   @R1\n   Scenario: Pay\n     Given a card\n+\n+  # gherkin-bridge: design=pay row=R2');
    expect(check.stdout).toContain('would create features/ship.feature: scenarios for R1\n--- /dev/null\n+++ b/features/ship.feature\n@@ -0,0 +1,13 @@\n+@design:ship\n');

    // The diff is the change: applying sync gives exactly the "+" side.
    const run = await runCli(dir, ['sync', '--no-cache']);
    expect(run.code).toBe(0);
    const added = check.stdout
      .split('\n')
      .filter((line) => line.startsWith('+') && !line.startsWith('+++'))
      .map((line) => line.slice(1));
    expect(read(dir, 'features/ship.feature')).toBe(`${added.slice(10).join('\n')}\n`);
    expect(read(dir, 'features/pay.feature')).toBe(`${PAY_FEATURE}${added.slice(0, 10).join('\n')}\n`);

    const again = await runCli(dir, ['sync', '--check', '--no-cache']);
    expect(again).toEqual({ code: 0, stdout: 'nothing to do\n', stderr: '' });
  });
});

describe('sync writes', () => {
  it('replace files atomically (a new inode by rename), keeping their permission bits and leaving no temporary file', async () => {
    dir = makeProject({ 'docs/design/pay/pay.md': PAY, 'features/pay.feature': PAY_FEATURE });
    const file = path.join(dir, 'features/pay.feature');
    chmodSync(file, 0o640);
    const inode = statSync(file).ino;
    await sync(dir);
    expect(statSync(file).ino).not.toBe(inode);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect([...snapshot(dir).keys()]).toEqual(['docs/design/pay/pay.md', 'features/pay.feature']);
  });
});

describe('sync never touches a file that does not parse, and never deletes', () => {
  it('reports the broken file, adds nothing for its design elsewhere, and still syncs the other designs', async () => {
    const broken = '@design:pay\nFeature: Pay\n  @R1\n  Scenario: Pay\n    Given a card\n  | not | a | step table |\nnonsense\n';
    dir = makeProject({ 'docs/design/pay/pay.md': PAY, 'docs/design/ship/ship.md': SHIP, 'features/pay.feature': broken });
    const run = await runCli(dir, ['sync', '--no-cache']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^features\/pay\.feature:\d+: error \[parse-error\] features\/pay\.feature names @design:pay but does not parse/);
    expect(read(dir, 'features/pay.feature')).toBe(broken);
    expect(existsSync(path.join(dir, 'features/ship.feature'))).toBe(true);
    expect(run.stdout).toContain('create features/ship.feature');
  });

  it('holds back only what a broken file names: its @R tags and provenance rows; the rest is added to the design\'s file', async () => {
    const three = designDoc('Pay', [['R1', 'Pay.'], ['R2', 'Refund.'], ['R3', 'Split.']], [
      ['R1', 'Paying works', 'e2e'],
      ['R2', 'Refunding works', 'e2e'],
      ['R3', 'Splitting works', 'e2e'],
    ]);
    // Names R2 by a provenance comment only (its tag line is the broken part).
    const broken = `@design:pay\nFeature: Pay more\n\n  # gherkin-bridge: design=pay row=R2 behavior=${fingerprint('Refunding works')}\n  @R2 @\n  Scenario: Refund\n    Given x\n  nonsense\n`;
    const linked = '@design:pay\nFeature: Pay\n';
    dir = makeProject({ 'docs/design/pay/pay.md': three, 'features/pay.feature': linked, 'features/pay-more.feature': broken });
    const run = await runCli(dir, ['sync', '--no-cache']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^features\/pay-more\.feature:\d+: error \[parse-error\] features\/pay-more\.feature names @design:pay but does not parse \(line \d+\), so sync leaves it untouched; the scenarios for R2, which it names, wait until it is fixed\n$/,
    );
    expect(run.stdout).toContain('add to features/pay.feature: scenarios for R1, R3\n');
    expect(read(dir, 'features/pay-more.feature')).toBe(broken);
    const after = read(dir, 'features/pay.feature');
    expect(after.match(/^ {2}@R\d+/gm)).toEqual(['  @R1', '  @R3']);

    // Once it is fixed, nothing is added twice: R2 is covered by the file that named it.
    writeFileSync(path.join(dir, 'features/pay-more.feature'), broken.replace('@R2 @', '@R2').replace('  nonsense\n', ''));
    const again = await runCli(dir, ['sync', '--no-cache']);
    expect(again).toEqual({ code: 0, stdout: 'nothing to do\n', stderr: '' });
  });

  it('says so when a broken file names the design but none of what is missing', async () => {
    const broken = '@design:pay\nFeature: Pay more\n  @R1\n  Scenario: Paid\n    Given x\n  nonsense\n';
    dir = makeProject({ 'docs/design/pay/pay.md': PAY, 'features/pay.feature': PAY_FEATURE, 'features/pay-more.feature': broken });
    const run = await runCli(dir, ['sync', '--no-cache']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('features/pay-more.feature names @design:pay but does not parse (line 6), so sync leaves it untouched; it names none of the requirements sync adds\n');
    expect(run.stdout).toContain('add to features/pay.feature: scenarios for R2\n');
  });

  it('tells a feature file that is not UTF-8 that it cannot be read, not to add it to the globs', async () => {
    dir = makeProject({ 'docs/design/pay/pay.md': PAY, 'features/pay.feature': Buffer.from('@design:pay\nFeature: Pay \xff\n', 'latin1') });
    const run = await runCli(dir, ['sync', '--no-cache']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'features/pay.feature:2: error [io-error] features/pay.feature names @design:pay but cannot be read (Unexpected byte sequence, expected UTF-8 text), so sync leaves it untouched and adds no scenario for R1, R2 until it is fixed\n',
    );
  });

  it('lists orphaned scenarios for a person, and keeps them', async () => {
    const feature = `${PAY_FEATURE}\n  @R7\n  Scenario: Requirement removed from the design\n    Given x\n`;
    dir = makeProject({ 'docs/design/pay/pay.md': PAY, 'features/pay.feature': feature });
    const run = await runCli(dir, ['sync', '--no-cache']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('features/pay.feature:8: error [orphaned] Unexpected tag @R7');
    expect(run.stdout).toContain('sync never deletes a scenario');
    const after = read(dir, 'features/pay.feature');
    expect(after.startsWith(feature)).toBe(true);
    expect((await coverage(dir)).findings.filter((f) => f.kind === 'orphaned')).toHaveLength(1);
  });
});

describe('where new scenarios go', () => {
  it('--into on the command line wins over the linked file', async () => {
    dir = makeProject({
      'docs/design/pay/pay.md': PAY,
      'features/pay.feature': PAY_FEATURE,
      'features/more.feature': 'Feature: More\n',
    });
    const run = await runCli(dir, ['sync', '--into', 'pay=./features/more.feature', '--no-cache']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('add to features/more.feature: scenarios for R2\n');
    expect(read(dir, 'features/pay.feature')).toBe(PAY_FEATURE);
    // The Feature is not linked to pay, so the scenario links itself.
    expect(read(dir, 'features/more.feature')).toContain('  @design:pay @R2 @skip\n');
    expect((await coverage(dir)).findings.filter((f) => f.kind === 'uncovered')).toEqual([]);
  });

  it('--into that names a missing file creates it', async () => {
    dir = makeProject({ 'docs/design/pay/pay.md': PAY });
    const run = await runCli(dir, ['sync', '--into', 'pay=tests/pay_api.feature', '--no-cache']);
    expect(run.stdout).toBe('create tests/pay_api.feature: scenarios for R1, R2\n');
    expect(read(dir, 'tests/pay_api.feature')).toMatch(/^@design:pay\nFeature: /);
  });

  it('rejects a malformed --into and one outside the working directory with exit 2', async () => {
    dir = makeProject({ 'docs/design/pay/pay.md': PAY });
    const bad = await runCli(dir, ['sync', '--into', 'pay']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unexpected --into pay, expected <design-slug>=<feature file>');
    const outside = await runCli(dir, ['sync', '--into', 'pay=../x.feature', '--no-cache']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe(`gherkin-bridge: into pay=../x.feature is outside the working directory ${dir}\n`);
  });

  it('names where an out folder outside the working directory came from', async () => {
    dir = makeProject({ 'docs/design/pay/pay.md': PAY, 'gherkin-bridge.config.json': '{"out": "../elsewhere"}' });
    const fromConfig = await runCli(dir, ['sync', '--no-cache']);
    expect(fromConfig).toMatchObject({ code: 2, stdout: '' });
    expect(fromConfig.stderr).toBe(
      `gherkin-bridge: The new file ../elsewhere/pay.feature (out folder ../elsewhere) is outside the working directory ${dir}\n`,
    );
    expect(snapshot(dir).size).toBe(2);
  });

  it('--out picks the folder of new files; a folder the features globs miss gets a warning', async () => {
    dir = makeProject({ 'docs/design/ship/ship.md': SHIP });
    const run = await runCli(dir, ['sync', '--out', 'e2e/features', '--no-cache']);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, 'e2e/features/ship.feature'))).toBe(true);

    removeProject(dir);
    dir = makeProject({ 'docs/design/ship/ship.md': SHIP });
    const missed = await runCli(dir, ['sync', '--out', 'elsewhere', '--features', 'features/**/*.feature', '--no-cache']);
    expect(missed.code).toBe(0);
    expect(missed.stderr).toContain('elsewhere/ship.feature:1: warning [io-error] elsewhere/ship.feature was created, but the features globs');
  });

  it('without --out and feature files, uses the fixed part of the features glob', async () => {
    dir = makeProject({ 'docs/design/ship/ship.md': SHIP });
    const outcome = await sync(dir, { features: ['tests/e2e/features/**/*.feature'] });
    expect(outcome.changes.map((c) => c.file)).toEqual(['tests/e2e/features/ship.feature']);
    expect(outcome.problems).toEqual([]);
  });

  it('refuses to add to an existing file of the default name that is not linked to the design', async () => {
    const unlinked = 'Feature: Ship, by hand\n';
    dir = makeProject({ 'docs/design/ship/ship.md': SHIP, 'features/ship.feature': unlinked });
    const run = await runCli(dir, ['sync', '--no-cache']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('features/ship.feature exists but is not linked to @design:ship');
    expect(read(dir, 'features/ship.feature')).toBe(unlinked);
  });

  it('refuses an --into file that the features globs do not read, instead of adding to it on every run', async () => {
    dir = makeProject({ 'docs/design/ship/ship.md': SHIP, 'other/ship.feature': '@design:ship\nFeature: Ship\n' });
    const outcome = await sync(dir, { features: ['features/**/*.feature'], into: { ship: 'other/ship.feature' } });
    expect(outcome.changes).toEqual([]);
    expect(outcome.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('other/ship.feature exists but is not among the feature files read'),
    ]);
  });

  it('puts two designs mapped to one new file in that file, each linked', async () => {
    dir = makeProject({ 'docs/design/pay/pay.md': PAY, 'docs/design/ship/ship.md': SHIP });
    const outcome = await sync(dir, { into: { pay: 'features/all.feature', ship: 'features/all.feature' } });
    expect(outcome.changes.map((c) => [c.file, c.added])).toEqual([['features/all.feature', ['R1', 'R2', 'R1']]]);
    const report = await coverage(dir);
    expect(report.findings.filter((f) => f.kind === 'uncovered')).toEqual([]);
    expect(report.summary.covered + report.summary.pending).toBe(3);
    expect((await sync(dir, { into: { pay: 'features/all.feature', ship: 'features/all.feature' } })).changes).toEqual([]);
  });

  it('skips scenario generation for requirements outside the selected levels', async () => {
    const design = designDoc('Mixed', [['R1', 'A.'], ['R2', 'B.']], [['R1', 'Seen in the UI', 'e2e'], ['R2', 'Unit only', 'unit']]);
    dir = makeProject({ 'docs/design/mixed/mixed.md': design });
    await sync(dir);
    expect(read(dir, 'features/mixed.feature')).not.toContain('@R2');
    await sync(dir, { levels: ['unit'] });
    expect(read(dir, 'features/mixed.feature')).toContain('@R2 @skip');
  });
});

describe('writes', () => {
  it('are relative to --cwd', async () => {
    dir = makeProject({ 'project/docs/design/pay/pay.md': PAY });
    const run = await runCli(dir, ['--cwd', 'project', 'sync', '--no-cache']);
    expect(run.stdout).toBe('create features/pay.feature: scenarios for R1, R2\n');
    expect(existsSync(path.join(dir, 'project/features/pay.feature'))).toBe(true);
  });
});
