import { lstatSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fdir } from 'fdir';

/** The part of picomatch used here (the package ships no types). */
interface Picomatch {
  (glob: string | string[], options: object): (text: string) => boolean;
  scan(glob: string): { base: string; isGlob: boolean };
}
const picomatch = createRequire(import.meta.url)('picomatch') as Picomatch;

const GLOB_OPTIONS = { dot: false, posix: true, windows: false } as const;

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
 * link to a folder, while `**\/*.feature` does not enter it.
 *
 * A pattern without glob characters names one path. When that path exists
 * but is not a regular file (a directory named `x.feature`, a symbolic link,
 * a FIFO), it is returned too, so that reading it reports the problem with
 * its path instead of the name being silently ignored.
 *
 * The folders are walked by `fdir`; the patterns are matched by `picomatch`.
 */
export async function discover(cwd: string, patterns: readonly string[]): Promise<string[]> {
  const root = path.resolve(cwd);
  const include = patterns.filter((pattern) => !pattern.startsWith('!') && pattern !== '');
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  const isExcluded = excluded.length > 0 ? picomatch(excluded, GLOB_OPTIONS) : () => false;
  /** Whether `rel` (relative to `root`) lies in `.git` or in a folder an exclude pattern matches, or is matched itself. */
  const isOut = (rel: string): boolean => {
    const segments = rel.split('/');
    if (segments.includes('.git')) return true;
    for (let end = 1; end <= segments.length; end++) if (isExcluded(segments.slice(0, end).join('/'))) return true;
    return false;
  };
  const relative = (absolute: string): string => path.relative(root, absolute).split(path.sep).join('/');

  const found = new Set<string>();
  for (const pattern of include) {
    const scan = picomatch.scan(pattern);
    const absolute = path.resolve(root, scan.base);
    if (!scan.isGlob) {
      // One path: a regular file, or anything else that exists, for reading to report.
      const rel = relative(absolute);
      if (rel !== '' && !isOut(rel) && !excluded.includes(pattern) && exists(absolute)) found.add(rel);
      continue;
    }
    const matches = picomatch(pattern, GLOB_OPTIONS);
    let base: Stats;
    try {
      base = statSync(absolute);
    } catch {
      continue;
    }
    // `dir/**` matches a file named dir too.
    if (base.isFile()) {
      const rel = relative(absolute);
      if (matches(scan.base) && !isOut(rel)) found.add(rel);
      continue;
    }
    const prefix = scan.base === '' ? '' : `${scan.base}/`;
    const files = new fdir({ excludeSymlinks: true })
      .withRelativePaths()
      .withPathSeparator('/')
      .exclude((name, dir) => name === '.git' || isOut(relative(dir)))
      .filter((file) => matches(prefix + file))
      .crawl(absolute)
      .sync();
    for (const file of files) {
      const rel = relative(path.join(absolute, file));
      if (!isOut(rel)) found.add(rel);
    }
  }
  return [...found].sort();
}

function exists(absolute: string): boolean {
  try {
    lstatSync(absolute);
    return true;
  } catch {
    return false;
  }
}
