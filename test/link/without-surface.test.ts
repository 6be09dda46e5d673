import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALERTS_DESIGN } from './support/link-project.js';
import { makeProject, read, removeProject } from '../support/project.js';
import { runCli } from '../support/run-cli.js';

/**
 * A design without an Acceptance test surface table, end to end: each
 * requirement is a row whose behavior is the requirement text and whose
 * level is `unknown`, with a `missing-surface` warning, in every command.
 */
const DESIGN = 'docs/design/alerts/alerts.md';
const PAGING = `Feature: Paging

  Scenario: A failed probe pages the on-call engineer
    Given the health probe fails
    Then the on-call engineer is paged within 60 seconds
`;

let dir = '';
beforeEach(() => {
  dir = makeProject({ [DESIGN]: ALERTS_DESIGN, 'tests/features/paging.feature': PAGING });
});
afterEach(() => removeProject(dir));

describe('a design without an Acceptance test surface table', () => {
  it('extract derives one unknown-level row per requirement, with a missing-surface warning', async () => {
    const run = await runCli(dir, ['extract', DESIGN, '--format', 'json']);
    const { designs } = JSON.parse(run.stdout) as { designs: { surface: unknown[]; diagnostics: { kind: string }[] }[] };
    expect(designs[0]?.surface).toEqual([
      expect.objectContaining({
        requirements: ['R1'],
        behavior: 'A failed health probe pages the on-call engineer within 60 seconds.',
        levels: ['unknown'],
        derived: true,
      }),
      expect.objectContaining({ requirements: ['R2'], behavior: 'An acknowledged page is not sent again.', levels: ['unknown'], derived: true }),
    ]);
    expect(designs[0]?.diagnostics.map((d) => d.kind)).toEqual(['missing-surface']);
  });

  it('generate writes its scenarios only with --levels unknown', async () => {
    const e2e = await runCli(dir, ['generate', DESIGN, '--out', 'gen']);
    expect(e2e.stdout).toContain('nothing to generate');
    const unknown = await runCli(dir, ['generate', DESIGN, '--out', 'gen', '--levels', 'unknown']);
    expect(unknown.code).toBe(0);
    expect(unknown.stdout).toBe('created gen/alerts.feature (2 scenarios)\n');
    expect(unknown.stderr).toContain('[missing-surface]');
    const generated = read(dir, 'gen/alerts.feature');
    expect(generated).toContain('@R1 @skip\n');
    expect(generated).toContain('@R2 @skip\n');
  });

  it('coverage expects its requirements only with --levels unknown', async () => {
    const e2e = JSON.parse((await runCli(dir, ['coverage', '--format', 'json'])).stdout) as { summary: { expected: number } };
    expect(e2e.summary.expected).toBe(0);
    const run = await runCli(dir, ['coverage', '--format', 'json', '--levels', 'unknown']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      summary: { expected: number; covered: number };
      findings: { kind: string; requirement?: string; line: number }[];
    };
    expect(report.summary).toMatchObject({ expected: 2, covered: 0 });
    expect(report.findings.filter((f) => f.kind === 'uncovered').map((f) => f.requirement)).toEqual(['R1', 'R2']);
    expect(report.findings.some((f) => f.kind === 'missing-surface')).toBe(true);
  });

  it('link proposes its requirements from their text, warns, and the written tags cover them', async () => {
    const run = await runCli(dir, ['link', '--write']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${DESIGN}:1: warning [missing-surface]`);
    expect(run.stdout).toMatch(/-> alerts R1 {2}0\.\d{3}/);
    expect(read(dir, 'tests/features/paging.feature')).toBe(PAGING.replace('Feature: Paging', '@design:alerts\nFeature: Paging').replace('  Scenario:', '  @R1\n  Scenario:'));
    const after = JSON.parse((await runCli(dir, ['coverage', '--format', 'json', '--levels', 'unknown'])).stdout) as {
      summary: { covered: number };
    };
    expect(after.summary.covered).toBe(1);
  });
});
