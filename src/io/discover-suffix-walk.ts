import { readdirSync, type Dirent } from 'node:fs';

const DOT = 0x2e;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The walk for the one shape most configurations use, a single include
 * pattern `[base/]**\/*suffix` whose exclude patterns are all `**\/name/**`,
 * `**\/name`, `dir/**` or a literal path (the defaults `**\/*.feature` and
 * `!**\/node_modules/**`).
 * It finds what the general walk finds, with less code on the path taken per
 * file: in a short-lived process, code that the engine has to optimize while
 * it runs costs more than it saves.
 *
 * `abs` is the base folder, `base` its path relative to the working directory
 * ('' for the folder itself, never leading out with `..`); `hidden` says that
 * a segment of `base` starts with a dot or holds a line break, where `**`
 * does not reach, which makes `**\/name` exclude nothing.
 * Found files are added to `found`, relative, in no particular order.
 */
export function walkSuffix(
  abs: string,
  base: string,
  hidden: boolean,
  suffix: string,
  excluded: { names: ReadonlySet<string>; paths: ReadonlySet<string> },
  found: string[],
): void {
  const names = hidden ? new Set<string>() : excluded.names;
  const paths = excluded.paths.size > 0 ? excluded.paths : null;
  const folders: { abs: string; rel: string }[] = [{ abs: abs.endsWith('/') ? abs : `${abs}/`, rel: base }];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder.abs, { withFileTypes: true });
    } catch {
      continue;
    }
    const where = folder.rel;
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k] as Dirent;
      const name = entry.name;
      // `*` and `**` match no name starting with a dot (`.git` included), `**` no folder name with a line break.
      if (name.charCodeAt(0) === DOT || names.has(name)) continue;
      if (entry.isFile()) {
        const first = name.charCodeAt(0);
        if (first === 0x0a || first === 0x0d || first === 0x2028 || first === 0x2029 || !name.endsWith(suffix)) continue;
        const rel = where === '' ? name : `${where}/${name}`;
        if (paths === null || !paths.has(rel)) found.push(rel);
      } else if (entry.isDirectory() && !LINE_BREAK.test(name)) {
        const rel = where === '' ? name : `${where}/${name}`;
        if (paths === null || !paths.has(rel)) folders.push({ abs: `${folder.abs}${name}/`, rel });
      }
    }
  }
}
