import path from 'node:path';
import { fastGlob, fastNameMatcher, fastPathTest, type FastGlob } from './discover-fast.js';
import type { GlobEngine, Matcher, NameTest, PathTest } from './discover-glob.js';

/** One include pattern, ready for the walk. */
export interface IncludeRule {
  /** The pattern as matched: normalized and relative to the working directory (`../x/*.feature`, `docs/**\/*.md`). */
  glob: string;
  /** Its test of paths. */
  test: PathTest;
  /** Its shape when it is one of the common ones (`**\/*.feature`), else null. */
  fast: FastGlob | null;
  /** The folder its static part names, relative to the working directory with `/` ('' for the folder itself). */
  base: string;
  /** Its segments; a segment is matched against one folder name on the way down. */
  segments: readonly Segment[];
}

/** How one segment of an include pattern is matched against a folder name. */
export type Segment =
  | { kind: 'globstar' }
  | { kind: 'name'; test: Matcher }
  // A segment holding a slash inside braces or an extglob cannot be matched one folder at a time.
  | { kind: 'any' };

/** The exclude patterns, sorted by how cheaply a path can be tested against them. */
export interface ExcludeRules {
  /** `**\/name/**` and `**\/name`: a path whose last segment is `name`, below folders `**` matches (no dot, no line break). */
  readonly names: ReadonlySet<string>;
  /** Literal paths and `dir/**`: a path equal to one of these. */
  readonly paths: ReadonlySet<string>;
  /** Everything else. */
  readonly others: readonly PathTest[];
}

/** What the walk needs: the include rules and the exclude rules. */
export interface DiscoveryPlan {
  includes: IncludeRule[];
  excludes: ExcludeRules;
}

/** Characters that make a pattern segment more than a plain name. */
const SPECIAL = /[*?[\]{}()\\|"]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;

/** True when `glob` has no glob syntax at all, so it matches exactly its own spelling. */
export function isPlain(glob: string): boolean {
  return !SPECIAL.test(glob) && !glob.startsWith('!');
}

/**
 * The plan for `include` and `exclude` patterns (exclude without their `!`)
 * under `cwd` (absolute, `/` separators). Patterns are normalized the way
 * tinyglobby did it: a trailing `/` dropped, an absolute pattern made
 * relative, `.` and inner `..` segments resolved; a pattern leading out with
 * `../` and back in is matched against paths relative to `cwd`
 * (`../main/x/*.feature` in `/work/main` is `x/*.feature`).
 *
 * `engine` is called only for patterns with glob syntax.
 */
export function planDiscovery(
  cwd: string,
  include: readonly string[],
  exclude: readonly string[],
  engine: () => GlobEngine,
): DiscoveryPlan {
  const includes: IncludeRule[] = [];
  for (const pattern of include) {
    if (pattern === '') continue;
    const { glob, base } = normalizePattern(cwd, pattern);
    includes.push({ glob, base, test: compile(glob, engine), fast: fastGlob(glob), segments: segmentsOf(glob, engine) });
  }
  const names = new Set<string>();
  const paths = new Set<string>();
  const others: PathTest[] = [];
  for (const pattern of exclude) {
    // tinyglobby ignored an empty exclude and one still starting with `!` (from `!!x`), except an extglob `!(…)`.
    if (pattern === '' || (pattern.startsWith('!') && !pattern.startsWith('!('))) continue;
    const { glob } = normalizePattern(cwd, pattern);
    const name = nameForm(glob);
    if (name !== null) names.add(name);
    else if (isPlain(glob)) paths.add(glob);
    else if (glob.endsWith('/**') && isPlain(glob.slice(0, -3))) paths.add(glob.slice(0, -3));
    else others.push(compile(glob, engine));
  }
  return { includes, excludes: { names, paths, others } };
}

/** The `name` of `**\/name/**` or `**\/name` (a plain name, not `.` or `..`), else null. */
function nameForm(glob: string): string | null {
  if (!glob.startsWith('**/')) return null;
  const name = glob.endsWith('/**') ? glob.slice(3, -3) : glob.slice(3);
  if (name === '' || name === '.' || name === '..' || name.includes('/') || !isPlain(name)) return null;
  return name;
}

/**
 * True when `pattern` (as the user wrote it) has glob syntax, as tinyglobby's
 * `isDynamicPattern` decides it; the engine is asked only when neither answer is obvious.
 */
export function isDynamicPattern(pattern: string, engine: () => GlobEngine): boolean {
  if (isPlain(pattern)) return false;
  if (/[*?]/.test(pattern) && !/[\\"]/.test(pattern)) return true;
  return engine().isDynamic(pattern);
}

function compile(glob: string, engine: () => GlobEngine): PathTest {
  if (isPlain(glob)) {
    const slash = glob.lastIndexOf('/');
    const folderOf = slash < 0 ? '' : glob.slice(0, slash);
    const name = glob.slice(slash + 1);
    const byName: NameTest = (candidate) => candidate === name;
    return { matches: (text) => text === glob, inFolder: (folder) => (folder === folderOf ? byName : null) };
  }
  const fast = fastGlob(glob);
  if (fast !== null) return fastPathTest(fast);
  const matches = engine().compile(glob);
  const byPath: NameTest = (name, folder) => matches(folder === '' ? name : `${folder}/${name}`);
  return { matches, inFolder: () => byPath };
}

function segmentsOf(glob: string, engine: () => GlobEngine): Segment[] {
  const parts = isPlain(glob) || fastGlob(glob) !== null ? glob.split('/') : engine().segments(glob);
  return parts.map((part): Segment => {
    if (part === '**') return { kind: 'globstar' };
    if (part.includes('/')) return { kind: 'any' };
    if (isPlain(part)) return { kind: 'name', test: (name) => name === part };
    const fast = fastGlob(part);
    const test = fast !== null && fast.dir === '' && !fast.globstar ? fastNameMatcher(fast.suffix) : engine().compile(part);
    // picomatch lets `*` take a leading line break inside a path (`*\/x`), not alone (`*`): a
    // folder name with one may match, so it is never ruled out here.
    return { kind: 'name', test: (name) => LINE_BREAK.test(name) || test(name) };
  });
}

/**
 * `pattern` normalized and made relative to `cwd`, with the folder its static
 * part names (every segment before the last one and before the first with
 * glob syntax).
 */
export function normalizePattern(cwd: string, pattern: string): { glob: string; base: string } {
  let result = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern;
  result = path.isAbsolute(result.replace(ESCAPING_BACKSLASHES, ''))
    ? path.posix.relative(cwd.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, '\\$&'), result)
    : path.posix.normalize(result);
  const segments = result.split('/');
  let staticCount = 0;
  while (staticCount < segments.length - 1 && !SPECIAL.test(segments[staticCount] ?? '')) staticCount++;
  const written = segments.slice(0, staticCount).join('/');
  if (!written.startsWith('..')) return { glob: result, base: written };
  // Out with `../` and maybe back in: the base is what the folder is relative to `cwd`.
  const base = path.posix.relative(cwd, path.posix.join(cwd, written));
  const rest = segments.slice(staticCount).join('/');
  return { glob: base === '' ? rest : `${base}/${rest}`, base };
}
