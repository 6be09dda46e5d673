import type { Matcher, NameTest, PathTest } from './discover-glob.js';

/**
 * A glob of the shapes most configurations use, `[dir/][**\/]*suffix`
 * (`**\/*.feature`, `docs/design/**\/*.md`, `features/*.feature`,
 * `**\/*-spike.md`), where `dir` and `suffix` are plain text.
 */
export interface FastGlob {
  /** The folders before the wildcards ('' for none), `/`-separated. */
  dir: string;
  /** Whether `**\/` follows them. */
  globstar: boolean;
  /** What the file name ends with ('' for `*`). */
  suffix: string;
}

const PLAIN = /^[^*?[\]{}()\\|"]*$/;
const DOT = 0x2e;
const SLASH = 0x2f;

/** The fast shape of a normalized glob, or null when it has another one. */
export function fastGlob(glob: string): FastGlob | null {
  const star = glob.lastIndexOf('/') + 1;
  if (glob.charCodeAt(star) !== 0x2a) return null;
  const suffix = glob.slice(star + 1);
  let dir = star === 0 ? '' : glob.slice(0, star - 1);
  const globstar = dir === '**' || dir.endsWith('/**');
  if (globstar) dir = dir.slice(0, Math.max(0, dir.length - 3));
  if (!PLAIN.test(suffix) || !PLAIN.test(dir) || dir.startsWith('!') || (star === 0 && glob.startsWith('!'))) return null;
  return { dir, globstar, suffix };
}

/**
 * A matcher that gives exactly what picomatch gives for the glob with
 * `dot: false`: the name must not start with a dot, and the folders `**`
 * stands for must not either. Like picomatch's regular expressions, `**`
 * does not match a folder name holding a line break, and a name may not
 * start with one.
 */
export function fastMatcher({ dir, globstar, suffix }: FastGlob): Matcher {
  const head = dir === '' ? '' : `${dir}/`;
  return (path) => {
    if (!path.startsWith(head) || !path.endsWith(suffix)) return false;
    const slash = path.lastIndexOf('/');
    const start = slash + 1;
    if (start < head.length || path.length - start < suffix.length || !startsName(path.charCodeAt(start))) return false;
    if (start === head.length) return true;
    return globstar && !dottedOrBroken(path.slice(0, slash), head.length);
  };
}

/** {@link fastMatcher}, and the same test worked out once per folder, then by name. */
export function fastPathTest(fast: FastGlob): PathTest {
  const { dir, globstar, suffix } = fast;
  const head = dir === '' ? '' : `${dir}/`;
  const byName: NameTest = (name) => name.endsWith(suffix) && startsName(name.charCodeAt(0));
  return {
    matches: fastMatcher(fast),
    inFolder(folder) {
      if (folder === dir) return byName;
      if (!globstar || !folder.startsWith(head)) return null;
      return dottedOrBroken(folder, head.length) ? null : byName;
    },
  };
}

/** A segment starting with a dot, or a line break (a regular expression scans faster than a loop in cold code). */
const DOTTED_OR_BROKEN = /(?:^|\/)\.|[\n\r\u2028\u2029]/;

/** Whether `text` from `start` on has a segment starting with a dot, or a line break. */
function dottedOrBroken(text: string, start: number): boolean {
  return DOTTED_OR_BROKEN.test(start === 0 ? text : text.slice(start));
}

/** A matcher for one file or folder name against `*suffix`. */
export function fastNameMatcher(suffix: string): Matcher {
  return (name) => name.endsWith(suffix) && !name.includes('/') && startsName(name.charCodeAt(0));
}

/** A character a name matched by `*` may start with (NaN, past the end, may not). */
function startsName(code: number): boolean {
  return !Number.isNaN(code) && code !== DOT && code !== SLASH && !isLineBreak(code);
}

/** What `.` in a regular expression does not match. */
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}
