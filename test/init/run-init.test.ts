import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/io/load-config.js';
import { makeProject, read, removeProject } from '../support/project.js';
import { runCli } from '../support/run-cli.js';

const DESIGN = `# Feature design for DEMO-1: Export

## Requirements

- **R1:** Export works.

## Acceptance test surface

| Req | Observable behavior | Verified by |
|-----|---------------------|-------------|
| R1  | An export downloads | e2e |
`;

const TEMPLATE = `# Feature design for TODO: feature name

## Requirements

- **R1:**
- **R2:**

## Acceptance test surface

| Req | Observable behavior | Verified by |
|-----|---------------------|-------------|
| R1  | TODO                | TODO        |
`;

const FEATURE = 'Feature: Export\n\n  Scenario: Download\n    Given x\n';

let dirs: string[] = [];
function project(files: Record<string, string>): string {
  const dir = makeProject(files);
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs) removeProject(dir);
  dirs = [];
});

describe('gherkin-bridge init', () => {
  it('finds designs (not the template, not a README), features and the runner list, and writes a config that loads', async () => {
    const dir = project({
      'docs/design/export/export.md': DESIGN,
      'docs/design/README.md': '# Designs\n\nOne folder per feature.\n',
      'docs/contributing/templates/spec-doc-template.md': TEMPLATE,
      'README.md': '# Service\n',
      'tests/e2e/features/export.feature': FEATURE,
      'tests/e2e/features/broken.feature': 'Feature: B\n  Scenario: x\n    Given y\n  not gherkin\n',
      'tests/e2e/test_list.txt': 'features/export.feature\n',
      'requirements.txt': 'pytest==8\n',
    });
    const run = await runCli(dir, ['init']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^tests\/e2e\/features\/broken\.feature:4: error \[parse-error\]/);
    expect(run.stdout).toBe(
      [
        'Wrote gherkin-bridge.config.json:',
        '  designs     docs/design/export/**/*.md !**/*-spike.md  (1 design doc)',
        '  features    tests/e2e/features/**/*.feature  (2 feature files, 1 scenario, 1 without a requirement tag)',
        '  runnerList  tests/e2e/test_list.txt',
        '  levels      e2e',
        '',
        'Next, run:',
        '  gherkin-bridge link',
        '  gherkin-bridge link --write',
        '  gherkin-bridge coverage',
        '',
      ].join('\n'),
    );
    const { config, source } = await loadConfig(dir);
    expect(source).toBe('gherkin-bridge.config.json');
    expect(config).toMatchObject({
      designs: ['docs/design/export/**/*.md', '!**/*-spike.md'],
      features: ['tests/e2e/features/**/*.feature'],
      runnerList: 'tests/e2e/test_list.txt',
      levels: ['e2e'],
    });
    expect(config['//']?.[0]).toMatch(/^Written by `gherkin-bridge init`/);
  });

  it('excludes a folder of notes and leaves a README beside the designs to be skipped on every run', async () => {
    const dir = project({
      'docs/design/a/a.md': DESIGN,
      'docs/design/b/b.md': DESIGN,
      'docs/design/b/poc-results/run1.md': '# Run 1\n\nFast.\n',
      'docs/design/README.md': '# Designs\n',
    });
    await runCli(dir, ['init']);
    const { config } = await loadConfig(dir);
    expect(config.designs).toEqual(['docs/design/**/*.md', '!**/*-spike.md', '!docs/design/b/poc-results/**']);
  });

  it('with --dry-run prints the config and writes nothing', async () => {
    const dir = project({ 'docs/design/export/export.md': DESIGN });
    const run = await runCli(dir, ['init', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Would write gherkin-bridge\.config\.json:\n\{\n {2}"\$schema": "https:\/\/unpkg\.com\/gherkin-bridge\/schema\/config\.schema\.json",\n {2}"\/\/": \[\n/);
    expect(run.stdout).toContain('\n  "levels": ["e2e"]\n}\n');
    expect(run.stdout).toContain('gherkin-bridge generate docs/design/export/export.md --out tests/e2e/features --levels e2e');
    expect(existsSync(path.join(dir, 'gherkin-bridge.config.json'))).toBe(false);
  });

  it('leaves a config in package.json alone', async () => {
    const pkg = '{ "name": "x", "gherkin-bridge": { "levels": ["e2e"] } }\n';
    const dir = project({ 'package.json': pkg, 'docs/design/export/export.md': DESIGN });
    const run = await runCli(dir, ['init']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('package.json#gherkin-bridge already exists; init never overwrites a config.');
    expect(existsSync(path.join(dir, 'gherkin-bridge.config.json'))).toBe(false);
    expect(read(dir, 'package.json')).toBe(pkg);
  });

  it('leaves an existing config alone, even an invalid one', async () => {
    const dir = project({ 'gherkin-bridge.config.json': '{ "levles": [' });
    const run = await runCli(dir, ['init']);
    expect(run.code).toBe(1);
    expect(read(dir, 'gherkin-bridge.config.json')).toBe('{ "levles": [');
  });

  it('writes where --config and --cwd say, and the printed commands pass them on', async () => {
    const dir = project({ 'repo/docs/design/export/export.md': DESIGN, 'repo/tests/export.feature': FEATURE });
    const run = await runCli(dir, ['--cwd', 'repo', '--config', 'ci/gb.json', 'init']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wrote ci/gb.json:\n');
    expect(run.stdout).toContain('  gherkin-bridge --cwd repo --config ci/gb.json link --write\n');
    const { config } = await loadConfig(path.join(dir, 'repo'), 'ci/gb.json');
    expect(config.features).toEqual(['tests/**/*.feature']);
    const coverage = await runCli(dir, ['--cwd', 'repo', '--config', 'ci/gb.json', 'coverage', '--format', 'json']);
    expect((JSON.parse(coverage.stdout) as { summary: { designs: number } }).summary.designs).toBe(1);
  });

  it('writes the defaults in an empty repository and suggests writing a design first', async () => {
    const dir = project({});
    const run = await runCli(dir, ['init']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(no design doc found)');
    expect(run.stdout).toContain('  gherkin-bridge extract docs/design/my-feature/my-feature.md\n');
    const { config } = await loadConfig(dir);
    expect(config).toMatchObject({ designs: ['docs/design/**/*.md', '!**/*-spike.md'], features: ['**/*.feature', '!**/node_modules/**'] });
    expect(config.runnerList).toBeUndefined();
  });
});
