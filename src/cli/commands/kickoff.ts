import path from 'node:path';
import type { Command } from 'commander';
import { chooseTarget, defaultFeaturesDir } from '../../api/feature-target.js';
import { loadDesigns, loadFeatures } from '../../load/load-project.js';
import { computeCoverage } from '../../coverage/compute-coverage.js';
import { applyPerDesign } from '../../coverage/per-design.js';
import { discover } from '../../io/discover.js';
import { renderKickoff } from '../../kickoff/render-kickoff.js';
import { EXIT } from '../cli-io.js';
import { commandOptions, type CommandContext } from '../context.js';
import { collect } from '../parse-flags.js';
import { requireFiles } from '../require-files.js';
import { visible } from '../../report/text-cleanup.js';

/** `kickoff <design.md>`: print the Markdown body of the design's e2e-kickoff ticket. */
export function registerKickoff(program: Command, ctx: CommandContext): void {
  program
    .command('kickoff')
    .description("Print the Markdown body of a design's e2e-kickoff ticket: scope and acceptance criteria")
    .argument('<design>', 'design doc (Markdown)')
    .option('--feature-file <path>', 'feature file the scenarios belong in (default: the file linked to the design, else <features dir>/<slug>.feature)')
    .option('--features <glob>', 'feature files to look for an existing link in (repeatable)', collect)
    .option('--levels <list>', 'levels in scope (default e2e)')
    .option('--runner-list <file>', 'runner list the new file must be added to')
    .option('--out <dir>', 'features folder for a new file')
    .action(async (file: string, flags: { featureFile?: string }, command: Command) => {
      const { cwd, options } = await commandOptions(ctx, command);
      // A missing file (already reported) leaves no design and nothing more to print.
      const { designs, diagnostics, skipped } = await loadDesigns(cwd, await requireFiles(ctx, cwd, [file]));
      const design = designs[0];
      if (!design) {
        for (const d of diagnostics) ctx.io.stderr(`${visible(d.file)}:${d.line}: ${visible(d.message)}\n`);
        for (const { file: shown, reason } of skipped) ctx.io.stderr(`${visible(shown)}: not a feature design: ${reason}\n`);
        ctx.setExit(EXIT.usage);
        return;
      }
      const { features } = await loadFeatures(cwd, await discover(cwd, options.features), { detail: 'linked' });
      const dir = options.out ?? defaultFeaturesDir(features, options.features);
      const featureFile =
        flags.featureFile ?? chooseTarget(design, features, options.into) ?? path.posix.join(dir.split(path.sep).join('/'), `${design.slug}.feature`);
      const [settled] = applyPerDesign([design], options.perDesign);
      const report = computeCoverage([settled ?? design], features, { levels: options.levels, severity: {} });
      const mine = report.designs[0];
      ctx.io.stdout(
        renderKickoff(design, {
          featureFile,
          levels: options.levels,
          designPath: design.path,
          skipTag: options.skipTag,
          runnerList: options.runnerList,
          version: ctx.version,
          linkedFiles: mine?.featureFiles ?? [],
          covered: new Set(mine?.requirements.filter((r) => r.status === 'covered').map((r) => r.id)),
        }),
      );
    });
}
