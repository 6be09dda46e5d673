import type { Command } from 'commander';
import { Option } from 'commander';
import type { Design } from '../../model.js';
import { loadDesigns } from '../../load/load-project.js';
import { EXIT } from '../cli-io.js';
import { commandOptions, type CommandContext } from '../context.js';
import { requireFiles } from '../require-files.js';
import { diagnosticLine, visible } from '../../report/text-cleanup.js';

function describeDesign(design: Design): string {
  const lines = [`${design.path} (@design:${design.slug})${design.title ? ` — ${design.title}` : ''}`];
  lines.push(`  feature: ${design.feature ?? 'none'}, spike: ${design.spike ?? 'none'}`);
  lines.push(`  requirements (${design.requirements.length}):`);
  for (const r of design.requirements) lines.push(`    ${design.path}:${r.line} ${r.id}: ${r.text}`);
  lines.push(`  use cases (${design.useCases.length}):`);
  for (const u of design.useCases) lines.push(`    ${design.path}:${u.line} ${u.id}: ${u.text}`);
  lines.push(`  acceptance test surface (${design.surface.length} rows):`);
  for (const row of design.surface) {
    lines.push(
      `    ${design.path}:${row.line} ${row.requirements.join(', ')} [${row.levels.join(', ')}] ${row.behavior}` +
        (row.derived ? ' (derived from the requirement)' : ''),
    );
  }
  const criteria = design.acceptanceCriteria ?? [];
  if (criteria.length > 0) lines.push(`  acceptance criteria (${criteria.length}):`);
  for (const c of criteria) {
    lines.push(`    ${design.path}:${c.line} ${c.heading}${c.ids.length > 0 ? ` [${c.ids.join(', ')}]` : ''}`);
    for (const step of c.steps) lines.push(`      ${step.keyword} ${step.text}`);
  }
  lines.push(...design.diagnostics.map((d) => `  ${diagnosticLine(d)}`));
  return lines.join('\n');
}

/** `extract <design.md...>`: print the design model. */
export function registerExtract(program: Command, ctx: CommandContext): void {
  program
    .command('extract')
    .description('Parse design docs and print their requirements, use cases, acceptance test surface and acceptance criteria')
    .argument('<design...>', 'design docs (Markdown)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (files: string[], flags: { format: string }, command: Command) => {
      const { cwd } = await commandOptions(ctx, command);
      const present = await requireFiles(ctx, cwd, files);
      const { designs, diagnostics, skipped } = await loadDesigns(cwd, present);
      for (const d of diagnostics) ctx.io.stderr(`${diagnosticLine(d)}\n`);
      for (const { file, reason } of skipped) ctx.io.stderr(`${visible(file)}: skipped, not a feature design: ${reason}\n`);
      if (flags.format === 'json') {
        ctx.io.stdout(`${JSON.stringify(skipped.length > 0 ? { designs, skipped } : { designs }, null, 2)}\n`);
      } else {
        ctx.io.stdout(`${designs.map(describeDesign).join('\n\n')}\n`);
      }
      if (present.length !== files.length || diagnostics.length > 0) ctx.setExit(EXIT.usage);
    });
}
