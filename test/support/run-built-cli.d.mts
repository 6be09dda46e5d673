/** bin/gherkin-bridge.js of this repository. */
export const BIN: string;

/** Run `gherkin-bridge <argv>` in `cwd` as a child process (see run-built-cli.mjs). */
export function runBuiltCli(
  cwd: string,
  argv: readonly string[],
  options?: { stdin?: readonly string[]; timeout?: number; user?: { uid: number; gid: number } },
): Promise<{ code: number | null; stdout: string; stderr: string; timedOut?: true }>;
