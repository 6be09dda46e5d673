import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXIT, processIo, type CliIo } from './cli-io.js';
import type { CommandContext } from './context.js';
import { helpFooter, oneLineError } from './help-text.js';
import { visible } from '../report/text-cleanup.js';

/** Adds one command (its options and action) to the program. */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

/**
 * Every command, in the order help lists them. A module is imported only when its command runs (or
 * for help), so that `--version` or `coverage` do not pay for others' dependencies (handlebars, remark...).
 */
export const COMMANDS: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  generate: async () => (await import('./commands/generate.js')).registerGenerate,
  coverage: async () => (await import('./commands/coverage.js')).registerCoverage,
  sync: async () => (await import('./commands/sync.js')).registerSync,
  link: async () => (await import('./commands/link.js')).registerLink,
  init: async () => (await import('./commands/init.js')).registerInit,
  kickoff: async () => (await import('./commands/kickoff.js')).registerKickoff,
};

/** Program options that take a value (their value is not a command name). */
const VALUE_OPTIONS = new Set(['-C', '--cwd', '-c', '--config']);

/** The package version, read once. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The registrations `argv` needs: its command's, none for a bare `--version`, else all (help, unknown command). */
export async function commandsFor(argv: readonly string[]): Promise<RegisterCommand[]> {
  let named: string | undefined;
  for (let k = 0; k < argv.length; k++) {
    const word = argv[k] as string;
    if (word === '--') break;
    if (VALUE_OPTIONS.has(word)) {
      k++;
      continue;
    }
    if (!word.startsWith('-')) {
      named = word;
      break;
    }
  }
  if (named !== undefined && Object.hasOwn(COMMANDS, named)) return [await (COMMANDS[named] as () => Promise<RegisterCommand>)()];
  if (named === undefined && argv.some((word) => word === '-V' || word === '--version')) return [];
  return Promise.all(Object.values(COMMANDS).map((load) => load()));
}

/** commander, loaded with the first program (a bare `--version` never needs it). */
let commander: typeof import('commander') | undefined;

/** Build the commander program with `commands` (default: every command); `setExit` receives each exit code. */
export async function createProgram(ctx: CommandContext, commands?: readonly RegisterCommand[]): Promise<Command> {
  commander ??= await import('commander');
  commands ??= await commandsFor(['--help']);
  const program = new commander.Command('gherkin-bridge')
    .description('Keep feature designs and their Gherkin acceptance tests in sync')
    .version(VERSION, '-V, --version')
    .option('-C, --cwd <dir>', 'run as if started in <dir>')
    .option('-c, --config <file>', 'config file (default: gherkin-bridge.config.json, or "gherkin-bridge" in package.json)')
    .option('-q, --quiet', 'no progress output')
    .option('--verbose', 'also list the Markdown files skipped as not feature designs, with the reason')
    .configureHelp({ showGlobalOptions: true });
  for (const register of commands) register(program, ctx);
  for (const command of [program, ...program.commands]) {
    const name = command === program ? '' : command.name();
    const where = `gherkin-bridge${name ? ` ${name}` : ''}`;
    command
      .exitOverride()
      .addHelpText('after', helpFooter(name))
      .configureOutput({
        writeOut: (text) => ctx.io.stdout(text),
        writeErr: (text) => ctx.io.stderr(text),
        outputError: (text) => ctx.io.stderr(oneLineError(text, where)),
      });
  }
  return program;
}

/** Run the CLI with `argv` (without node and script) and return the exit code: the only place that decides it. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    // `--version` alone needs neither commander nor any command: print what commander would (startup time).
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  try {
    const program = await createProgram({ io, version: VERSION, setExit: (value) => (code = value) }, await commandsFor(argv));
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (commander && error instanceof commander.CommanderError) {
      // 0 for --help, help and --version; commander's 1 (no command given, a bad flag...) is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // Known errors, by name rather than instanceof so that main does not load their modules (and ajv) up front:
    // someone else changed the file or holds the lock (nothing lost, nothing done: exit 1), or the user's to fix.
    if (error instanceof Error && ['ConflictError', 'ConfigError', 'GenerateError', 'FileError'].includes(error.name)) {
      io.stderr(`gherkin-bridge: ${visible(error.message)}\n`);
      return error.name === 'ConflictError' ? EXIT.findings : EXIT.usage;
    }
    io.stderr(`gherkin-bridge: internal error (please report it): ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.internal;
  }
}
