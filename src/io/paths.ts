import path from 'node:path';

/** A path relative to `cwd` with `/` separators, as reports show it. */
export function toReportPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative.split(path.sep).join('/');
}

/** True when `target` is `root` itself or lies inside it (after resolving `..`). */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(target));
  // `..a.feature` is a file inside; only `..` itself or `../…` leaves.
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
