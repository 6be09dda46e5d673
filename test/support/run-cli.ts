import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';
import { runBuiltCli } from './run-built-cli.mjs';

/** What one CLI run printed and returned. */
export interface CliRun {
  /** The exit code; null only when a child process was killed (see `timedOut`). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Present, and true, only when a child process was killed for running longer than its `timeout`. */
  timedOut?: true;
}

/** How to run the CLI; every option has a default. */
export interface RunOptions {
  /**
   * Run `bin/gherkin-bridge.js` as a child process instead of `main()` in this
   * process (its `dist/` is rebuilt when older than `src/`: test/support/fresh-build.ts): for what only a process shows (a hang that must be killed, file
   * permissions as another user, the real stdout). Default: false, or true for
   * every run that allows it when `CLI_SPAWN=1`, to check that both ways agree.
   */
  spawn?: boolean;
  /** Lines typed on stdin (each gets its newline); in-process, no stdin at all by default. */
  stdin?: readonly string[];
  /** Pretend stdin is a terminal (in-process only: a child's stdin is a pipe). */
  stdinIsTTY?: boolean;
  /** Pretend stderr is a terminal (in-process only). */
  stderrIsTTY?: boolean;
  /** Child process only: killed after this many ms (default 60 s), then `timedOut` is true. */
  timeout?: number;
  /** Child process only: run as this user and group (for permission tests as root). */
  user?: { uid: number; gid: number };
}

/**
 * Run `gherkin-bridge <argv>` in the folder `cwd` and return its exit code and output, like
 * cucumber-js' `World.run()`: in-process through the injectable
 * {@link CliIo} (commander's `exitOverride`, nothing touches `process`), or
 * as a child process of the built binary when `spawn` is set.
 */
export async function runCli(cwd: string, argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const needsTerminal = options.stdinIsTTY === true || options.stderrIsTTY === true;
  const spawnIt = options.spawn ?? (process.env.CLI_SPAWN === '1' && !needsTerminal);
  if (spawnIt && needsTerminal) throw new Error('runCli: a child process has no terminal; run it in-process');
  return spawnIt ? runChild(cwd, argv, options) : runInProcess(cwd, argv, options);
}

async function runInProcess(cwd: string, argv: readonly string[], options: RunOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: {},
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    ...(options.stdin ? { stdin: Readable.from(options.stdin.map((line) => `${line}\n`)) } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function runChild(cwd: string, argv: readonly string[], options: RunOptions): Promise<CliRun> {
  return runBuiltCli(cwd, argv, { stdin: options.stdin ?? [], ...(options.timeout ? { timeout: options.timeout } : {}), ...(options.user ? { user: options.user } : {}) });
}
