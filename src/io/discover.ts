import { glob } from 'tinyglobby';

/**
 * Files matching the globs under `cwd`, relative to it with `/` separators,
 * sorted so that every run sees the same order. A pattern starting with `!`
 * excludes. `.git` is never searched. Symbolic links are not followed, so a
 * link loop cannot make discovery run forever.
 */
export async function discover(cwd: string, patterns: readonly string[]): Promise<string[]> {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const ignore = ['**/.git/**', ...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))];
  if (include.length === 0) return [];
  const files = await glob(include, {
    cwd,
    ignore,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false,
  });
  return [...new Set(files)].sort();
}
