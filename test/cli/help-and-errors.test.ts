import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, createProgram } from '../../src/cli/main.js';
import { flagOfKey } from '../../src/cli/parse-flags.js';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { runCli } from '../support/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-help-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (argv: string[]) => runCli(dir, argv);

describe('help that teaches', () => {
  it.each(Object.keys(COMMANDS))('%s --help shows the global options, examples of the command and the exit codes', async (name) => {
    const run = await cli([name, '--help']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(new RegExp(`^Usage: gherkin-bridge ${name} `));
    expect(run.stdout).toMatch(/\nGlobal Options:\n(.*\n)* {2}-C, --cwd <dir> .*\n(.*\n)* {2}-c, --config <file> /);
    expect(run.stdout).toMatch(new RegExp(`\\nExamples:\\n  \\$ gherkin-bridge (.* )?${name}\\b`));
    expect(run.stdout).toMatch(/\nExit codes:\n {2}0 {2}.*\n( {2}1 {2}.*\n)? {2}2 {2}usage or configuration error.*\n {2}3 {2}internal error/);
  });

  it('help is also `help <command>`, exit 0; with no arguments at all the program prints its help to stderr and exits 2', async () => {
    const named = await cli(['help', 'sync']);
    expect(named.code).toBe(0);
    expect(named.stdout).toBe((await cli(['sync', '--help'])).stdout);
    const bare = await cli([]);
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toBe((await cli(['--help'])).stdout);
    expect(bare.stderr).toContain('\nCommands:\n');
  });
});

describe('usage errors: one line on stderr, naming what the user typed, exit 2', () => {
  it.each([
    [['coverage', '--min-covrage', '3'], "gherkin-bridge coverage: unknown option '--min-covrage' (did you mean --min-coverage?); see gherkin-bridge coverage --help\n"],
    [['extract'], "gherkin-bridge extract: missing required argument 'design'; see gherkin-bridge extract --help\n"],
    [['covrage'], "gherkin-bridge: unknown command 'covrage' (did you mean coverage?); see gherkin-bridge --help\n"],
    [['coverage', '--format'], "gherkin-bridge coverage: option '--format <format>' argument missing; see gherkin-bridge coverage --help\n"],
    [['coverage', '--min-coverage', 'abc'], 'gherkin-bridge: Invalid configuration in the command line: --min-coverage must be number\n'],
    [['sync', '--levels', 'e2e,smoke', '--skip-tag', 'skip'], 'gherkin-bridge: Invalid configuration in the command line: --levels must be one of e2e, integration, unit, manual, unknown; --skip-tag must match pattern "^@[^\\s@#]+$"\n'],
  ])('%j', async (argv, stderr) => {
    const run = await cli(argv);
    expect(run).toEqual({ code: 2, stdout: '', stderr });
  });

  it('names every flag that sets a config key as the user types it, never the key', async () => {
    const program = await createProgram({ io: { stdout: () => {}, stderr: () => {}, cwd: dir, env: {}, stderrIsTTY: false }, version: '0', setExit: () => {} });
    const flags = new Set(program.commands.flatMap((command) => command.options.map((option) => option.long)));
    const keysWithFlags = Object.keys(CONFIG_SCHEMA.properties).filter((key) => flags.has(flagOfKey(key)));
    expect(keysWithFlags.sort()).toEqual([
      ...['allowEmpty', 'cache', 'designs', 'failOn', 'features', 'into', 'language', 'levels', 'minCoverage', 'minVerified'],
      ...['out', 'results', 'runnerList', 'skipTag', 'suggestSteps', 'tags', 'templates'],
    ]);
    expect(flagOfKey('levels[1]')).toBe('--levels');
  });
});
