/**
 * The folder every path lies in (`/`-separated, relative), or '' when they
 * share none: `docs/design/a/a.md`, `docs/design/b/b.md` -> `docs/design`.
 */
export function commonDir(paths: readonly string[]): string {
  let common: string[] | null = null;
  for (const file of paths) {
    const dirs = file.split('/').slice(0, -1);
    if (common === null) {
      common = dirs;
      continue;
    }
    let n = 0;
    while (n < common.length && n < dirs.length && common[n] === dirs[n]) n++;
    common = common.slice(0, n);
  }
  return (common ?? []).join('/');
}

/** True when `file` lies inside `dir` ('' is the root, which holds everything). */
export function isUnder(file: string, dir: string): boolean {
  return dir === '' || file.startsWith(`${dir}/`);
}
