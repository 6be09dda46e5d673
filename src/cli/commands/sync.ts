import type { Command } from 'commander';
import { runSync, type SyncChange } from '../../api/run-sync.js';
import { loadTemplates } from '../../io/templates.js';
import { EXIT } from '../cli-io.js';
import { commandOptions, type CommandContext } from '../context.js';
import { collect, splitPair } from '../parse-flags.js';
import { diagnosticLine, visible } from '../../report/text-cleanup.js';

/** Findings of the report before sync that sync leaves for a person, and what to do about each kind. */
const LEFT_FOR_A_PERSON: Readonly<Record<string, string>> = {
  orphaned: 'sync never deletes a scenario: remove it or fix its tag',
  stale: 'review the scenario, then run sync --accept-stale',
  'not-run': 'add its file to the runner list',
};

function describe(change: SyncChange, check: boolean): string[] {
  const verb = check ? 'would ' : '';
  const lines: string[] = [];
  if (change.added.length > 0) {
    const what = change.created ? 'create' : 'add to';
    lines.push(`${verb}${what} ${visible(change.file)}: scenarios for ${change.added.join(', ')}`);
  }
  if (change.accepted.length > 0) {
    const n = change.accepted.length;
    lines.push(`${verb}accept ${n} stale scenario${n === 1 ? '' : 's'} in ${visible(change.file)} (line${n === 1 ? '' : 's'} ${change.accepted.join(', ')})`);
  }
  return lines;
}

/** `sync`: add the missing scenarios to the feature files, never changing a byte that is there. */
export function registerSync(program: Command, ctx: CommandContext): void {
  program
    .command('sync')
    .description('Add a generated scenario for every expected requirement that has none, keeping every existing byte')
    .option('--designs <glob>', 'design docs to read (repeatable; a leading ! excludes)', collect)
    .option('--features <glob>', 'feature files to read (repeatable; a leading ! excludes)', collect)
    .option('--levels <list>', 'verification levels whose requirements are expected (default e2e)')
    .option('--into <slug=file>', "feature file that receives a design's new scenarios (repeatable)", collect)
    .option('--out <dir>', 'folder for new feature files (default: the folder holding most feature files)')
    .option('--template <path>', 'folder with feature.hbs and/or scenario.hbs')
    .option('--skip-tag <tag>', 'tag that keeps generated scenarios out of a green run (default @skip)')
    .option('--no-skip-tag', 'put no skip tag on generated scenarios')
    .option('--language <code>', 'Gherkin dialect of new feature files (an existing file keeps its own)')
    .option('--no-suggest-steps', "write TODO steps only, without suggestions from the suite's steps")
    .option('--runner-list <file>', 'runner list the suite runs from (scenarios in files it does not name are not-run)')
    .option('--register <list>', 'add every feature file sync creates to this runner list (default: the configured runnerList)')
    .option('--no-register', 'do not add the files sync creates to the configured runner list')
    .option('--accept-stale', 'after review, refresh the fingerprint of stale generated scenarios')
    .option('--check', 'write nothing; print the planned change as a unified diff and exit 1 when there is any')
    .option('--no-cache', 'do not read or write the cache')
    .action(async (flags: { into?: string[]; register?: string | false; acceptStale?: boolean; check?: boolean }, command: Command) => {
      const { cwd, options } = await commandOptions(ctx, command);
      const flagInto = (flags.into ?? []).map((value) => splitPair(value, '--into', '<design-slug>=<feature file>'));
      const into = { ...options.into, ...Object.fromEntries(flagInto) };
      const templates = await loadTemplates(cwd, options.templates);
      const check = Boolean(flags.check);
      const outcome = await runSync({
        cwd,
        options: { ...options, into },
        templates,
        check,
        acceptStale: Boolean(flags.acceptStale),
        // With a runner list configured, files sync creates join it: else the next coverage reports them not-run.
        register: flags.register === false ? null : (flags.register ?? options.runnerList),
        onNote: (note) => ctx.io.stderr(`gherkin-bridge: note: ${note}\n`),
      });
      for (const change of outcome.changes) {
        for (const text of describe(change, check)) ctx.io.stdout(`${text}\n`);
        if (check) ctx.io.stdout(change.diff);
      }
      const register = outcome.register;
      if (register && register.added.length > 0) {
        ctx.io.stdout(`${check ? 'would register' : 'registered'} ${register.added.join(', ')} in ${register.list}\n`);
        if (check) ctx.io.stdout(register.diff);
      }
      for (const finding of outcome.before.findings) {
        const advice = LEFT_FOR_A_PERSON[finding.kind];
        if (advice === undefined || (finding.kind === 'stale' && flags.acceptStale)) continue;
        ctx.io.stdout(`${diagnosticLine(finding)} (${advice})\n`);
      }
      for (const problem of outcome.problems) ctx.io.stderr(`${diagnosticLine(problem)}\n`);
      const changed = outcome.changes.length > 0 || (register?.added.length ?? 0) > 0;
      if (!changed && outcome.problems.length === 0) ctx.io.stdout('nothing to do\n');
      if (outcome.problems.some((p) => p.severity === 'error')) ctx.setExit(EXIT.findings);
      else if (check && changed) ctx.setExit(EXIT.findings);
    });
}
