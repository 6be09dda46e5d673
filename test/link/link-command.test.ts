import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { proposeLinks, writeLinks } from '../../src/api/run-link.js';
import { listScenarioTexts } from '../../src/features/scenario-texts.js';
import { BACKUP_FEATURE, LINK_PROJECT, MIXED_FEATURE } from './support/link-project.js';
import { makeProject, read, removeProject } from '../support/project.js';
import { runCli } from '../support/run-cli.js';

interface JsonCandidate {
  design: string;
  requirement: string;
  score: number;
  matched: string[];
}
interface JsonSuggestion {
  file: string;
  line: number;
  name: string;
  confident: boolean;
  candidates: JsonCandidate[];
}

/** Scores and matched words come from the ranking core; the layout around them is this command's. */
function mask(text: string): string {
  return text.replace(/\d\.\d{3}/g, '#.###').replace(/ {2}matched: [^\n]*/g, '  matched: ...');
}

let dir = '';
beforeEach(() => {
  dir = makeProject(LINK_PROJECT);
});
afterEach(() => removeProject(dir));

describe('gherkin-bridge link (text)', () => {
  it('lists each untagged scenario with its ranked candidates, and writes nothing', async () => {
    const before = read(dir, 'tests/features/backup.feature');
    const run = await runCli(dir, ['link']);
    expect(run.code).toBe(0);
    expect(mask(run.stdout)).toBe(
      [
        'tests/features/backup.feature:3  The nightly job writes a snapshot to the bucket',
        '  -> backup R1  #.###  matched: ...',
        '     backup R2  #.###  matched: ...',
        '     backup R3  #.###  matched: ...',
        '',
        'tests/features/backup.feature:9  Old snapshots are pruned after the retention period',
        '  -> backup R2  #.###  matched: ...',
        '     backup R1  #.###  matched: ...',
        '     backup R3  #.###  matched: ...',
        '',
        'tests/features/backup.feature:15  Restore from a snapshot',
        '  -> backup R3  #.###  matched: ...',
        '     backup R1  #.###  matched: ...',
        '     backup R2  #.###  matched: ...',
        '',
        'tests/features/mixed.feature:3  A failed health probe pages the on-call engineer',
        '  -> alerts R1  #.###  matched: ...',
        '     alerts R2  #.###  matched: ...',
        '',
        'tests/features/mixed.feature:7  Restore brings back the snapshot state',
        '  -> backup R3  #.###  matched: ...',
        '     backup R1  #.###  matched: ...',
        '     backup R2  #.###  matched: ...',
        '',
        'tests/features/mixed.feature:11  The login page shows the company logo',
        '  no confident match (closest: alerts R2, score #.### < 0.15)',
        '',
        'tests/features/paging.feature:9  Acknowledged pages stay quiet',
        '  -> alerts R2  #.###  matched: ...',
        '     alerts R1  #.###  matched: ...',
        '',
        '7 of 8 scenarios have no requirement tag: 6 with a confident match, 1 with no confident match (min score 0.15).',
        'Run again with --write to add the tags of the confident matches, or --interactive to review each.',
        '',
      ].join('\n'),
    );
    expect(run.stdout).toMatch(/-> backup R3 {2}0\.\d{3} {2}matched: [^\n]*restore-from/);
    expect(run.stderr).toContain('docs/design/alerts/alerts.md:1: warning [missing-surface]');
    expect(run.stderr).toMatch(/tests\/features\/broken\.feature:4: error \[parse-error\] .* \(file left alone\)/);
    expect(read(dir, 'tests/features/backup.feature')).toBe(before);
  });

  it('says "no confident match" for every scenario under a high --min-score, and --write then changes nothing', async () => {
    const run = await runCli(dir, ['link', '--min-score', '0.99', '--write']);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^ {2}no confident match/gm)).toHaveLength(7);
    expect(run.stdout).toContain('7 of 8 scenarios have no requirement tag: 0 with a confident match, 7 with no confident match (min score 0.99).');
    expect(run.stdout).toContain('No file changed.');
    expect(read(dir, 'tests/features/backup.feature')).toBe(BACKUP_FEATURE);
  });

  it('does not propose an Outline whose Examples carry the requirement tag', async () => {
    writeFileSync(
      path.join(dir, 'tests/features/outline.feature'),
      '@design:backup\nFeature: O\n\n  Scenario Outline: Restore <what>\n    Given <what>\n\n    @R3\n    Examples:\n      | what |\n      | all  |\n',
    );
    const body = JSON.parse((await runCli(dir, ['link', '--format', 'json'])).stdout) as { suggestions: JsonSuggestion[] };
    expect(body.suggestions.some((s) => s.file === 'tests/features/outline.feature')).toBe(false);
  });

  it('says so when every scenario has a requirement tag', async () => {
    const clean = makeProject({
      'docs/design/a/a.md': '# A\n\n## Requirements\n\n- **R1:** Works.\n',
      'x.feature': '@design:a\nFeature: X\n  @R1\n  Scenario: works\n    Given x\n',
    });
    try {
      const run = await runCli(clean, ['link']);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('Every scenario (1) has a requirement tag: nothing to link.\n');
    } finally {
      removeProject(clean);
    }
  });
});

describe('gherkin-bridge link --format json', () => {
  it('gives suggestions with candidates best first', async () => {
    const run = await runCli(dir, ['link', '--format', 'json', '--limit', '2']);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as { suggestions: JsonSuggestion[] };
    expect(Object.keys(body)).toEqual(['suggestions']);
    expect(body.suggestions.map((s) => [s.file, s.line, s.confident, s.candidates[0]?.design, s.candidates[0]?.requirement])).toEqual([
      ['tests/features/backup.feature', 3, true, 'backup', 'R1'],
      ['tests/features/backup.feature', 9, true, 'backup', 'R2'],
      ['tests/features/backup.feature', 15, true, 'backup', 'R3'],
      ['tests/features/mixed.feature', 3, true, 'alerts', 'R1'],
      ['tests/features/mixed.feature', 7, true, 'backup', 'R3'],
      ['tests/features/mixed.feature', 11, false, 'alerts', 'R2'],
      ['tests/features/paging.feature', 9, true, 'alerts', 'R2'],
    ]);
    for (const suggestion of body.suggestions) {
      expect(Object.keys(suggestion)).toEqual(['file', 'line', 'name', 'confident', 'candidates']);
      expect(suggestion.candidates.length).toBeLessThanOrEqual(2);
      const scores = suggestion.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const candidate of suggestion.candidates) {
        expect(Object.keys(candidate)).toEqual(['design', 'requirement', 'score', 'matched']);
        expect(candidate.matched.length).toBeGreaterThan(0);
      }
    }
    expect(body.suggestions[0]?.name).toBe('The nightly job writes a snapshot to the bucket');
  });

  it('keeps a scenario linked by @design: to candidates of that design', async () => {
    const restore = '  Scenario: Restore from a snapshot\n    When I start the service with --restore-from latest\n    Then the data written after the snapshot is gone\n';
    writeFileSync(path.join(dir, 'tests/features/restore.feature'), `Feature: Restore\n\n${restore}`);
    writeFileSync(path.join(dir, 'tests/features/restore-linked.feature'), `@design:alerts\nFeature: Restore\n\n${restore}`);
    const run = await runCli(dir, ['link', '--format', 'json', '--limit', '10']);
    const body = JSON.parse(run.stdout) as { suggestions: JsonSuggestion[] };
    const free = body.suggestions.find((s) => s.file === 'tests/features/restore.feature');
    expect(free?.candidates[0]).toMatchObject({ design: 'backup', requirement: 'R3' });
    const linked = body.suggestions.find((s) => s.file === 'tests/features/restore-linked.feature');
    expect(linked?.candidates.every((c) => c.design === 'alerts')).toBe(true);
    expect(linked?.confident).toBe(false);
    const paging = body.suggestions.find((s) => s.file === 'tests/features/paging.feature');
    expect(paging?.candidates.map((c) => c.design)).toEqual(['alerts', 'alerts']);
  });

  it('is deterministic', async () => {
    const first = await runCli(dir, ['link', '--format', 'json']);
    const second = await runCli(dir, ['link', '--format', 'json']);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('gherkin-bridge link --write', () => {
  it('adds only tags: the design on the Feature when the whole file links to one design', async () => {
    const run = await runCli(dir, ['link', '--write']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('tagged 3 scenarios in tests/features/backup.feature (@design:backup on the Feature)\n');
    expect(run.stdout).toContain('tagged 2 scenarios in tests/features/mixed.feature\n');
    expect(run.stdout).toContain('tagged 1 scenario in tests/features/paging.feature\n');
    expect(read(dir, 'tests/features/backup.feature')).toBe(
      BACKUP_FEATURE.replace('Feature: Backups', '@design:backup\nFeature: Backups')
        .replace('  Scenario: The nightly', '  @R1\n  Scenario: The nightly')
        .replace('  @slow\n', '  @slow @R2\n')
        .replace('  Scenario: Restore', '  @R3\n  Scenario: Restore'),
    );
    expect(read(dir, 'tests/features/mixed.feature')).toBe(
      MIXED_FEATURE.replace('  Scenario: A failed', '  @design:alerts @R1\n  Scenario: A failed').replace(
        '  Scenario: Restore brings',
        '  @design:backup @R3\n  Scenario: Restore brings',
      ),
    );
    expect(read(dir, 'tests/features/paging.feature')).toContain('  @R2\n  Scenario: Acknowledged pages stay quiet');
    expect(read(dir, 'tests/features/broken.feature')).toBe(LINK_PROJECT['tests/features/broken.feature']);
  });

  it('then leaves nothing to link but the scenario with no confident match, and coverage counts the tags', async () => {
    await runCli(dir, ['link', '--write']);
    const again = await runCli(dir, ['link', '--format', 'json']);
    const body = JSON.parse(again.stdout) as { suggestions: JsonSuggestion[] };
    expect(body.suggestions.map((s) => `${s.file}:${s.line}`)).toEqual(['tests/features/mixed.feature:13']);
    const coverage = await runCli(dir, ['coverage', '--format', 'json', '--levels', 'e2e,unknown', '--features', 'tests/**/*.feature']);
    const report = JSON.parse(coverage.stdout) as { summary: { expected: number; covered: number } };
    expect(report.summary).toMatchObject({ expected: 5, covered: 5 });
  });

  it('keeps the BOM, CRLF line endings and a missing final newline', async () => {
    const crlf = `\uFEFF${BACKUP_FEATURE.replace(/\n/g, '\r\n').replace(/\r\n$/, '')}`;
    writeFileSync(path.join(dir, 'tests/features/backup.feature'), crlf);
    await runCli(dir, ['link', '--write']);
    const after = readFileSync(path.join(dir, 'tests/features/backup.feature'), 'utf8');
    expect(after.startsWith('\uFEFF@design:backup\r\nFeature: Backups\r\n')).toBe(true);
    expect(after).toContain('\r\n  @R1\r\n  Scenario: The nightly');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after.endsWith('Then the data written after the snapshot is gone')).toBe(true);
  });

  it('prints what it wrote in the JSON output', async () => {
    const run = await runCli(dir, ['link', '--write', '--format', 'json']);
    const body = JSON.parse(run.stdout) as { written: unknown[] };
    expect(body.written).toEqual([
      { file: 'tests/features/backup.feature', scenarios: 3, featureTag: '@design:backup' },
      { file: 'tests/features/mixed.feature', scenarios: 2, featureTag: null },
      { file: 'tests/features/paging.feature', scenarios: 1, featureTag: null },
    ]);
  });

  it('leaves a file alone when it changed after it was read', async () => {
    const proposal = await proposeLinks({
      cwd: dir,
      options: { designs: ['docs/design/**/*.md'], features: ['tests/**/*.feature'] },
      minScore: 0.15,
      limit: 3,
    });
    const edited = `${BACKUP_FEATURE}  # edited meanwhile\n`;
    writeFileSync(path.join(dir, 'tests/features/backup.feature'), edited);
    const outcome = await writeLinks(dir, proposal, [{ file: 'tests/features/backup.feature', line: 3, design: 'backup', requirement: 'R1' }]);
    expect(outcome.written).toEqual([]);
    expect(outcome.problems).toEqual([
      expect.objectContaining({ file: 'tests/features/backup.feature', kind: 'io-error', message: expect.stringContaining('since it was read') }),
    ]);
    expect(read(dir, 'tests/features/backup.feature')).toBe(edited);
  });

  it('writes files that still parse, with the same scenarios on the same lines plus the added tag lines', async () => {
    await runCli(dir, ['link', '--write']);
    const scenarios = listScenarioTexts(read(dir, 'tests/features/mixed.feature'), 'mixed.feature');
    expect('error' in scenarios).toBe(false);
    expect((scenarios as { name: string; tags: string[] }[]).map((s) => [s.name, s.tags])).toEqual([
      ['A failed health probe pages the on-call engineer', ['@design:alerts', '@R1']],
      ['Restore brings back the snapshot state', ['@design:backup', '@R3']],
      ['The login page shows the company logo', []],
    ]);
  });
});

describe('gherkin-bridge link --interactive', () => {
  it('accepts, rejects and picks candidate 2 as answered on the terminal, then writes', async () => {
    const run = await runCli(dir, ['link', '--interactive'], { stdin: ['a', 'r', '2', 'r', 'r', 'r', 'r'], stdinIsTTY: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Accepted 2 of 7 reviewed scenarios.');
    expect(run.stdout).toContain('tagged 2 scenarios in tests/features/backup.feature\n');
    const backup = read(dir, 'tests/features/backup.feature');
    expect(backup).toContain('  @design:backup @R1\n  Scenario: The nightly');
    expect(backup).toContain('  @slow\n  Scenario: Old snapshots');
    expect(backup).toContain('  @design:backup @R1\n  Scenario: Restore from a snapshot');
    expect(read(dir, 'tests/features/mixed.feature')).toBe(MIXED_FEATURE);
  });

  it('is a usage error when stdin is not a terminal', async () => {
    const run = await runCli(dir, ['link', '--interactive'], { stdin: [], stdinIsTTY: false });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'gherkin-bridge: --interactive needs a terminal on stdin; use --write to apply the confident matches, or --format json to review them elsewhere\n',
    );
    expect(read(dir, 'tests/features/backup.feature')).toBe(BACKUP_FEATURE);
  });

  it('is a usage error with --format json', async () => {
    const run = await runCli(dir, ['link', '--interactive', '--format', 'json'], { stdin: [], stdinIsTTY: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot be combined with --format json');
  });
});

describe('gherkin-bridge link usage errors', () => {
  it.each([
    [['--min-score', '2'], 'Unexpected --min-score "2", expected a number from 0 to 1'],
    [['--min-score', 'high'], 'Unexpected --min-score "high"'],
    [['--limit', '0'], 'Unexpected --limit "0", expected a whole number from 1'],
    [['--format', 'xml'], "argument 'xml' is invalid"],
    [['--designs', 'nowhere/*.md'], 'No design docs found (designs: nowhere/*.md)'],
  ])('link %j exits 2', async (flags, message) => {
    const run = await runCli(dir, ['link', ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });
});
