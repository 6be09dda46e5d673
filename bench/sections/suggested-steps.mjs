// Share of generated steps that the suite's own runner finds defined, on the
// fixture suites with step definitions (test/fixtures/vocabulary): generate
// next to the suite with the built CLI, then `behave --dry-run` and
// `cucumber-js --dry-run` count the undefined steps.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SUITES = [
  { name: 'behave (features/steps/*.py)', fixture: 'behave', design: 'docs/design/catalog/catalog.md' },
  { name: 'cucumber-js (step_definitions/*.mjs)', fixture: 'cucumber', design: 'docs/design/orders/orders.md' },
];

function dryRun(suite, dir, file, repoRoot) {
  if (suite.fixture === 'behave') {
    const out = spawnSync('behave', ['--dry-run', '--no-color', file], { cwd: dir, encoding: 'utf8' });
    if (out.error) return null;
    return Number(/(\d+) undefined/.exec(out.stdout)?.[1] ?? Number.NaN);
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  const bin = path.join(repoRoot, 'node_modules/@cucumber/cucumber/bin/cucumber.js');
  const out = spawnSync(process.execPath, [bin, '--dry-run', '--import', 'features/step_definitions/*.mjs', '--format', 'summary', file], { cwd: dir, encoding: 'utf8' });
  return Number(/\d+ steps \((\d+) undefined/.exec(out.stdout)?.[1] ?? Number.NaN);
}

export async function run({ repoRoot }) {
  const rows = [];
  for (const suite of SUITES) {
    const dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-bench-steps-'));
    try {
      cpSync(path.join(repoRoot, 'test/fixtures/vocabulary', suite.fixture), dir, { recursive: true });
      const gen = spawnSync(process.execPath, [path.join(repoRoot, 'bin/gherkin-bridge.js'), 'generate', suite.design, '--out', 'features/gen'], { cwd: dir, encoding: 'utf8' });
      if (gen.status !== 0) throw new Error(gen.stderr);
      const slug = path.basename(suite.design, '.md');
      const file = `features/gen_${slug}.feature`;
      renameSync(path.join(dir, 'features/gen', `${slug}.feature`), path.join(dir, file));
      const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
      const steps = lines.filter((line) => /^\s+(Given|When|Then|And|But) /.test(line)).length;
      const suggested = lines.filter((line) => line.includes('# suggested: from ')).length;
      const undefinedSteps = dryRun(suite, dir, file, repoRoot);
      const defined = undefinedSteps === null ? 'runner missing' : `${steps - undefinedSteps}/${steps}`;
      rows.push({ suite: suite.name, 'generated steps': steps, suggested, 'defined (dry run)': defined, 'suggested and defined': undefinedSteps === null ? '-' : `${steps - undefinedSteps}/${suggested}` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { name: 'suggested steps defined by the suite\'s runner', rows };
}
