import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFeature } from '../../src/features/index-feature.js';
import { expectGolden, expectGoldenFiles } from '../support/golden.js';
import { parseGherkin } from './support/gherkin.js';
import { copyProject, removeProject, snapshot } from '../support/project.js';
import { runCli } from '../support/run-cli.js';
import { coverage, FIXTURES } from './support/sync-project.js';

/**
 * Golden tests of `sync` on fixture repositories with awkward formatting.
 * Each `test/fixtures/sync/golden/<case>/` holds `repo/` (the input),
 * `case.json` (arguments and exit code), `expected/` (every file sync creates
 * or changes, byte for byte), `stdout.txt` and `stderr.txt`
 * (test/support/golden.ts rewrites them under `UPDATE_GOLDEN=1`).
 */
const CASES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Case {
  args: string[];
  exit: number;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeProject));

function expectedFiles(name: string): Map<string, string> {
  const root = path.join(FIXTURES, name, 'expected');
  return existsSync(root) ? snapshot(root) : new Map();
}

describe.each(CASES)('sync golden: %s', (name) => {
  const spec = JSON.parse(readFileSync(path.join(FIXTURES, name, 'case.json'), 'utf8')) as Case;

  it('writes exactly the expected files, keeps every original byte, and a second run does nothing', async () => {
    const dir = copyProject(path.join(FIXTURES, name, 'repo'));
    dirs.push(dir);
    const before = snapshot(dir);
    const run = await runCli(dir, spec.args);
    const after = snapshot(dir);
    const changed = new Map([...after].filter(([file, text]) => before.get(file) !== text));

    expect(run.code, run.stderr).toBe(spec.exit);
    expectGolden(path.join(FIXTURES, name, 'stdout.txt'), run.stdout);
    expectGolden(path.join(FIXTURES, name, 'stderr.txt'), run.stderr);
    expectGoldenFiles(path.join(FIXTURES, name, 'expected'), changed);

    // Sync only inserts: every original file is a prefix of its new text, and nothing was deleted.
    for (const [file, text] of before) {
      expect(after.has(file), `${file} was deleted`).toBe(true);
      if (file.endsWith('.feature') || file.endsWith('.txt')) {
        expect((after.get(file) ?? '').startsWith(text), `${file} lost original bytes`).toBe(true);
      } else {
        expect(after.get(file), `${file} is not a feature file or list, and changed`).toBe(text);
      }
    }
    // No temporary file of the atomic writes is left behind.
    expect([...after.keys()].filter((file) => file.endsWith('.tmp'))).toEqual([]);

    const second = await runCli(dir, spec.args);
    expect(second.code, second.stderr).toBe(spec.exit);
    if (spec.exit === 0) expect(second.stdout).toContain('nothing to do');
    expect(snapshot(dir)).toEqual(after);
  });

  it('leaves feature files that parse, with new scenarios linked to their row', async () => {
    const expected = expectedFiles(name);
    for (const [file, text] of expected) {
      if (!file.endsWith('.feature')) continue;
      expect(() => parseGherkin(text), file).not.toThrow();
      const index = indexFeature(text.startsWith('\uFEFF') ? text.slice(1) : text, file);
      expect(index.diagnostics).toEqual([]);
      const generated = index.scenarios.filter((s) => s.provenance !== null);
      expect(generated.length, `${file} has no generated scenario`).toBeGreaterThan(0);
      for (const scenario of generated) {
        const provenance = scenario.provenance!;
        expect(scenario.design, `${file}:${scenario.line}`).toBe(provenance.design);
        expect(scenario.requirements.map((r) => r.id)).toEqual(expect.arrayContaining(provenance.row));
        expect(provenance.behavior, `${file}:${scenario.line} records its behavior`).toBeDefined();
      }
    }
  });

  it.runIf(spec.exit === 0)('leaves no expected requirement uncovered', async () => {
    const dir = copyProject(path.join(FIXTURES, name, 'repo'));
    dirs.push(dir);
    const beforeReport = await coverage(dir);
    expect(beforeReport.findings.filter((f) => f.kind === 'uncovered').length).toBeGreaterThan(0);
    await runCli(dir, spec.args);
    const report = await coverage(dir);
    expect(report.findings.filter((f) => f.kind === 'uncovered')).toEqual([]);
    expect(report.summary.covered + report.summary.pending).toBe(report.summary.expected);
  });
});
