import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../../src/cli/cli-io.js';
import { main } from '../../../src/cli/main.js';
import type { CoverageReport } from '../../../src/model.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process in `cwd`, as `gherkin-bridge <argv>`. */
export async function runCli(cwd: string, argv: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: {},
    stderrIsTTY: false,
    stdinIsTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The JSON report of `coverage --format json`. */
export function jsonReport(run: CliRun): CoverageReport {
  return JSON.parse(run.stdout) as CoverageReport;
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /\n\s+at .+:\d+:\d+\)?/;

/** A fresh temporary folder holding `files` (path -> text or bytes). */
export function makeProject(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-hostile-'));
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A design with one e2e requirement, and a feature file that covers it. */
export const GOOD_DESIGN = `# Payments

## Requirements

- **R1:** Pay by card.

## Acceptance test surface

| Req | Observable behavior | Verified by |
|-----|---------------------|-------------|
| R1  | A card payment succeeds | e2e |
`;

export const GOOD_FEATURE = `@design:pay
Feature: Payments

  @R1
  Scenario: Pay by card
    Given a card
`;
