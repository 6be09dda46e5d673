import path from 'node:path';
import type { Design, FeatureIndex } from '../model.js';
import { designSlug } from '../features/tag-kinds.js';

const GLOB_MAGIC = /[*?[\]{}()!+@]/;

/** The fixed folder part of a glob (`tests/e2e/features/**\/*.feature` -> `tests/e2e/features`); may be empty. */
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
 * The folder new feature files go to without `--out`: the one holding most feature files (ties: the first
 * by path); with none, the {@link patternBase} of the first feature glob that has one; else `features`.
 */
export function defaultFeaturesDir(features: readonly FeatureIndex[], patterns: readonly string[] = []): string {
  const counts = new Map<string, number>();
  for (const feature of features) {
    const dir = path.posix.dirname(feature.path);
    counts.set(dir, (counts.get(dir) ?? 0) + 1);
  }
  const best = mostCounted(counts);
  if (best !== null) return best;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const base = patternBase(pattern);
    if (base !== '' && !base.startsWith('..')) return base;
  }
  return 'features';
}

/**
 * The feature file a design's new scenarios go to: the one `into` names for its slug, else of the files
 * linked to it (by Feature tag or scenarios) the one holding most of its scenarios (ties: the first by
 * path), else null (a new file).
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
  return mostCounted(counts);
}

/** The path with the highest count (ties: the first by path), or null. */
function mostCounted(counts: ReadonlyMap<string, number>): string | null {
  const ranked = [...counts].sort(([pa, ca], [pb, cb]) => cb - ca || (pa < pb ? -1 : pa > pb ? 1 : 0));
  return ranked[0]?.[0] ?? null;
}

/** Tags anywhere in `text`, read without a parser (for files that do not parse); comments count too, erring towards "linked". */
export function tagsInText(text: string): Set<string> {
  return new Set(text.match(/(?<=^|[ \t\n\r\uFEFF#])@[^ \t\n\r\uFEFF@]+/g));
}

/** Design slugs named by `@design:` tags anywhere in `text` (see {@link tagsInText}). */
export function designTagsInText(text: string): Set<string> {
  return new Set([...tagsInText(text)].flatMap((tag) => designSlug(tag) ?? []));
}
