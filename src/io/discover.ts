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
 * Files matching the picomatch globs under `cwd` (`dot: false`), relative to it with `/`, sorted,
 * each once; a leading `!` excludes, and a folder it matches is not entered. A pattern may lead out
 * of `cwd`. Globs find only regular files, never enter `.git` and never follow a symbolic link (a
 * loop cannot hang them), but the folders a pattern spells before its first glob character are
 * resolved like any named path. A pattern without glob characters names one path: when it exists
 * but is not a regular file, it is returned too, so that reading it reports the problem.
 */
export async function discover(cwd: string, patterns: readonly string[]): Promise<string[]> {
  const root = path.resolve(cwd);
  const include = patterns.filter((pattern) => !pattern.startsWith('!') && pattern !== '');
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  const isExcluded = excluded.length > 0 ? picomatch(excluded, GLOB_OPTIONS) : () => false;
  /** Whether `rel` lies in `.git` or in a folder an exclude pattern matches, or is matched itself. */
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
      // Anything but a regular file is returned whatever the excludes say, so that reading reports it.
      const rel = relative(absolute);
      const kind = kindOf(absolute);
      if (rel === '' || kind === null || excluded.includes(pattern) || rel.split('/').includes('.git')) continue;
      if (kind !== 'file' || !isOut(rel)) found.add(rel);
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

/** Whether `absolute` is a regular file, something else, or nothing (links not followed). */
function kindOf(absolute: string): 'file' | 'other' | null {
  try {
    return lstatSync(absolute).isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
}
