import { lstatSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface Picomatch {
  (glob: string, options: Record<string, boolean>): (text: string) => boolean;
  scan(glob: string): { isGlob: boolean; negated: boolean };
}

/** picomatch, as tinyglobby configured it for discovery. */
export const picomatch = createRequire(import.meta.url)('picomatch') as Picomatch;
export const PICOMATCH_OPTIONS = { dot: false, posix: true, windows: false };

/** Characters that end the static part of a pattern. */
const GLOB_CHARACTER = /[*?[\]{}()\\|"]/;

/** How many folders a pattern spells out before its first glob character (never its last segment). */
export function staticFolderCount(pattern: string): number {
  const segments = pattern.split('/');
  let count = 0;
  while (count < segments.length - 1 && !GLOB_CHARACTER.test(segments[count] as string)) count++;
  return count;
}

/** A path found below a folder, with the indexes of its segments that are symbolic links. */
interface Reached {
  rel: string;
  links: number[];
}

/**
 * Every path below `cwd`, following symbolic links to folders in the first
 * `linkDepth` segments only (so a link loop ends), listed by name without
 * file types.
 */
function reachable(cwd: string, linkDepth: number): Reached[] {
  const out: Reached[] = [];
  const visit = (abs: string, rel: string, links: number[], depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch {
      return;
    }
    for (const name of names) {
      const childAbs = path.join(abs, name);
      const childRel = rel === '' ? name : `${rel}/${name}`;
      const stat = lstatSync(childAbs);
      if (stat.isSymbolicLink()) {
        out.push({ rel: childRel, links: [...links, depth] });
        let target;
        try {
          target = statSync(childAbs);
        } catch {
          continue;
        }
        if (target.isDirectory() && depth < linkDepth) visit(childAbs, childRel, [...links, depth], depth + 1);
      } else {
        out.push({ rel: childRel, links });
        if (stat.isDirectory()) visit(childAbs, childRel, links, depth + 1);
      }
    }
  };
  visit(cwd, '', [], 0);
  return out;
}

/**
 * What `discover` is specified to return, worked out the slow, obvious way
 * for patterns without `..` and already normalized: every regular file below
 * `cwd` that an include pattern matches (picomatch, `dot: false`), reached
 * through symbolic links only among the folders that pattern spells out,
 * with no `.git` segment and no folder on its way (or itself) matched by an
 * exclude pattern; plus the paths literal patterns name that are not regular files.
 */
export function specifiedDiscover(cwd: string, patterns: readonly string[]): string[] {
  const include = patterns.filter((pattern) => !pattern.startsWith('!') && pattern !== '');
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  if (include.length === 0) return [];
  const includes = include.map((pattern) => ({
    matches: picomatch(pattern, PICOMATCH_OPTIONS),
    staticFolders: staticFolderCount(pattern),
  }));
  const excludes = exclude.map((pattern) => picomatch(pattern, PICOMATCH_OPTIONS));
  const linkDepth = Math.max(...includes.map((rule) => rule.staticFolders));
  const found = new Set<string>();
  for (const { rel, links } of reachable(cwd, linkDepth)) {
    if (!lstatSync(path.join(cwd, rel)).isFile()) continue;
    const segments = rel.split('/');
    if (segments.includes('.git')) continue;
    const prefixes = segments.map((_, k) => segments.slice(0, k + 1).join('/'));
    if (prefixes.some((prefix) => excludes.some((matches) => matches(prefix)))) continue;
    const matched = includes.some((rule) => rule.matches(rel) && links.every((depth) => depth < rule.staticFolders));
    if (matched) found.add(rel);
  }
  for (const pattern of include) {
    const scan = picomatch.scan(pattern);
    if (scan.isGlob || scan.negated || exclude.includes(pattern)) continue;
    let stat;
    try {
      stat = lstatSync(path.resolve(cwd, pattern));
    } catch {
      continue;
    }
    const rel = path.relative(cwd, path.resolve(cwd, pattern)).split(path.sep).join('/');
    if (!stat.isFile() && rel !== '' && !rel.split('/').includes('.git')) found.add(rel);
  }
  return [...found].sort();
}

/** The proper prefixes of a relative path (its folders), shortest first. */
export function foldersOf(rel: string): string[] {
  const segments = rel.split('/');
  return segments.slice(0, -1).map((_, k) => segments.slice(0, k + 1).join('/'));
}
