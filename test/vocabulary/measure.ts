import { spawnSync } from 'node:child_process';
import { renameSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../support/corpus.js';
import { copyProject, read } from '../support/project.js';
import { runCli } from '../support/run-cli.js';

/** What generating into a fixture suite gave, as its own runner counts it. */
export interface StepShare {
  /** Generated steps (TODO and suggested). */
  steps: number;
  suggested: number;
  /** Steps the runner's dry run finds undefined. */
  undefined: number;
  dir: string;
}

/** Copy a fixture suite, generate its design next to its features, and dry-run the real runner on the new file. */
export async function measure(fixture: 'behave' | 'cucumber', design: string): Promise<StepShare> {
  const dir = copyProject(path.join(repoRoot, 'test/fixtures/vocabulary', fixture));
  const run = await runCli(dir, ['generate', design, '--out', 'features/gen']);
  if (run.code !== 0) throw new Error(run.stderr);
  const slug = path.basename(design, '.md');
  renameSync(path.join(dir, 'features/gen', `${slug}.feature`), path.join(dir, `features/gen_${slug}.feature`));
  const text = read(dir, `features/gen_${slug}.feature`);
  const steps = text.split('\n').filter((line) => /^\s+(Given|When|Then|And|But) /.test(line)).length;
  const suggested = text.split('\n').filter((line) => line.includes('# suggested: from ')).length;
  let undefinedSteps: number;
  if (fixture === 'behave') {
    const out = spawnSync('behave', ['--dry-run', '--no-color', `features/gen_${slug}.feature`], { cwd: dir, encoding: 'utf8' });
    undefinedSteps = Number(/(\d+) undefined/.exec(out.stdout)?.[1] ?? Number.NaN);
  } else {
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
    const bin = path.join(repoRoot, 'node_modules/@cucumber/cucumber/bin/cucumber.js');
    const out = spawnSync(process.execPath, [bin, '--dry-run', '--import', 'features/step_definitions/*.mjs', '--format', 'summary', `features/gen_${slug}.feature`], { cwd: dir, encoding: 'utf8' });
    undefinedSteps = Number(/\d+ steps \((\d+) undefined/.exec(out.stdout)?.[1] ?? Number.NaN);
  }
  return { steps, suggested, undefined: undefinedSteps, dir };
}
