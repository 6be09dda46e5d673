import path from 'node:path';
import type { Design, FeatureIndex } from '../model.js';
import { designSlug } from '../features/tag-kinds.js';

const GLOB_MAGIC = /[*?[\]{}()!+@]/;

/**
 * The folder that holds the files a glob pattern can match: its leading
 * segments up to the first one with glob syntax, without the file name part
 * (`tests/e2e/features/**\/*.feature` -> `tests/e2e/features`). Empty when the
 * pattern starts with glob syntax or names a file at the top.
 */
export function patternBase(pattern: string): string {
  const segments = pattern.replaceAll('\\', '/').split('/');
  const base: string[] = [];
  for (const [index, segment] of segments.entries()) {
    if (index === segments.length - 1 || GLOB_MAGIC.test(segment)) break;
    if (segment === '' || segment === '.') continue;
    base.push(segment);
  }
  return base.join('/');
}

/**
 * The folder new feature files go to when `--out` is not given: the folder
 * holding most feature files (ties: the first by path); with no feature file,
 * the fixed part of the first feature glob that has one
 * (`tests/e2e/features/**\/*.feature` -> `tests/e2e/features`); else `features`.
 */
export function defaultFeaturesDir(features: readonly FeatureIndex[], patterns: readonly string[] = []): string {
  const counts = new Map<string, number>();
  for (const feature of features) {
    const dir = path.posix.dirname(feature.path);
    counts.set(dir, (counts.get(dir) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [dir, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count > bestCount) [best, bestCount] = [dir, count];
  }
  if (best !== null) return best;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const base = patternBase(pattern);
    if (base !== '' && !base.startsWith('..')) return base;
  }
  return 'features';
}

/**
 * The feature file a design's new scenarios go to, as a path relative to the
 * working directory:
 * 1. the file `into` maps the design's slug to (config `into` or `--into`);
 * 2. else the only file linked to the design (by its Feature's `@design:` tag
 *    or by scenarios that link to it);
 * 3. else, of several linked files, the one holding most of the design's
 *    scenarios (ties: the first by path); a file where the design has one
 *    stray scenario among two or more of other designs does not count;
 * 4. else null: a new `<features dir>/<slug>.feature` is created.
 */
export function chooseTarget(design: Design, features: readonly FeatureIndex[], into: Readonly<Record<string, string>>): string | null {
  const configured = Object.hasOwn(into, design.slug) ? into[design.slug] : undefined;
  if (configured) return configured;
  const counts = new Map<string, number>();
  const names = new Set([design.slug, ...(design.aliases ?? [])]);
  for (const feature of features) {
    const linked = feature.scenarios.filter((s) => s.design !== null && names.has(s.design)).length;
    const others = feature.scenarios.filter((s) => s.design !== null && !names.has(s.design)).length;
    const featureLinked = feature.designTags.some((tag) => names.has(tag));
    // A lone scenario of the design among several of other designs is a stray, not the design's file.
    if (featureLinked || linked > 1 || (linked === 1 && others < 2)) counts.set(feature.path, linked);
  }
  const ranked = [...counts].sort(([pa, ca], [pb, cb]) => cb - ca || (pa < pb ? -1 : pa > pb ? 1 : 0));
  return ranked[0]?.[0] ?? null;
}

/**
 * Tags (`@R1`, `@design:pay`) anywhere in `text`, read without a parser: for
 * files that do not parse, whose links are otherwise unknown. Comments count
 * too, which errs on the side of "linked".
 */
export function tagsInText(text: string): Set<string> {
  const tags = new Set<string>();
  let at = text.indexOf('@');
  while (at !== -1) {
    const before = at === 0 ? 32 : text.charCodeAt(at - 1);
    let end = at + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end)) && text.charAt(end) !== '@') end++;
    if (end > at + 1 && (isSpace(before) || before === 35)) tags.add(text.slice(at, end));
    at = text.indexOf('@', end);
  }
  return tags;
}

/** Design slugs named by `@design:` tags anywhere in `text` (see {@link tagsInText}). */
export function designTagsInText(text: string): Set<string> {
  return new Set([...tagsInText(text)].flatMap((tag) => designSlug(tag) ?? []));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xfeff;
}
