import type { Command } from 'commander';
import { Option } from 'commander';
import { confidentChoices, proposeLinks, writeLinks, type LinkWriteOutcome } from '../../api/run-link.js';
import { ConfigError } from '../../config/resolve-options.js';
import { DEFAULT_LIMIT, DEFAULT_MIN_SCORE } from '../../link/suggest-links.js';
import type { Diagnostic } from '../../model.js';
import { EXIT } from '../cli-io.js';
import { commandOptions, type CommandContext } from '../context.js';
import { reviewSuggestions } from '../interactive.js';
import { formatLinkJson, formatLinkText, formatWritten } from '../link-output.js';
import { collect } from '../parse-flags.js';
import { diagnosticLine } from '../../report/text-cleanup.js';

/** A number flag's value, `fallback` when not given; a ConfigError `Unexpected <flag> "<value>", expected <expected>` when not `valid`. */
function numberFlag(value: string | undefined, fallback: number, flag: string, valid: (n: number, text: string) => boolean, expected: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !valid(number, value.trim())) throw new ConfigError(`Unexpected ${flag} "${value}", expected ${expected}`);
  return number;
}

function printDiagnostic(ctx: CommandContext, d: Diagnostic): void {
  const left = d.kind === 'parse-error' ? ' (file left alone)' : '';
  ctx.io.stderr(`${diagnosticLine(d)}${left}\n`);
}

/** `link`: propose requirement tags for scenarios that have none, and optionally write them. */
export function registerLink(program: Command, ctx: CommandContext): void {
  program
    .command('link')
    .description('Propose the design and requirement each scenario without a requirement tag verifies, and add the tags')
    .option('--designs <glob>', 'design docs to read (repeatable; a leading ! excludes)', collect)
    .option('--features <glob>', 'feature files to read (repeatable; a leading ! excludes)', collect)
    .option('--min-score <n>', `score (0..1) from which a match is confident; below it: "no confident match" (default ${DEFAULT_MIN_SCORE})`)
    .option('--limit <n>', `candidates listed per scenario (default ${DEFAULT_LIMIT})`)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--write', 'add the tags of every confident match to the feature files (minimal edit)')
    .option('--interactive', 'on a terminal: accept, reject or pick another candidate for each scenario, then write')
    .action(async (flags: { format: 'text' | 'json'; minScore?: string; limit?: string; write?: boolean; interactive?: boolean }, command: Command) => {
      const minScore = numberFlag(flags.minScore, DEFAULT_MIN_SCORE, '--min-score', (n) => n >= 0 && n <= 1, 'a number from 0 to 1');
      const limit = numberFlag(flags.limit, DEFAULT_LIMIT, '--limit', (n, text) => /^\d+$/.test(text) && n >= 1, 'a whole number from 1');
      if (flags.interactive && flags.format === 'json') {
        throw new ConfigError('--interactive asks questions on the terminal and cannot be combined with --format json');
      }
      if (flags.interactive && (!ctx.io.stdinIsTTY || !ctx.io.stdin)) {
        throw new ConfigError(
          '--interactive needs a terminal on stdin; use --write to apply the confident matches, or --format json to review them elsewhere',
        );
      }
      const { cwd, options } = await commandOptions(ctx, command);
      const proposal = await proposeLinks({ cwd, options, minScore, limit });
      for (const d of proposal.diagnostics) printDiagnostic(ctx, d);
      if (proposal.designs.length === 0) {
        throw new ConfigError(
          `No design docs found (designs: ${options.designs.join(', ')}); name them with --designs or in the config file`,
        );
      }

      let outcome: LinkWriteOutcome | undefined;
      if (flags.interactive) {
        const review = await reviewSuggestions(proposal.suggestions, {
          input: ctx.io.stdin as NodeJS.ReadableStream,
          write: ctx.io.stdout,
        });
        ctx.io.stdout(`\nAccepted ${review.choices.length} of ${review.reviewed} reviewed scenarios${review.quit ? ' (stopped early)' : ''}.\n`);
        outcome = await writeLinks(cwd, proposal, review.choices);
      } else {
        if (flags.write) outcome = await writeLinks(cwd, proposal, confidentChoices(proposal.suggestions));
        if (flags.format === 'json') ctx.io.stdout(formatLinkJson(proposal.suggestions, outcome?.written));
        else ctx.io.stdout(formatLinkText(proposal.suggestions, proposal.scenarios, minScore));
        const confident = proposal.suggestions.filter((s) => s.confident).length;
        if (!flags.write && flags.format === 'text' && confident > 0) {
          ctx.io.stdout('Run again with --write to add the tags of the confident matches, or --interactive to review each.\n');
        }
      }
      if (outcome && flags.format !== 'json') ctx.io.stdout(formatWritten(outcome.written));
      for (const d of outcome?.problems ?? []) printDiagnostic(ctx, d);
      if (outcome && outcome.problems.length > 0) ctx.setExit(EXIT.findings);
    });
}
