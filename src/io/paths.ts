import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** A path relative to `cwd` with `/` separators, as reports show it. */
export function toReportPath(cwd: string, file: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
}

/** True when `target` is `root` itself or lies inside it (after resolving `..`). */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(target));
  // `..a.feature` is a file inside; only `..` itself or `../…` leaves.
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** How a write to a path would land outside the working directory. */
export interface WriteEscape {
  /** `path`: the path itself leaves; `link`: a symbolic link on the way leads out; `broken-link`: one leads nowhere or loops. */
  reason: 'path' | 'link' | 'broken-link';
  /** Where the write would land, absolute and with links resolved (for `broken-link`: the link). */
  real: string;
  /** Why, in words, to follow "Refusing to write <file>: ". */
  message: string;
}

/**
 * How writing `target` (absolute, or relative to `root`) would land outside `root` once the links of
 * its nearest existing path (and of `root`) are resolved, or null when it stays inside. Another error
 * than "does not exist" while looking also gives null: the write itself then fails and reports it.
 */
export async function writeEscape(root: string, target: string): Promise<WriteEscape | null> {
  const base = path.resolve(root);
  const absolute = path.resolve(base, target);
  if (!isInside(base, absolute)) {
    return { reason: 'path', real: absolute, message: `it is outside the working directory ${base}` };
  }
  const realRoot = await realpath(base).catch(() => base);
  // The nearest existing path at or above the target; below it, nothing can be a link yet.
  let existing = absolute;
  const missing: string[] = [];
  for (;;) {
    try {
      await lstat(existing);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return null;
    }
    const parent = path.dirname(existing);
    if (parent === existing) return null;
    missing.unshift(path.basename(existing));
    existing = parent;
  }
  let real: string;
  try {
    real = path.join(await realpath(existing), ...missing);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ELOOP') return null;
    return {
      reason: 'broken-link',
      real: existing,
      message: `a symbolic link on its way leads to nothing (a missing target or a loop), so it may not stay inside the working directory ${base}`,
    };
  }
  if (isInside(realRoot, real)) return null;
  return {
    reason: 'link',
    real,
    message: `it leads through a symbolic link to ${real}, outside the working directory ${base}`,
  };
}

/** Whether `dir` exists and is a folder (following links): a working directory must, before anything is read or made. */
export async function isDirectory(dir: string): Promise<boolean> {
  return (await stat(dir).catch(() => null))?.isDirectory() ?? false;
}

/** `file` (relative to `root`) with symbolic links resolved, or just resolved when it does not exist: to compare two names of one file. */
export async function realOrResolved(root: string, file: string): Promise<string> {
  const absolute = path.resolve(root, file);
  return realpath(absolute).catch(() => absolute);
}
