import { createRequire } from 'node:module';

/** A test of one path (or one path segment) against one glob. */
export type Matcher = (text: string) => boolean;

/** A test of a name inside a folder (`folder` relative to the working directory, '' for itself). */
export type NameTest = (name: string, folder: string) => boolean;

/** A compiled glob: a test of whole paths, and the same test specialised to the names of one folder. */
export interface PathTest {
  /** Whether a path (relative to the working directory) matches. */
  matches: Matcher;
  /** The test of the names in `folder`, or null when no name there can match (so a walk works per folder, not per file). */
  inFolder(folder: string): NameTest | null;
}

/** The glob functions discovery needs: compile once, split into segments, tell literal from glob. */
export interface GlobEngine {
  /** A matcher for `glob` over whole relative paths (or one segment, for a one-segment glob). */
  compile(glob: string): Matcher;
  /** The `/`-separated segments of `glob`, slashes inside braces, brackets and extglobs kept. */
  segments(glob: string): string[];
  /** True when `pattern` has glob syntax (picomatch's idea of it), false when it names one path. */
  isDynamic(pattern: string): boolean;
}

/** What discovery uses of picomatch (it has no type declarations). */
interface Picomatch {
  makeRe(glob: string, options: Record<string, boolean>): RegExp;
  scan(glob: string, options?: { parts: boolean }): { parts?: string[]; isGlob: boolean; negated: boolean };
}

/** The options tinyglobby gave picomatch for discovery: `dot: false`, everything else on, POSIX paths. */
const OPTIONS = {
  dot: false,
  nobrace: false,
  nocase: false,
  noextglob: false,
  noglobstar: false,
  posix: true,
  windows: false,
};

let engine: GlobEngine | null = null;

/**
 * The glob engine, backed by picomatch, loaded on first use: a run whose
 * patterns are literal paths or of the common shapes (`**\/*.feature`,
 * `!**\/node_modules/**`, see `discover-fast.ts`) never loads it.
 */
export function globEngine(): GlobEngine {
  if (engine !== null) return engine;
  const picomatch = createRequire(import.meta.url)('picomatch') as Picomatch;
  engine = {
    compile(glob) {
      const regex = picomatch.makeRe(glob, OPTIONS);
      // picomatch counts a path spelled exactly like the glob as a match, whatever the regex says.
      return (text) => text !== '' && (text === glob || regex.test(text));
    },
    segments(glob) {
      const parts = picomatch.scan(glob, { parts: true }).parts;
      return parts !== undefined && parts.length > 0 ? parts : [glob];
    },
    isDynamic(pattern) {
      const scan = picomatch.scan(pattern);
      return scan.isGlob || scan.negated;
    },
  };
  return engine;
}
