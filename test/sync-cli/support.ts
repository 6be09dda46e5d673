import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCoverage } from '../../src/api/run-coverage.js';
import { runSync, type SyncOutcome } from '../../src/api/run-sync.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';
import { resolveOptions, type ConfigInput, type Options } from '../../src/config/resolve-options.js';
import { loadConfig } from '../../src/io/load-config.js';
import { loadTemplates } from '../../src/io/templates.js';
import type { CoverageReport } from '../../src/model.js';
import { repoRoot } from '../support/corpus.js';

/** Fixture repositories of the sync tests. */
export const FIXTURES = path.join(repoRoot, 'test/fixtures/sync-cli');

/** A fresh temporary folder holding `files` (path -> text, written byte for byte). */
export function makeRepo(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-sync-'));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

/** A temporary copy of a fixture folder. */
export function copyRepo(source: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-sync-'));
  cpSync(source, dir, { recursive: true });
  return dir;
}

export function removeRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

/** Every file under `dir` (relative, `/`-separated, sorted) with its text; `.git` and caches are skipped. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Options as the CLI resolves them in `dir`: its config file, if any, then `flags` (in the config file's shape). */
export async function options(dir: string, flags: ConfigInput = {}): Promise<Options> {
  const { config } = await loadConfig(dir);
  return resolveOptions(config, { cache: false, ...flags });
}

/** Run sync on `dir` through the library. */
export async function sync(
  dir: string,
  flags: ConfigInput = {},
  extra: { check?: boolean; acceptStale?: boolean; register?: string | null } = {},
): Promise<SyncOutcome> {
  const resolved = await options(dir, flags);
  return runSync({
    cwd: dir,
    options: resolved,
    templates: await loadTemplates(dir, resolved.templates),
    check: extra.check ?? false,
    acceptStale: extra.acceptStale ?? false,
    register: extra.register ?? null,
  });
}

/** Run coverage on `dir` through the library. */
export async function coverage(dir: string, flags: ConfigInput = {}, since: string | null = null): Promise<CoverageReport> {
  return runCoverage({ cwd: dir, options: await options(dir, flags), since });
}

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process in `cwd`. */
export async function cli(cwd: string, argv: readonly string[]): Promise<CliRun> {
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

/** Run git in `dir` with a fixed identity and no user or system configuration. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
    },
  });
}

/** `git init` + commit everything in `dir`. */
export function commitAll(dir: string, message: string): void {
  if (!readdirSync(dir).includes('.git')) git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
}

/** A design doc in the Lightspeed template's shape. */
export function designDoc(title: string, requirements: [string, string][], rows: [string, string, string][]): string {
  return [
    `# Feature design for ${title}`,
    '',
    '## Requirements',
    '',
    ...requirements.map(([id, text]) => `- **${id}:** ${text}`),
    '',
    '## Acceptance test surface',
    '',
    '| Req | Observable behavior | Verified by |',
    '|-----|---------------------|-------------|',
    ...rows.map(([ids, behavior, level]) => `| ${ids} | ${behavior} | ${level} |`),
    '',
  ].join('\n');
}
