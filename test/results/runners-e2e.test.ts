import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behaveAvailable } from '../support/behave.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = path.join(repoRoot, 'test/fixtures/results-project');
const bin = path.join(repoRoot, 'bin/gherkin-bridge.js');
const cucumberBin = path.join(repoRoot, 'node_modules/@cucumber/cucumber/bin/cucumber.js');

/** The status each requirement of the fixture must get from every results format. */
const EXPECTED = {
  R1: 'passed', // a scenario and an Outline row, both passing
  R2: 'failed', // one of two Outline rows of its Examples block fails
  R3: 'failed', // an undefined step
  R4: 'pending', // a generated skeleton under a Feature tagged @skip
  R5: 'not-run', // excluded by the tag expression (@wip)
  R6: 'uncovered',
  R7: 'not-expected', // verified by unit tests only
};

function run(command: string, args: string[], cwd: string) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
}

function coverage(cwd: string, ...args: string[]) {
  const result = run(process.execPath, [bin, 'coverage', '--no-cache', '--format', 'json', ...args], cwd);
  return { code: result.status, stderr: result.stderr, report: result.stdout ? JSON.parse(result.stdout) : null };
}

function statuses(report: { designs: { requirements: { id: string; status: string }[] }[] }): Record<string, string> {
  return Object.fromEntries(report.designs.flatMap((design) => design.requirements.map((r) => [r.id, r.status])));
}

const hasBehave = behaveAvailable();

describe.skipIf(!hasBehave)('coverage --results with real behave and cucumber-js output', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'gb-results-'));
    cpSync(fixture, work, { recursive: true });
    // The JavaScript steps import @cucumber/cucumber: resolve it from this repository.
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'));
    const behave = run('behave', ['--tags=-skip', '--tags=-wip', '-f', 'json', '-o', 'reports/behave.json', '--junit', '--junit-directory', 'reports/junit', 'features'], work);
    expect(behave.status, behave.stderr + behave.stdout).toBe(1);
    const cucumber = run(process.execPath, [cucumberBin, 'features', '--import', 'features/support/*.mjs', '--tags', 'not @skip and not @wip', '--strict',
      '--format', 'message:reports/messages.ndjson', '--format', 'json:reports/cucumber.json'], work);
    expect(cucumber.status, cucumber.stderr + cucumber.stdout).toBe(1);
  }, 240_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const results of ['reports/behave.json', 'reports/junit', 'reports/messages.ndjson', 'reports/cucumber.json']) {
    it(`gives every requirement the same status from ${results}, and exits 1 on the failure`, () => {
      const { code, report, stderr } = coverage(work, '--results', results);
      expect(statuses(report), stderr).toEqual(EXPECTED);
      expect(code).toBe(1);
      expect(report.summary).toMatchObject({ expected: 6, passed: 1, failed: 2, pending: 1, notRun: 1, uncovered: 1, coverage: 50, verified: 16.6 });
      expect(report.findings.filter((f: { kind: string }) => f.kind === 'unknown-result')).toEqual([]);
      const failed = report.findings.filter((f: { kind: string }) => f.kind === 'failed').map((f: { line: number }) => f.line);
      expect(failed).toEqual([25, 28]); // the failing Outline row, the scenario with an undefined step
    });
  }

  it('without results, the tag expression alone gives covered / not-run / pending', () => {
    const { report } = coverage(work, '--tags=-skip', '--tags', '~@wip');
    expect(statuses(report)).toEqual({ ...EXPECTED, R1: 'covered', R2: 'covered', R3: 'covered' });
  });

  it('exits 2 naming the globs when no design matches, unless --allow-empty', () => {
    const empty = coverage(work, '--designs', 'no/such/*.md');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no/such/*.md');
    const allowed = coverage(work, '--designs', 'no/such/*.md', '--allow-empty');
    // Accepted: a report with no design (the feature files' @design:shop tags are then orphaned, exit 1).
    expect(allowed.report.summary).toMatchObject({ designs: 0, expected: 0, coverage: null });
    expect(allowed.code).toBe(1);
  });
});
