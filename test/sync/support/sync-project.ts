import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runCoverage } from '../../../src/api/run-coverage.js';
import { runSync, type SyncOutcome } from '../../../src/api/run-sync.js';
import { resolveOptions, type ConfigInput, type Options } from '../../../src/config/resolve-options.js';
import { loadConfig } from '../../../src/io/load-config.js';
import { loadTemplates } from '../../../src/io/templates.js';
import type { CoverageReport } from '../../../src/model.js';
import { repoRoot } from '../../support/corpus.js';

/** Fixture repositories of the sync golden tests. */
export const FIXTURES = path.join(repoRoot, 'test/fixtures/sync/golden');

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
