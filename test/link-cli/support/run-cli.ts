import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../../src/cli/cli-io.js';
import { main } from '../../../src/cli/main.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process in `cwd`; `extra` replaces parts of the fake io (stdin, for example). */
export async function runCli(cwd: string, argv: readonly string[], extra: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: {},
    stderrIsTTY: false,
    stdinIsTTY: false,
    ...extra,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder holding `files` (path -> text); remove it with {@link removeProject}. */
export function makeProject(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-link-'));
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return dir;
}

/** A temporary copy of a folder. */
export function copyProject(source: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-link-'));
  cpSync(source, dir, { recursive: true });
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}
