/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** True when stderr is an interactive terminal (progress bars are shown only then). */
  stderrIsTTY: boolean;
  /** Standard input, for commands that ask questions (`link --interactive`); absent means none. */
  stdin?: NodeJS.ReadableStream;
  /** True when stdin is an interactive terminal (questions are asked only then). */
  stdinIsTTY?: boolean;
}

/** The real process. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    // Getters: process.stdin is created on first access, and most commands never read it.
    get stdin() {
      return process.stdin;
    },
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
  };
}

/** Exit codes: 0 clean, 1 findings the user asked to fail on, 2 usage or configuration error, 3 internal error. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;
