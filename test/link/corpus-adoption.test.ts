import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listScenarioTexts } from '../../src/features/scenario-texts.js';
import { corpusDir } from '../support/corpus.js';
import { read, removeProject } from '../support/project.js';
import { runCli } from '../support/run-cli.js';

const corpus = corpusDir();

/**
 * The starting point: the Lightspeed e2e suite carries runner tags
 * but no requirement tag, so its coverage is zero. init -> link --write ->
 * coverage on a temporary copy.
 */
describe.skipIf(corpus === null)('adopting the Lightspeed e2e suite', () => {
  let dir = '';
  const source = path.join(corpus ?? '', 'lightspeed-stack');
  const featureDir = 'tests/e2e/features';

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-lightspeed-'));
    cpSync(path.join(source, 'docs/design'), path.join(dir, 'docs/design'), { recursive: true });
    cpSync(path.join(source, 'tests/e2e'), path.join(dir, 'tests/e2e'), { recursive: true });
    // A checkout is writable; the shared corpus is not, and link refuses read-only files.
    spawnSync('chmod', ['-R', 'u+w', dir]);
  });
  afterAll(() => removeProject(dir));

  it('goes from zero coverage to the config-merge scenarios linked, changing only tag lines', async () => {
    const init = await runCli(dir, ['init']);
    expect(init.code).toBe(0);
    const config = JSON.parse(read(dir, 'gherkin-bridge.config.json')) as Record<string, unknown>;
    expect(config).toMatchObject({ features: ['tests/e2e/features/**/*.feature'], runnerList: 'tests/e2e/test_list.txt', levels: ['e2e'] });
    expect(init.stdout).toContain('gherkin-bridge link --write');

    const before = JSON.parse((await runCli(dir, ['coverage', '--format', 'json'])).stdout) as { summary: { covered: number; expected: number } };
    expect(before.summary.covered).toBe(0);
    expect(before.summary.expected).toBeGreaterThan(0);

    const write = await runCli(dir, ['link', '--write', '--format', 'json']);
    expect(write.code).toBe(0);
    const body = JSON.parse(write.stdout) as {
      suggestions: { file: string; confident: boolean; candidates: { design: string }[] }[];
      written: { file: string }[];
    };
    expect(body.suggestions.length).toBeGreaterThan(300);
    const confident = body.suggestions.filter((s) => s.confident);
    expect(confident.length).toBeGreaterThanOrEqual(20);
    // Only the unified-mode features verify a design of the corpus.
    for (const s of confident) expect(s.file).toMatch(/unified-mode-/);
    expect(body.written.map((w) => w.file).every((file) => /unified-mode-/.test(file))).toBe(true);

    for (const name of readdirSync(path.join(source, featureDir)).filter((n) => n.endsWith('.feature'))) {
      const original = readFileSync(path.join(source, featureDir, name), 'utf8');
      const after = read(dir, `${featureDir}/${name}`);
      const scenarios = listScenarioTexts(after, name);
      expect('error' in scenarios, name).toBe(false);
      const added = after.split('\n').length - original.split('\n').length;
      const kept = after.split('\n').filter((line) => !/^\s*@/.test(line));
      expect(kept, name).toEqual(original.split('\n').filter((line) => !/^\s*@/.test(line)));
      expect(added).toBeGreaterThanOrEqual(0);
    }

    const after = JSON.parse((await runCli(dir, ['coverage', '--format', 'json'])).stdout) as {
      summary: { expected: number; uncovered: number };
      designs: { slug: string; expected: number; uncovered: number }[];
    };
    // Linked now: requirements with a scenario (covered, or pending / not-run where the suite skips it).
    expect(after.summary.expected - after.summary.uncovered).toBeGreaterThan(0);
    const merge = after.designs.find((d) => d.slug === 'llama-stack-config-merge');
    expect(merge && merge.expected - merge.uncovered).toBeGreaterThan(0);
  });
});
