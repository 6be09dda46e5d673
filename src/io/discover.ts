import { lstatSync } from 'node:fs';
import path from 'node:path';
import { globEngine } from './discover-glob.js';
import { isDynamicPattern, planDiscovery } from './discover-plan.js';
import { walkPlan } from './discover-walk.js';

/**
 * Files matching the globs under `cwd`, relative to it with `/` separators,
 * sorted so that every run sees the same order, each once. A pattern starting
 * with `!` excludes. Globs are picomatch's (`*`, `**`, `?`, `[...]`, `{a,b}`,
 * extglobs) with `dot: false`: `*` and `**` do not match a name starting with
 * a dot unless the pattern spells the dot. A pattern may lead out of `cwd`
 * (`../shared/*.feature` gives `../shared/x.feature`).
 *
 * Only regular files are found by a glob. `.git` is never searched. A folder
 * that an exclude pattern matches is skipped with everything in it
 * (`!**\/node_modules`, `!docs/old`).
 *
 * Symbolic links met by a glob are skipped, never followed, so a link loop
 * cannot make discovery run forever. The folders a pattern spells out before
 * its first glob character are found like any path the user names, links
 * resolved: `shared/*.feature` finds the files of `shared` when `shared` is a
 * link to a folder, whatever other patterns are given, while `**\/*.feature`
 * does not enter it.
 *
 * A pattern without glob characters names one path. When that path exists
 * but is not a regular file (a directory named `x.feature`, a symbolic link,
 * a FIFO), it is returned too, so that reading it reports the problem with
 * its path instead of the name being silently ignored.
 */
export async function discover(cwd: string, patterns: readonly string[]): Promise<string[]> {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  if (include.length === 0) return [];
  const root = path.resolve(cwd).split(path.sep).join('/');
  const files = walkPlan(root, planDiscovery(root, include, excluded, globEngine));
  const literal = include.filter((pattern) => !isDynamicPattern(pattern, globEngine) && !excluded.includes(pattern));
  for (const pattern of literal) {
    const named = namedNonFile(cwd, pattern);
    if (named !== null) files.push(named);
  }
  files.sort();
  // The walk lists a file once; a literal path or a base found again gives a neighbour to drop.
  let kept = 0;
  for (const file of files) if (kept === 0 || file !== files[kept - 1]) files[kept++] = file;
  files.length = kept;
  return files;
}

/** The path a literal pattern names, relative to `cwd`, when it exists and is not a regular file. */
function namedNonFile(cwd: string, pattern: string): string | null {
  const absolute = path.resolve(cwd, pattern);
  try {
    if (lstatSync(absolute).isFile()) return null;
  } catch {
    return null;
  }
  const relative = path.relative(cwd, absolute).split(path.sep).join('/');
  return relative === '' || relative.split('/').includes('.git') ? null : relative;
}
