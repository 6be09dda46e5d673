import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigError } from '../config/resolve-options.js';
import { toReportPath } from './paths.js';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  return (await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' })).stdout;
}

/** A git ref resolved in the repository that contains the working directory. */
export interface GitBase {
  /** Top folder of the work tree, as git prints it (symbolic links resolved). */
  top: string;
  /** The working directory with symbolic links resolved, so that paths relative to `top` map onto it. */
  cwd: string;
  commit: string;
}

/**
 * Resolve `ref` to a commit of the repository that contains `cwd`.
 * @throws {ConfigError} when git is missing, `cwd` is not in a work tree, or `ref` names no commit.
 */
export async function resolveGitBase(cwd: string, ref: string): Promise<GitBase> {
  let top: string;
  try {
    top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ConfigError(`--since ${ref}: git is not installed or not on the PATH`);
    }
    throw new ConfigError(`--since ${ref}: ${cwd} is not inside a git repository`);
  }
  if (top === '') throw new ConfigError(`--since ${ref}: ${cwd} is not inside a git work tree`);
  // `--end-of-options` keeps a ref that starts with `-` from being read as an option.
  const commit = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then((out) => out.trim(), () => '');
  if (commit === '') throw new ConfigError(`--since ${ref}: unknown git ref, expected a branch, tag or commit of ${top}`);
  return { top, cwd: await realpath(cwd), commit };
}

/** Files changed since the base (committed, staged, unstaged or untracked), relative to the working directory. */
export async function changedSince(base: GitBase): Promise<Set<string>> {
  const diff = await git(base.top, ['diff', '--name-only', '--no-renames', '-z', base.commit, '--']);
  const untracked = await git(base.top, ['ls-files', '--others', '--exclude-standard', '-z']);
  const files = [...diff.split('\0'), ...untracked.split('\0')].filter(Boolean);
  return new Set(files.map((file) => toReportPath(base.cwd, path.join(base.top, file))));
}

/** The text of `file` (relative to the working directory) at the base, or null when it did not exist there. */
export async function textAtBase(base: GitBase, file: string): Promise<string | null> {
  const inRepo = path.relative(base.top, path.resolve(base.cwd, file)).split(path.sep).join('/');
  try {
    const text = await git(base.top, ['show', `${base.commit}:${inRepo}`]);
    // As readText does for the current version: the BOM is not part of line 1.
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    return null;
  }
}
