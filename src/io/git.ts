import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigError } from '../config/resolve-options.js';
import { toReportPath } from './paths.js';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/** A git ref resolved in the repository that contains `cwd`. */
export interface GitBase {
  top: string;
  ref: string;
  commit: string;
}

/** Resolve `ref`; outside a repository or for an unknown ref, a usage error. */
export async function resolveGitBase(cwd: string, ref: string): Promise<GitBase> {
  let top: string;
  try {
    top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    throw new ConfigError(`--since ${ref}: ${cwd} is not inside a git repository`);
  }
  try {
    const commit = (await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
    if (!commit) throw new Error('empty');
    return { top, ref, commit };
  } catch {
    throw new ConfigError(`--since ${ref}: unknown git ref (expected a branch, tag or commit of ${top})`);
  }
}

/** Files changed since the base (committed, staged, unstaged or untracked), relative to `cwd`. */
export async function changedSince(cwd: string, base: GitBase): Promise<Set<string>> {
  const diff = await git(base.top, ['diff', '--name-only', '-z', base.commit, '--']);
  const untracked = await git(base.top, ['ls-files', '--others', '--exclude-standard', '-z']);
  const files = [...diff.split('\0'), ...untracked.split('\0')].filter(Boolean);
  return new Set(files.map((file) => toReportPath(cwd, path.join(base.top, file))));
}

/** The text of `file` (relative to `cwd`) at the base, or null when it did not exist there. */
export async function textAtBase(cwd: string, base: GitBase, file: string): Promise<string | null> {
  const inRepo = path.relative(base.top, path.resolve(cwd, file)).split(path.sep).join('/');
  try {
    return await git(base.top, ['show', `${base.commit}:${inRepo}`]);
  } catch {
    return null;
  }
}
