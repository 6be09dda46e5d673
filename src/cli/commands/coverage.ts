import path from 'node:path';
import type { Command } from 'commander';
import { runCoverage } from '../../api/run-coverage.js';
import { ConfigError, type Options } from '../../config/resolve-options.js';
import { discover } from '../../io/discover.js';
import { realOrResolved, writeEscape } from '../../io/paths.js';
import { FORMATS, loadReporter } from '../../report/registry.js';
import type { Reporter } from '../../report/types.js';
import { gate } from '../../coverage/gate.js';
import { EXIT } from '../cli-io.js';
import { commandOptions, type CommandContext } from '../context.js';
import { collect, splitPair } from '../parse-flags.js';
import { createProgress } from '../progress.js';

async function reporterFor(format: string, flag: string): Promise<Reporter> {
  const reporter = await loadReporter(format);
  if (!reporter) {
    throw new ConfigError(`Unknown format "${format}" in ${flag}, expected one of ${FORMATS.join(', ')}`);
  }
  return reporter;
}

/** Refuse, before the run, a `--report` file that is an input of the run, or outside the working directory without `--allow-outside`. */
async function checkReportTargets(cwd: string, files: readonly string[], options: Options, configFile: string | null, allowOutside: boolean): Promise<void> {
  if (files.length === 0) return;
  const real = (file: string): Promise<string> => realOrResolved(cwd, file);
  const named = [...(await discover(cwd, options.designs)), ...(await discover(cwd, options.features)), configFile, options.runnerList];
  const inputs = new Set(await Promise.all(named.filter((file): file is string => Boolean(file)).map(real)));
  for (const file of files) {
    if (inputs.has(await real(file))) {
      throw new ConfigError(`Refusing --report ${file}: it is an input of this run (a design doc, feature file, config or runner list) that the report would replace; name another file`);
    }
    const escape = allowOutside ? null : await writeEscape(cwd, file);
    if (escape) throw new ConfigError(`Refusing to write ${file}: ${escape.message} (--report; add --allow-outside to write a CI artefact folder elsewhere)`);
  }
}

/** `coverage`: diff feature files against designs. */
export function registerCoverage(program: Command, ctx: CommandContext): void {
  program
    .command('coverage')
    .description('Report which requirements have scenarios, which scenarios point at nothing, and which are stale')
    .option('--designs <glob>', 'design docs to read (repeatable; a leading ! excludes)', collect)
    .option('--features <glob>', 'feature files to read (repeatable; a leading ! excludes)', collect)
    .option('--levels <list>', 'verification levels whose requirements are expected (e2e,integration,unit,manual,unknown)')
    .option('--fail-on <list>', 'finding kinds that make the run exit 1, or "none"')
    .option('--min-coverage <percent>', 'exit 1 when overall coverage is below this percentage')
    .option('--format <format>', `output format on stdout (${FORMATS.join(', ')})`, 'text')
    .option('--report <format=path>', 'also write a report in another format to a file (repeatable)', collect)
    .option('--min-verified <percent>', 'exit 1 when the verified percentage (passed over expected, with --results) is below this')
    .option('--tags <expression>', 'tag expression of the run, e.g. "not @skip" or behave\'s -skip (repeatable, ANDed)', collect)
    .option('--results <file-or-folder>', 'test results: Cucumber Messages, Cucumber JSON or JUnit XML (repeatable)', collect)
    .option('--allow-empty', 'accept design globs that match no file (otherwise exit 2)')
    .option('--runner-list <file>', 'runner list naming the feature files the suite runs (scenarios elsewhere are not-run)')
    .option('--since <git-ref>', 'judge only surface rows and feature files added or changed since this git ref')
    .option('--no-cache', 'do not read or write the cache (default: node_modules/.cache/gherkin-bridge, or the user cache folder without a package.json)')
    .option('--allow-outside', 'let --report write outside the working directory (a CI artefact folder)')
    .action(async (flags: { format: string; since?: string; report?: string[]; allowOutside?: boolean }, command: Command) => {
      const { cwd, options, flags: all, configFile } = await commandOptions(ctx, command);
      const reporter = await reporterFor(flags.format, '--format');
      const extra = [];
      for (const value of flags.report ?? []) {
        const [format, file] = splitPair(value, '--report', '<format>=<path>, for example junit=reports/junit.xml');
        extra.push({ format, reporter: await reporterFor(format, `--report ${value}`), file });
      }
      await checkReportTargets(cwd, extra.map((e) => e.file), options, configFile, Boolean(flags.allowOutside));
      const stream = { write: ctx.io.stderr, isTTY: ctx.io.stderrIsTTY };
      const progress = createProgress({ stream, enabled: !all.quiet && flags.format !== 'json' });
      const onNote = (note: string): void => {
        if (!all.quiet) ctx.io.stderr(`gherkin-bridge: note: ${note}\n`);
      };
      const report = await runCoverage({ cwd, options, since: flags.since ?? null, onProgress: progress.update, onNote }).finally(
        progress.finish,
      );
      const reportOptions = { cwd, toolVersion: ctx.version, verbose: all.verbose === true };
      ctx.io.stdout(reporter(report, reportOptions));
      for (const { format, reporter: write, file } of extra) {
        const { writeAtomic } = await import('../../io/write-atomic.js');
        await writeAtomic(path.resolve(cwd, file), write(report, reportOptions));
        if (!all.quiet) ctx.io.stderr(`wrote the ${format} report to ${file}\n`);
      }
      const { failed, reasons } = gate(report, options);
      for (const reason of reasons) ctx.io.stderr(`gherkin-bridge: failing: ${reason}\n`);
      ctx.setExit(failed ? EXIT.findings : EXIT.ok);
    });
}
