import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/resolve-options.js';
import { makeProject, read, removeProject, writeFiles } from '../support/project.js';
import { runCli } from '../support/run-cli.js';
import { coverage, designDoc, sync } from './support/sync-project.js';

const LIST = 'tests/e2e/test_list.txt';
const PAY = designDoc('Pay', [['R1', 'Pay.'], ['R2', 'Refund.'], ['R3', 'Receipt.']], [
  ['R1', 'Paying works', 'e2e'],
  ['R2', 'Refunding works', 'e2e'],
  ['R3', 'Receipts are e-mailed', 'e2e'],
]);
const LISTED = '@design:pay\nFeature: Listed\n\n  @R1\n  Scenario: Pay\n    Given a card\n';
const UNLISTED = '@design:pay\nFeature: Unlisted\n\n  @R1\n  Scenario: Pay again\n    Given a card\n\n  @R2\n  Scenario: Refund\n    Given a refund\n';

let dir = '';
afterEach(() => removeProject(dir));

function repo(list: string, extra: Record<string, string> = {}): string {
  dir = makeProject({
    'docs/design/pay/pay.md': PAY,
    'tests/e2e/features/listed.feature': LISTED,
    'tests/e2e/features/wip/unlisted.feature': UNLISTED,
    [LIST]: list,
    ...extra,
  });
  return dir;
}

describe('coverage --runner-list', () => {
  it('marks a requirement whose only scenarios are in unlisted files not-run, with an error at each of them', async () => {
    repo('features/listed.feature\n');
    const report = await coverage(dir, { runnerList: LIST, levels: ['e2e'] });
    const statuses = Object.fromEntries(report.designs[0]!.requirements.map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ R1: 'covered', R2: 'not-run', R3: 'uncovered' });
    const notRun = report.findings.filter((f) => f.kind === 'not-run');
    expect(notRun).toEqual([
      expect.objectContaining({
        file: 'tests/e2e/features/wip/unlisted.feature',
        line: 9,
        severity: 'error',
        requirement: 'R2',
      }),
    ]);
    expect(notRun[0]?.message).toContain(LIST);
    expect(report.summary.covered).toBe(1);

    const run = await runCli(dir, ['coverage', '--runner-list', LIST, '--no-cache']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('tests/e2e/features/wip/unlisted.feature:9: error [not-run]');
  });

  it('without a list, the same scenarios cover their requirements', async () => {
    repo('');
    const report = await coverage(dir);
    expect(report.findings.filter((f) => f.kind === 'not-run')).toEqual([]);
    expect(report.designs[0]!.requirements.find((r) => r.id === 'R2')?.status).toBe('covered');
  });

  it('reads comments, blank lines, CRLF, a BOM, ./ prefixes, behave line selectors and folders', async () => {
    repo('\uFEFF# e2e suite\r\n\r\n./features/listed.feature:4\r\n  features/wip/  \r\n');
    const report = await coverage(dir, { runnerList: LIST });
    expect(report.findings.filter((f) => f.kind === 'not-run')).toEqual([]);
    expect(report.designs[0]!.requirements.find((r) => r.id === 'R2')?.status).toBe('covered');
  });

  it('is a usage error when the list is missing', async () => {
    repo('');
    await expect(coverage(dir, { runnerList: 'nope/list.txt' })).rejects.toBeInstanceOf(ConfigError);
    const run = await runCli(dir, ['coverage', '--runner-list', 'nope/list.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope/list.txt: runner list: Cannot read file: it does not exist');
  });

  it('is also read from the config file', async () => {
    repo('features/listed.feature\n', { 'gherkin-bridge.config.json': `{ "runnerList": "${LIST}" }\n` });
    const run = await runCli(dir, ['coverage', '--format', 'json', '--no-cache']);
    const report = JSON.parse(run.stdout) as { findings: { kind: string }[] };
    expect(report.findings.filter((f) => f.kind === 'not-run')).toHaveLength(1);
  });
});

describe('sync --register', () => {
  const DESIGNS = {
    'docs/design/pay/pay.md': PAY,
    'docs/design/ship/ship.md': designDoc('Ship', [['R1', 'Ship.']], [['R1', 'Parcels ship', 'e2e']]),
  };

  it('adds every created file to the list, relative to its folder, keeping the lines, their order and CRLF', async () => {
    const list = '# run by CI\r\nfeatures/listed.feature\r\n\r\nfeatures/wip/unlisted.feature';
    dir = makeProject({ ...DESIGNS, 'tests/e2e/features/listed.feature': LISTED, [LIST]: list });
    const outcome = await sync(dir, {}, { register: LIST });
    // pay gets its scenarios in the existing file (not registered); ship gets a new file (registered).
    expect(outcome.changes.map((c) => [c.file, c.created])).toEqual([
      ['tests/e2e/features/listed.feature', false],
      ['tests/e2e/features/ship.feature', true],
    ]);
    expect(outcome.registered).toEqual(['features/ship.feature']);
    expect(read(dir, LIST)).toBe(`${list}\r\nfeatures/ship.feature\r\n`);

    const again = await sync(dir, {}, { register: LIST });
    expect(again.changes).toEqual([]);
    expect(again.registered).toEqual([]);
    expect(read(dir, LIST)).toBe(`${list}\r\nfeatures/ship.feature\r\n`);
    const report = await coverage(dir, { runnerList: LIST });
    expect(report.findings.filter((f) => f.kind === 'not-run' || f.kind === 'uncovered')).toEqual([]);
  });

  it('creates the list when it does not exist, and with --check only prints its diff', async () => {
    dir = makeProject(DESIGNS);
    const check = await runCli(dir, ['sync', '--register', LIST, '--out', 'tests/e2e/features', '--check', '--no-cache']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`would register features/pay.feature, features/ship.feature in ${LIST}`);
    expect(check.stdout).toContain(`--- /dev/null\n+++ b/${LIST}\n`);
    expect(existsSync(path.join(dir, LIST))).toBe(false);
    expect(existsSync(path.join(dir, 'tests/e2e/features/pay.feature'))).toBe(false);

    const run = await runCli(dir, ['sync', '--register', LIST, '--out', 'tests/e2e/features', '--no-cache']);
    expect(run.code).toBe(0);
    expect(read(dir, LIST)).toBe('features/pay.feature\nfeatures/ship.feature\n');
  });

  it('does not register a created file twice when the list already names it another way', async () => {
    dir = makeProject({ ...DESIGNS, [LIST]: './features/ship.feature\n' });
    const outcome = await sync(dir, { out: 'tests/e2e/features' }, { register: LIST });
    expect(outcome.registered).toEqual(['features/pay.feature']);
    expect(read(dir, LIST)).toBe('./features/ship.feature\nfeatures/pay.feature\n');
  });

  it('leaves a requirement that is only not-run to the list, and says so', async () => {
    repo('features/listed.feature\n');
    writeFiles(dir, {
      'tests/e2e/features/listed.feature': `${LISTED}\n  @R3\n  Scenario: Receipt\n    Given a receipt\n`,
    });
    const run = await runCli(dir, ['sync', '--runner-list', LIST, '--no-cache']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[not-run]');
    expect(run.stdout).toContain('add its file to the runner list');
    expect(run.stdout).toContain('nothing to do');
  });

  it('refuses a list outside the working directory', async () => {
    dir = makeProject(DESIGNS);
    await expect(sync(dir, {}, { register: '../elsewhere/list.txt' })).rejects.toBeInstanceOf(ConfigError);
    expect(existsSync(path.join(dir, 'features'))).toBe(false);
  });
});
