import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeUtf8, readBytesAndStamp } from './read-bytes.js';
import { isInside } from './paths.js';

/** The file that marks a folder as made by gherkin-bridge for its cache. */
const MARK = '.gherkin-bridge-cache';
/** Names this tool writes in its folder, and those of versions before the mark (their folder is taken over). */
const OWN_NAME_RE =
  /^(?:\.gherkin-bridge-cache|\.gitignore|cache-[^/]*\.json|\.cache-[^/]*\.tmp|feature-index\.json|feature-stamps\.json|designs\.json|\.[a-z-]+\.json\.[0-9a-f]+\.tmp)$/;

/**
 * The cache folder when `cacheDir` is not configured: `node_modules/.cache/gherkin-bridge` with a
 * `package.json`, else `<cacheHome>/gherkin-bridge/<key of the project's path>` (a repository
 * without Node.js gets no `node_modules/`), else null (no cache).
 */
export function defaultCacheDir(cwd: string, cacheHome: string | null): string | null {
  const root = path.resolve(cwd);
  if (existsSync(path.join(root, 'package.json'))) return path.join(root, 'node_modules', '.cache', 'gherkin-bridge');
  if (!cacheHome) return null;
  const key = `${path.basename(root) || 'root'}-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`;
  return path.join(cacheHome, 'gherkin-bridge', key);
}

/** The user's cache folder: `$XDG_CACHE_HOME`, else `$HOME/.cache`, else null. */
export function userCacheHome(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME;
  return env.HOME ? path.join(env.HOME, '.cache') : null;
}

/**
 * Why the cache folder `dir` of a run in `root` must not be used, or null: it is used only when
 * missing, empty or marked as this tool's (so a `cacheDir` of `.` or `docs` never overwrites
 * anything), and, under `root`, only when no symbolic link on its way leads outside `root`.
 */
export function cacheFolderRefusal(cacheDir: string, projectRoot: string): string | null {
  const [dir, root] = [path.resolve(cacheDir), path.resolve(projectRoot)];
  if (isInside(root, dir) && !isInside(realNearest(root), realNearest(dir))) {
    return `Ignoring cache folder ${dir}: a symbolic link on its way leads outside ${root}`;
  }
  let stats;
  try {
    stats = lstatSync(dir);
  } catch {
    return null;
  }
  if (!stats.isDirectory()) return `Ignoring cache folder ${dir}: it is not a folder`;
  if (existsSync(path.join(dir, MARK))) return null;
  const foreign = foreignNames(dir);
  return foreign.length > 0
    ? `Ignoring cache folder ${dir}: it holds files gherkin-bridge did not write (${foreign.slice(0, 3).join(', ')})`
    : null;
}

/** The text of cache file `name` in `dir`, or null when it is missing, not a regular file or not UTF-8. Never blocks. */
export function readCacheFile(dir: string, name: string): string | null {
  const read = readBytesAndStamp(path.join(dir, name));
  return read && decodeUtf8(read.bytes);
}

/** Write cache file `name` atomically, making and marking the folder, and remove older cache files; false on failure. */
export function writeCacheFile(dir: string, name: string, text: string): boolean {
  const temp = path.join(dir, `.${name.replace(/\.json$/, '')}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(path.join(dir, MARK))) {
      // Checked again just before marking: another process may have filled it meanwhile.
      if (foreignNames(dir).length > 0) return false;
      writeFileSync(path.join(dir, MARK), 'A cache folder made by gherkin-bridge: safe to delete.\n');
      // Like pytest's and mypy's caches: keeps the folder out of `git status` where node_modules is not ignored.
      writeFileSync(path.join(dir, '.gitignore'), '# Created by gherkin-bridge.\n*\n');
    }
    writeFileSync(temp, text, { flag: 'wx', flush: true }); // flushed before the rename, as writeAtomic does
    renameSync(temp, path.join(dir, name));
    for (const other of readdirSync(dir)) {
      if (other !== name && /^cache-.*\.json$/.test(other)) rmSync(path.join(dir, other), { force: true });
    }
    return true;
  } catch {
    rmSync(temp, { force: true });
    return false;
  }
}

function foreignNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => !OWN_NAME_RE.test(name));
  } catch {
    return [];
  }
}

/** `dir` with the links of its nearest existing ancestor resolved (what a write to it would reach). */
function realNearest(dir: string): string {
  const rest: string[] = [];
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      return path.join(realpathSync(at), ...rest.reverse());
    } catch {
      if (path.dirname(at) === at) return dir;
      rest.push(path.basename(at));
    }
  }
}

/**
 * This tool's version and a fingerprint of the `.js`/`.ts` files in `folders` and of the installed
 * version of each package, so that a cache keyed by it is read by no other code.
 */
export function codeFingerprint(folders: readonly URL[], packages: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    let names: string[] = [];
    try {
      names = readdirSync(folder).filter((name) => /\.(?:js|ts)$/.test(name) && !name.endsWith('.d.ts'));
    } catch {
      // Missing: empty.
    }
    for (const name of names.sort()) hash.update(`${name}\0`).update(readFileSync(new URL(name, folder))).update('\0');
  }
  for (const name of packages) hash.update(`${name}@${packageVersion(name, path.dirname(fileURLToPath(import.meta.url)))}\0`);
  let tool = 'unknown';
  try {
    // src/io or dist/io: the package's root is two folders up.
    tool = String((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version);
  } catch {
    // Not packaged: the fingerprint still tells builds apart.
  }
  return `${tool}-${hash.digest('hex').slice(0, 12)}`;
}

/** The version in `node_modules/<name>/package.json` nearest above `dir`, or "unknown". */
function packageVersion(name: string, dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      return String((JSON.parse(readFileSync(path.join(at, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version);
    } catch {
      if (path.dirname(at) === at) return 'unknown';
    }
  }
}
