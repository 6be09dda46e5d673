import type { Command } from 'commander';
import { runGenerate, type GenerateResult } from '../../api/run-generate.js';
import { loadTemplates } from '../../io/templates.js';
import { EXIT } from '../cli-io.js';
import { commandOptions, type CommandContext } from '../context.js';
import { requireFiles } from '../require-files.js';
import { diagnosticLine } from '../../report/text-cleanup.js';

/** What each result prints, by status. */
const DESCRIBE: Readonly<Record<GenerateResult['status'], (result: GenerateResult) => string>> = {
  created: (r) => `created ${r.target} (${r.scenarios} scenarios)`,
  updated: (r) => `overwrote ${r.target} (${r.scenarios} scenarios, --force)`,
  unchanged: (r) => `unchanged ${r.target}`,
  'would-create': (r) => `would create ${r.target} (${r.scenarios} scenarios)`,
  'would-update': (r) => `would change ${r.target}`,
  conflict: (r) =>
    `left ${r.target} untouched: it exists and differs from what would be generated (use --force to overwrite, or sync to add only what is missing)`,
  empty: (r) => `nothing to generate for ${r.design}: no surface row at the selected levels`,
};

/** `generate <design.md...> --out <dir>`: write one feature file per design. */
export function registerGenerate(program: Command, ctx: CommandContext): void {
  program
    .command('generate')
    .description('Write <out>/<slug>.feature with one scenario skeleton per surface row at the selected levels')
    .argument('<design...>', 'design docs (Markdown)')
    .requiredOption('--out <dir>', 'folder to write feature files into')
    .option('--levels <list>', 'levels to generate scenarios for (default e2e)')
    .option('--template <path>', 'folder with feature.hbs and/or scenario.hbs, or one feature template file')
    .option('--skip-tag <tag>', 'tag that keeps generated scenarios out of a green run (default @skip)')
    .option('--no-skip-tag', 'put no skip tag on generated scenarios')
    .option('--language <code>', 'Gherkin dialect of the files written (default en, or config "language")')
    .option('--no-suggest-steps', "write TODO steps only, without suggestions from the suite's steps")
    .option('--force', 'overwrite an existing file that differs')
    .option('--check', 'write nothing; exit 1 when a file would be created or changed')
    .action(async (files: string[], flags: { force?: boolean; check?: boolean }, command: Command) => {
      const { cwd, options } = await commandOptions(ctx, command);
      const present = await requireFiles(ctx, cwd, files);
      const templates = await loadTemplates(cwd, options.templates);
      const outcome = await runGenerate({
        cwd,
        designs: present,
        out: options.out ?? '.',
        levels: options.levels,
        skipTag: options.skipTag,
        templates,
        force: Boolean(flags.force),
        check: Boolean(flags.check),
        language: options.language,
        ...(options.suggestSteps ? { vocabulary: { features: options.features, steps: options.steps } } : {}),
      });
      for (const d of outcome.diagnostics) ctx.io.stderr(`${diagnosticLine(d)}\n`);
      for (const result of outcome.results) ctx.io.stdout(`${DESCRIBE[result.status](result)}\n`);
      const failed = outcome.results.some((r) => ['conflict', 'would-create', 'would-update'].includes(r.status));
      const unreadable = outcome.diagnostics.some((d) => d.kind === 'io-error');
      if (present.length !== files.length || unreadable) ctx.setExit(EXIT.usage);
      else if (failed) ctx.setExit(EXIT.findings);
    });
}
