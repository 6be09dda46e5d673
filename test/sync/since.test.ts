import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/resolve-options.js';
import type { Finding } from '../../src/model.js';
import { makeProject, removeProject, writeFiles } from '../support/project.js';
import { runCli } from '../support/run-cli.js';
import { commitAll, coverage, designDoc, git } from './support/sync-project.js';

const DESIGN = 'docs/design/pay/pay.md';

function payDesign(rows: [string, string, string][], ids = ['R1', 'R2', 'R3', 'R4', 'R5']): string {
  return designDoc('Pay', ids.map((id) => [id, `Requirement ${id}.`] as [string, string]), rows);
}

const BASE_ROWS: [string, string, string][] = [
  ['R1', 'Paying works', 'e2e'],
  ['R2', 'Refunding works', 'e2e'],
  ['R3', 'Receipts are e-mailed', 'e2e'],
  ['R5', 'Disputes are logged', 'e2e'],
];

const PAY_FEATURE = [
  '@design:pay',
  'Feature: Pay',
  '',
  '  # gherkin-bridge: design=pay row=R1 behavior=000000000000',
  '  @R1',
  '  Scenario: Pay',
  '    Given a card',
  '',
  '  @R5',
  '  Scenario: Dispute',
  '    Given a dispute',
  '',
].join('\n');
const OLD_FEATURE = '@design:pay\nFeature: Old\n\n  @R9\n  Scenario: Points at nothing\n    Given x\n';

let top = '';
afterEach(() => removeProject(top));

/** A git repository whose project lives in a subfolder (so the work tree top is not the working directory). */
function project(): string {
  top = makeProject({});
  const dir = path.join(top, 'project');
  writeFiles(dir, {
    [DESIGN]: payDesign(BASE_ROWS),
    'features/pay.feature': PAY_FEATURE,
    'features/old.feature': OLD_FEATURE,
  });
  commitAll(top, 'base');
  return dir;
}

function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.kind} ${f.file}:${f.line}${f.requirement ? ` ${f.requirement}` : ''}`);
}

describe('coverage --since', () => {
  it('keeps only findings about rows added, changed or removed since the ref, and about changed feature files', async () => {
    const dir = project();
    const all = await coverage(dir);
    expect(summary(all.findings)).toContain('uncovered docs/design/pay/pay.md:17 R3');
    expect(summary(all.findings)).toContain('orphaned features/old.feature:4 R9');

    // The change: R2 reworded, R4 added, R5 removed (row and definition); a new feature file that does not parse.
    writeFiles(dir, {
      [DESIGN]: payDesign(
        [
          ['R1', 'Paying works', 'e2e'],
          ['R2', 'Refunding returns the money', 'e2e'],
          ['R3', 'Receipts are e-mailed', 'e2e'],
          ['R4', 'Chargebacks are flagged', 'e2e'],
        ],
        ['R1', 'R2', 'R3', 'R4'],
      ),
      'features/new.feature': 'Feature: New\n  Scenario: s\n    Given x\n  not gherkin\n',
    });
    const scoped = await coverage(dir, {}, 'HEAD');
    expect(summary(scoped.findings).sort()).toEqual(
      [
        'uncovered docs/design/pay/pay.md:15 R2',
        'uncovered docs/design/pay/pay.md:17 R4',
        'orphaned features/pay.feature:9 R5',
        'parse-error features/new.feature:4',
      ].sort(),
    );
    // The whole report is still computed: only findings are scoped.
    expect(scoped.summary.expected).toBe(4);
  });

  it('sees committed changes since an older ref, and nothing since the last commit', async () => {
    const dir = project();
    writeFiles(dir, {
      [DESIGN]: payDesign([...BASE_ROWS.slice(0, 3), ['R5', 'Disputes are logged', 'e2e'], ['R4', 'Chargebacks are flagged', 'e2e']]),
    });
    commitAll(top, 'add R4');
    expect(summary((await coverage(dir, {}, 'HEAD~1')).findings)).toEqual(['uncovered docs/design/pay/pay.md:19 R4']);
    const base = git(top, 'rev-parse', 'HEAD~1').trim();
    expect(summary((await coverage(dir, {}, base)).findings)).toEqual(['uncovered docs/design/pay/pay.md:19 R4']);
    expect((await coverage(dir, {}, 'HEAD')).findings).toEqual([]);
  });

  it('reports a scenario made stale by a reworded row, wherever it is', async () => {
    const dir = project();
    const feature = PAY_FEATURE.replace('000000000000', (await import('../../src/shared/provenance.js')).fingerprint('Paying works'));
    writeFiles(dir, { 'features/pay.feature': feature });
    commitAll(top, 'real fingerprint');
    writeFiles(dir, { [DESIGN]: payDesign([['R1', 'Paying by card works', 'e2e'], ...BASE_ROWS.slice(1)]) });
    expect(summary((await coverage(dir, {}, 'HEAD')).findings)).toEqual(['stale features/pay.feature:4 R1']);
  });

  it('takes every finding of a design added since the ref', async () => {
    const dir = project();
    writeFiles(dir, { 'docs/design/ship/ship.md': '# Ship\n\n## Requirements\n\n- **R1:** Ship.\n' });
    const kinds = (await coverage(dir, {}, 'HEAD')).findings.map((f) => `${f.kind} ${f.file}`);
    expect(kinds).toContain('missing-surface docs/design/ship/ship.md');
    expect(kinds.every((k) => k.endsWith('docs/design/ship/ship.md'))).toBe(true);
  });

  it('is a usage error for an unknown ref, with exit code 2 from the CLI', async () => {
    const dir = project();
    await expect(coverage(dir, {}, 'no-such-branch')).rejects.toBeInstanceOf(ConfigError);
    await expect(coverage(dir, {}, '--output=/tmp/x')).rejects.toThrow(/unknown git ref/);
    const run = await runCli(dir, ['coverage', '--since', 'no-such-branch']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gherkin-bridge: --since no-such-branch: unknown git ref, expected a branch, tag or commit of ${top}\n`);
  });

  it('is a usage error outside a git repository, with exit code 2 from the CLI', async () => {
    top = makeProject({ [DESIGN]: payDesign(BASE_ROWS), 'features/pay.feature': PAY_FEATURE });
    await expect(coverage(top, {}, 'HEAD')).rejects.toThrow(/is not inside a git repository/);
    const run = await runCli(top, ['coverage', '--since', 'main']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not inside a git repository');
    expect(run.stderr).not.toContain('    at ');
  });
});
