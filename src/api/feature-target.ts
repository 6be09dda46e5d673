import path from 'node:path';
import type { Design, FeatureIndex } from '../model.js';

/** The folder new feature files go to: `--out`, else the folder holding most feature files, else `features`. */
export function defaultFeaturesDir(features: readonly FeatureIndex[]): string {
  const counts = new Map<string, number>();
  for (const feature of features) {
    const dir = path.posix.dirname(feature.path);
    counts.set(dir, (counts.get(dir) ?? 0) + 1);
  }
  let best = 'features';
  let bestCount = 0;
  for (const [dir, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count > bestCount) [best, bestCount] = [dir, count];
  }
  return best;
}

/**
 * The feature file a design's new scenarios go to: the configured one, else the
 * only linked file, else the linked file with most of its scenarios (ties: first
 * by path), else null (a new file is created).
 */
export function chooseTarget(design: Design, features: readonly FeatureIndex[], into: Record<string, string>): string | null {
  const configured = into[design.slug];
  if (configured) return configured;
  const counts = new Map<string, number>();
  for (const feature of features) {
    const linked = feature.scenarios.filter((s) => s.design === design.slug).length;
    const featureLinked = feature.designTags.includes(design.slug);
    if (linked > 0 || featureLinked) counts.set(feature.path, linked);
  }
  const ranked = [...counts].sort(([pa, ca], [pb, cb]) => cb - ca || (pa < pb ? -1 : pa > pb ? 1 : 0));
  return ranked[0]?.[0] ?? null;
}
