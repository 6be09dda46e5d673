/** The folder every `/`-separated path lies in (`docs/design/a/a.md`, `docs/design/b/b.md` -> `docs/design`), or ''. */
export function commonDir(paths: readonly string[]): string {
  const [first = [], ...rest] = paths.map((file) => file.split('/').slice(0, -1));
  let common = first;
  for (const dirs of rest) {
    let n = 0;
    while (n < common.length && n < dirs.length && common[n] === dirs[n]) n++;
    common = common.slice(0, n);
  }
  return common.join('/');
}

/** True when `file` lies inside `dir` ('' is the root, which holds everything). */
export function isUnder(file: string, dir: string): boolean {
  return dir === '' || file.startsWith(`${dir}/`);
}
