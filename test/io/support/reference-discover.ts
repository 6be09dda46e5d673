import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/**
 * `discover` as it was before issue 6 (tinyglobby and its post-processing),
 * kept as the reference the new walk is compared with.
 */
export async function referenceDiscover(cwd: string, patterns: readonly string[]): Promise<string[]> {
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
