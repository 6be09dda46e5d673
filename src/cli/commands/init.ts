import type { Command } from 'commander';
import { runInit } from '../../api/run-init.js';
import type { Layout } from '../../init/detect-layout.js';
import { nextCommands } from '../../init/next-commands.js';
import { CONFIG_FILE } from '../../io/load-config.js';
import { EXIT } from '../cli-io.js';
import { workingDirectory, type CommandContext, type GlobalFlags } from '../context.js';
import { diagnosticLine } from '../../report/text-cleanup.js';
import { plural } from '../../shared/plural.js';

function describeLayout(layout: Layout): string {
  const designs = layout.designFiles.length;
  const without = layout.withoutSurface.length;
  const designNote =
    designs === 0
      ? 'no design doc found'
      : `${plural(designs, 'design doc')}${without > 0 ? `, ${without} without an Acceptance test surface table` : ''}`;
  const featureNote =
    layout.featureFiles === 0
      ? 'no feature file found'
      : `${plural(layout.featureFiles, 'feature file')}, ${plural(layout.scenarios, 'scenario')}, ${layout.untagged} without a requirement tag`;
  const lines = [
    `  designs     ${layout.designs.join(' ')}  (${designNote})`,
    `  features    ${layout.features.join(' ')}  (${featureNote})`,
    `  runnerList  ${layout.runnerList ?? 'none found'}`,
    `  levels      ${layout.levels.join(', ')}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `init`: write a config file describing the repository, then say what to run next. */
export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .description('Write a commented gherkin-bridge.config.json for this repository (never overwrites one) and print the next commands')
    .option('--dry-run', 'print the config instead of writing it')
    .action(async (flags: { dryRun?: boolean }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalFlags>();
      const cwd = await workingDirectory(ctx, globals);
      const outcome = await runInit({ cwd, configFile: globals.config ?? CONFIG_FILE, dryRun: Boolean(flags.dryRun) });
      if (outcome.status === 'exists') {
        ctx.io.stderr(`${outcome.existing} already exists; init never overwrites a config. Edit it, or delete it and run init again.\n`);
        ctx.setExit(EXIT.findings);
        return;
      }
      for (const d of outcome.diagnostics) ctx.io.stderr(`${diagnosticLine(d)}\n`);
      if (outcome.status === 'dry-run') ctx.io.stdout(`Would write ${outcome.file}:\n${outcome.text}\n`);
      else ctx.io.stdout(`Wrote ${outcome.file}:\n`);
      ctx.io.stdout(describeLayout(outcome.layout));
      const commands = nextCommands(outcome.layout, { cwd: globals.cwd ?? null, config: globals.config ?? null });
      ctx.io.stdout(`\nNext, run:\n${commands.map((line) => `  ${line}\n`).join('')}`);
    });
}
