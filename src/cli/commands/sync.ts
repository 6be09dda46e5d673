import type { Command } from 'commander';
import { runSync, type SyncChange } from '../../api/run-sync.js';
import { ConfigError } from '../../config/resolve-options.js';
import { loadTemplates } from '../../io/templates.js';
import { EXIT } from '../cli-io.js';
import { commandOptions, type CommandContext } from '../context.js';
import { collect } from '../parse-flags.js';

function describe(change: SyncChange, check: boolean): string {
  const verb = check ? 'would ' : '';
  const parts: string[] = [];
  if (change.added.length > 0) {
    parts.push(`${verb}${change.created ? 'create' : 'add to'} ${change.file}: scenarios for ${change.added.join(', ')}`);
  }
  if (change.accepted.length > 0) {
    parts.push(`${verb}accept ${change.accepted.length} stale scenario(s) in ${change.file} (lines ${change.accepted.join(', ')})`);
  }
  return parts.join('\n');
}

function parseInto(values: readonly string[] | undefined): Record<string, string> {
  const into: Record<string, string> = {};
  for (const value of values ?? []) {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) {
      throw new ConfigError(`Unexpected --into ${value}, expected <design-slug>=<feature file>`);
    }
    into[value.slice(0, at)] = value.slice(at + 1);
  }
  return into;
}

/** `sync`: add the missing scenarios to the feature files, never changing a byte that is there. */
export function registerSync(program: Command, ctx: CommandContext): void {
  program
    .command('sync')
    .description('Add a generated scenario for every expected requirement that has none, keeping every existing byte')
    .option('--designs <glob>', 'design docs to read (repeatable; a leading ! excludes)', collect)
    .option('--features <glob>', 'feature files to read (repeatable; a leading ! excludes)', collect)
    .option('--levels <list>', 'verification levels whose requirements are expected (default e2e)')
    .option('--into <slug=file>', 'feature file that receives a design\'s new scenarios (repeatable)', collect)
    .option('--out <dir>', 'folder for new feature files (default: the folder holding most feature files)')
    .option('--template <path>', 'folder with feature.hbs and/or scenario.hbs')
    .option('--skip-tag <tag>', 'tag that keeps generated scenarios out of a green run (default @skip)')
    .option('--no-skip-tag', 'put no skip tag on generated scenarios')
    .option('--runner-list <file>', 'runner list the suite runs from (created files count as run only once registered)')
    .option('--register <list>', 'add every feature file sync creates to this runner list')
    .option('--accept-stale', 'refresh the fingerprint of stale generated scenarios after review')
    .option('--check', 'write nothing; print the planned change as a unified diff and exit 1 when there is any')
    .action(async (flags: { into?: string[]; register?: string; acceptStale?: boolean; check?: boolean }, command: Command) => {
      const { cwd, options } = await commandOptions(ctx, command);
      const into = { ...options.into, ...parseInto(flags.into) };
      const templates = await loadTemplates(cwd, options.templates);
      const check = Boolean(flags.check);
      const outcome = await runSync({
        cwd,
        options: { ...options, into },
        templates,
        check,
        acceptStale: Boolean(flags.acceptStale),
        register: flags.register ?? null,
      });
      for (const change of outcome.changes) {
        ctx.io.stdout(`${describe(change, check)}\n`);
        if (check) ctx.io.stdout(change.diff);
      }
      if (outcome.registered.length > 0) {
        ctx.io.stdout(`${check ? 'would register' : 'registered'} ${outcome.registered.join(', ')} in ${flags.register}\n`);
      }
      for (const finding of outcome.before.findings) {
        if (finding.kind === 'orphaned' || (finding.kind === 'stale' && !flags.acceptStale)) {
          ctx.io.stdout(`${finding.file}:${finding.line}: ${finding.severity} [${finding.kind}] ${finding.message} (left for a person to decide)\n`);
        }
      }
      for (const problem of outcome.problems) {
        ctx.io.stderr(`${problem.file}:${problem.line}: ${problem.severity} ${problem.message}\n`);
      }
      if (outcome.changes.length === 0 && outcome.problems.length === 0) ctx.io.stdout('nothing to do\n');
      if (outcome.problems.length > 0) ctx.setExit(EXIT.findings);
      else if (check && (outcome.changes.length > 0 || outcome.registered.length > 0)) ctx.setExit(EXIT.findings);
    });
}
