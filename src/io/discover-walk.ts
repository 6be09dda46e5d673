import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { NameTest } from './discover-glob.js';
import type { DiscoveryPlan, ExcludeRules, IncludeRule, Segment } from './discover-plan.js';
import { walkSuffix } from './discover-suffix-walk.js';

/** More segments than a state bitmask holds: such a pattern keeps every folder below its base. */
const MAX_SEGMENTS = 30;
/** The state of a pattern that can match anywhere below (a segment with a slash inside braces). */
const ANYWHERE = -1;

/** A folder on the walk's stack. */
interface Folder {
  /** Absolute, ending with `/`. */
  abs: string;
  /** Relative to the working directory, `/` separators, '' for the folder itself. */
  rel: string;
  /** Some segment of `rel` starts with a dot or holds a line break: `**` does not match it. */
  hidden: boolean;
  /** Above the working directory (`..`, `../..`): its children need their relative path worked out. */
  above: boolean;
  /** Per active pattern: bit j set when the next folder name may be matched by segment j. */
  states: number[];
}

/**
 * The regular files the plan's patterns find under `cwd` (absolute, `/`
 * separators), relative to it, unsorted, possibly repeated.
 *
 * Every pattern is walked from its base, the folder its static part names,
 * found like any path (a symbolic link there is resolved). Below the base,
 * folders are read one at a time; a symbolic link, whatever it leads to, is
 * skipped, and so is a folder named `.git`, one that an exclude pattern
 * matches (with everything in it), and one below which no pattern can match.
 * A base below another one shares its walk unless a symbolic link lies between them.
 * One include pattern of the common shape `[base/]**\/*suffix` gets the leaner
 * walk of `discover-suffix-walk.ts`, which finds the same files.
 */
export function walkPlan(cwd: string, plan: DiscoveryPlan): string[] {
  const found: string[] = [];
  const only = plan.includes.length === 1 ? plan.includes[0] : undefined;
  const { excludes } = plan;
  if (
    only?.fast?.globstar === true &&
    only.fast.dir === only.base &&
    only.base.split('/')[0] !== '..' &&
    excludes.others.length === 0
  ) {
    if (only.base === '' || !isExcludedOnTheWay(only.base, excludes)) {
      const hidden = only.base.split('/').some(hides);
      walkSuffix(absoluteOf(cwd, only.base), only.base, hidden, only.fast.suffix, excludes, found);
    }
    return found;
  }
  const byBase = new Map<string, IncludeRule[]>();
  for (const rule of plan.includes) {
    const rules = byBase.get(rule.base);
    if (rules === undefined) byBase.set(rule.base, [rule]);
    else rules.push(rule);
  }
  const roots = [...byBase.keys()].map((base) => ({ base, abs: absoluteOf(cwd, base) }));
  for (const root of roots) {
    if (!needsOwnWalk(root.abs, roots.map((other) => other.abs))) continue;
    const active = plan.includes.filter((rule) => isWithin(root.abs, absoluteOf(cwd, rule.base)));
    walkFrom(cwd, root.base, root.abs, active, plan.excludes, found);
  }
  for (const rule of plan.includes) {
    // `docs/**` matches `docs` itself: a walk from `docs` cannot see it when it is a file.
    if (rule.base !== '' && rule.test.matches(rule.base) && isRegularFile(absoluteOf(cwd, rule.base)) && !isExcludedOnTheWay(rule.base, plan.excludes)) {
      found.push(rule.base);
    }
  }
  return found;
}

function isRegularFile(abs: string): boolean {
  try {
    return lstatSync(abs).isFile();
  } catch {
    return false;
  }
}

/** Whether `rel`, or a folder above it (up to the working directory), is `.git` or matched by an exclude pattern. */
function isExcludedOnTheWay(rel: string, excludes: ExcludeRules): boolean {
  const names = rel.split('/');
  let hidden = false;
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as string;
    const folder = names.slice(0, k).join('/');
    const others = othersIn(excludes, folder);
    if (name === '.git' || isExcluded(excludes, others, names.slice(0, k + 1).join('/'), name, folder, hidden)) return true;
    if (hides(name)) hidden = true;
  }
  return false;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** A folder name `**` does not match (with `dot: false`; picomatch's `**` stops at a line break too). */
function hides(name: string): boolean {
  return name.startsWith('.') || LINE_BREAK.test(name);
}

function absoluteOf(cwd: string, rel: string): string {
  return rel === '' ? cwd : path.posix.join(cwd, rel);
}

/** `inner` is `outer` or lies below it. */
function isWithin(outer: string, inner: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith('/') ? outer : `${outer}/`);
}

/**
 * Whether the base at `abs` is walked on its own: no other base lies above it,
 * or a symbolic link lies between it and the nearest one (that walk will not
 * follow the link). A base that does not exist needs no walk.
 */
function needsOwnWalk(abs: string, bases: readonly string[]): boolean {
  let nearest: string | null = null;
  for (const other of bases) {
    if (other !== abs && isWithin(other, abs) && (nearest === null || other.length > nearest.length)) nearest = other;
  }
  if (nearest === null) return true;
  const below = abs.slice(nearest.endsWith('/') ? nearest.length : nearest.length + 1).split('/');
  let current = nearest;
  for (const name of below) {
    current = current.endsWith('/') ? current + name : `${current}/${name}`;
    try {
      const stat = lstatSync(current);
      if (stat.isSymbolicLink()) return true;
      if (!stat.isDirectory()) return false;
    } catch {
      return false;
    }
  }
  return false;
}

function walkFrom(
  cwd: string,
  base: string,
  abs: string,
  rules: readonly IncludeRule[],
  excludes: ExcludeRules,
  found: string[],
): void {
  const names = base === '' ? [] : base.split('/');
  // The folders from the working directory down to the base are held to the exclude patterns too.
  if (base !== '' && isExcludedOnTheWay(base, excludes)) return;
  const hidden = names.some(hides);
  const stack: Folder[] = [
    {
      abs: abs.endsWith('/') ? abs : `${abs}/`,
      rel: base,
      hidden,
      above: isWithin(abs, cwd) && abs !== cwd,
      states: rules.map((rule) => stateOf(rule.segments, names)),
    },
  ];
  for (let folder = stack.pop(); folder !== undefined; folder = stack.pop()) {
    let entries;
    try {
      entries = readdirSync(folder.abs, { withFileTypes: true });
    } catch {
      // Unreadable, gone since it was listed, or not a folder (a base naming a file): nothing to find there.
      continue;
    }
    const where = folder.rel;
    const includes = testsIn(rules, folder.states, where);
    const others = othersIn(excludes, where);
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k] as Dirent;
      const name = entry.name;
      if (name === '.git') continue;
      if (entry.isFile()) {
        if (!passesAny(includes, name, where)) continue;
        const rel = where === '' ? name : `${where}/${name}`;
        if (!isExcluded(excludes, others, rel, name, where, folder.hidden)) found.push(rel);
      } else if (entry.isDirectory()) {
        const child = childFolder(cwd, folder, name, rules);
        if (child !== null && (child.above || child.rel === '' || !isExcluded(excludes, others, child.rel, name, where, folder.hidden))) {
          stack.push(child);
        }
      }
    }
  }
}

/** The folder `name` inside `parent`, or null when no pattern can match anything below it. */
function childFolder(cwd: string, parent: Folder, name: string, rules: readonly IncludeRule[]): Folder | null {
  const abs = `${parent.abs}${name}/`;
  if (parent.above && isWithin(abs.slice(0, -1), cwd)) {
    // On the way back down to the working directory: `..` or '' again, as tinyglobby named them.
    const rel = path.posix.relative(cwd, abs);
    const names = rel === '' ? [] : rel.split('/');
    return { abs, rel, hidden: rel !== '', above: rel !== '', states: rules.map((rule) => stateOf(rule.segments, names)) };
  }
  const states: number[] = [];
  let alive = false;
  for (let k = 0; k < rules.length; k++) {
    const state = advance((rules[k] as IncludeRule).segments, parent.states[k] as number, name);
    states.push(state);
    if (state !== 0) alive = true;
  }
  if (!alive) return null;
  const rel = parent.rel === '' ? name : `${parent.rel}/${name}`;
  return { abs, rel, hidden: parent.hidden || hides(name), above: false, states };
}

/** The tests of the names in `folder` for the patterns still alive there. */
function testsIn(rules: readonly IncludeRule[], states: readonly number[], folder: string): NameTest[] {
  const tests: NameTest[] = [];
  for (let k = 0; k < rules.length; k++) {
    if (states[k] === 0) continue;
    const test = (rules[k] as IncludeRule).test.inFolder(folder);
    if (test !== null) tests.push(test);
  }
  return tests;
}

function passesAny(tests: readonly NameTest[], name: string, folder: string): boolean {
  for (const test of tests) if (test(name, folder)) return true;
  return false;
}

/**
 * Whether an exclude pattern matches `rel` (last segment `name`, `hidden`
 * when a folder above it is one `**` does not match). Only the path itself is tested:
 * the walk never enters an excluded folder, so what lies inside one is never
 * seen, and `**\/name/**` or `dir/**` need no test below their folder.
 */
function isExcluded(
  excludes: ExcludeRules,
  others: readonly NameTest[],
  rel: string,
  name: string,
  folder: string,
  hidden: boolean,
): boolean {
  // Hashing a path costs more than the test it saves when there is nothing to look up.
  if (excludes.paths.size > 0 && excludes.paths.has(rel)) return true;
  if (!hidden && excludes.names.size > 0 && excludes.names.has(name)) return true;
  return others.length > 0 && passesAny(others, name, folder);
}

const NO_TESTS: readonly NameTest[] = [];

/** The tests of the names in `folder` for the exclude patterns that are not names or paths. */
function othersIn(excludes: ExcludeRules, folder: string): readonly NameTest[] {
  if (excludes.others.length === 0) return NO_TESTS;
  const tests: NameTest[] = [];
  for (const exclude of excludes.others) {
    const test = exclude.inFolder(folder);
    if (test !== null) tests.push(test);
  }
  return tests;
}

/** The state of a pattern after the folder names `names`, from the working directory down. */
function stateOf(segments: readonly Segment[], names: readonly string[]): number {
  if (segments.length > MAX_SEGMENTS) return ANYWHERE;
  let state = close(segments, 1);
  for (const name of names) state = advance(segments, state, name);
  return state;
}

/** The state after one more folder name; 0 when no file below can match. */
function advance(segments: readonly Segment[], state: number, name: string): number {
  if (state === ANYWHERE || state === 0) return state;
  let next = 0;
  for (let j = 0; j < segments.length; j++) {
    if ((state & (1 << j)) === 0) continue;
    const segment = segments[j] as Segment;
    if (segment.kind === 'any') return ANYWHERE;
    // With `dot: false`, `**` never matches a name starting with a dot.
    if (segment.kind === 'globstar') {
      if (!name.startsWith('.')) next |= 1 << j;
    } else if (j < segments.length - 1 && segment.test(name)) {
      next |= 1 << (j + 1);
    }
  }
  // A position past the last segment matches folders only, never a file below them (so the last
  // segment is not even tried on a folder name).
  return close(segments, next) & ((1 << segments.length) - 1);
}

/** `state` with every position after a `**` it holds added (`**` may match no folder at all). */
function close(segments: readonly Segment[], state: number): number {
  let closed = state;
  for (let j = 0; j < segments.length; j++) {
    if ((closed & (1 << j)) !== 0 && segments[j]?.kind === 'globstar') closed |= 1 << (j + 1);
  }
  return closed;
}
