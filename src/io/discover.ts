import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/**
 * Files matching the globs under `cwd`, relative to it with `/` separators,
 * sorted so that every run sees the same order. A pattern starting with `!`
 * excludes. `.git` is never searched. Symbolic links are not followed, so a
 * link loop cannot make discovery run forever.
 *
 * A pattern without glob characters names one path. When that path exists
 * but is not a regular file (a directory named `x.feature`, a symbolic link,
 * a FIFO), it is returned too, so that reading it reports the problem with
 * its path instead of the name being silently ignored.
 */
export async function discover(cwd: string, patterns: readonly string[]): Promise<string[]> {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const ignore = ['**/.git/**', ...excluded];
  if (include.length === 0) return [];
  const files = await glob(include, {
    cwd,
    ignore,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false,
  });
  const literal = include.filter((pattern) => !isDynamicPattern(pattern) && !excluded.includes(pattern));
  const named = await Promise.all(literal.map((pattern) => namedNonFile(cwd, pattern)));
  return [...new Set([...files, ...named.filter((file) => file !== null)])].sort();
}

/** The path a literal pattern names, relative to `cwd`, when it exists and is not a regular file. */
async function namedNonFile(cwd: string, pattern: string): Promise<string | null> {
  const absolute = path.resolve(cwd, pattern);
  try {
    if ((await lstat(absolute)).isFile()) return null;
  } catch {
    return null;
  }
  const relative = path.relative(cwd, absolute).split(path.sep).join('/');
  return relative === '' || relative.split('/').includes('.git') ? null : relative;
}
