import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderFeature } from '../../src/generate/render-feature.js';
import { repoRoot } from '../support/corpus.js';
import { CONFIG_MERGE } from './fixtures.js';
import { command, FEATURE_FILE } from './ticket-commands.js';

const hasBehave = spawnSync('sh', ['-c', 'command -v behave'], { encoding: 'utf8' }).status === 0;
if (!hasBehave) {
  if (process.env.CI === 'true') throw new Error('behave is required when CI=true, and it is not on PATH.');
  console.warn('Skipping the kickoff behave checks: behave is not on PATH (they are required when CI=true).');
}

describe('the commands of the kickoff ticket', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!hasBehave)('do what the acceptance criteria say on the generated feature file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-kickoff-'));
    dirs.push(dir);
    const templates = {
      feature: readFileSync(path.join(repoRoot, 'templates/feature.hbs'), 'utf8'),
      scenario: readFileSync(path.join(repoRoot, 'templates/scenario.hbs'), 'utf8'),
    };
    const feature = renderFeature(CONFIG_MERGE, { levels: ['e2e'], skipTag: '@skip', templates });
    mkdirSync(path.join(dir, 'tests/e2e/features/steps'), { recursive: true });
    writeFileSync(path.join(dir, FEATURE_FILE), feature);
    const steps = (feature.match(/^\s*(Given|When|Then|And|But) /gm) ?? []).length;
    const scenarios = (feature.match(/^\s*Scenario:/gm) ?? []).length;
    expect(scenarios).toBe(2);

    const run = (line: string) => spawnSync('sh', ['-c', line], { cwd: dir, encoding: 'utf8' });
    const dryRun = run(command('behave --dry-run'));
    // Parsed (no parse error), every scenario listed, every step undefined: behave exits 1 for undefined steps.
    expect(dryRun.status).toBe(1);
    expect(`${dryRun.stdout}${dryRun.stderr}`).not.toMatch(/ParserError|Traceback/);
    expect(dryRun.stdout).toContain(`0 scenarios passed, 0 failed, 0 skipped, ${scenarios} untested`);
    expect(dryRun.stdout).toContain(`0 steps passed, 0 failed, 0 skipped, ${steps} undefined`);

    const green = run(command('behave --tags=-skip'));
    expect(green.status).toBe(0);
    expect(green.stdout).toContain(`0 scenarios passed, 0 failed, ${scenarios} skipped`);
    expect(green.stdout).toMatch(/0 steps passed, 0 failed, \d+ skipped, 0 undefined/);
  });
});
