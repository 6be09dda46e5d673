import { DEFAULT_DESIGNS, DEFAULT_FEATURES, DEFAULT_LEVELS } from '../config/defaults.js';
import type { Level } from '../model.js';
import { commonDir, isUnder } from './common-dir.js';
import type { RunnerListFact } from './runner-list-fact.js';

/** A Markdown file that reads as a design doc. */
export interface DesignFact {
  path: string;
  requirements: number;
  /** True when it has an Acceptance test surface table. */
  hasSurface: boolean;
}

/** A feature file that parsed. */
export interface FeatureFact {
  path: string;
  scenarios: number;
  /** Scenarios no requirement tag applies to. */
  untagged: number;
}

/** What `init` found in the repository, paths relative to its root with `/`. */
export interface RepositoryFacts {
  /** Every Markdown file found, designs or not. */
  markdown: string[];
  /** The Markdown files that read as design docs (spikes included; they are left out here). */
  designs: DesignFact[];
  features: FeatureFact[];
  /** Text files that read as runner lists. */
  runnerLists: RunnerListFact[];
}

/** What `init` puts in the config, and what it found. */
export interface Layout {
  designs: string[];
  features: string[];
  runnerList: string | null;
  levels: Level[];
  /** Design docs found (spikes left out). */
  designFiles: string[];
  /** Those without an Acceptance test surface table. */
  withoutSurface: string[];
  featureFiles: number;
  scenarios: number;
  untagged: number;
  /** One sentence per key, for people: why it has its value. */
  notes: string[];
}

const SPIKE_GLOB = '!**/*-spike.md';
/** At most this many non-design Markdown files are excluded one by one; more, and the designs are listed instead. */
const MAX_EXCLUSIONS = 3;

function isSpike(file: string): boolean {
  return file.endsWith('-spike.md');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function where(dir: string): string {
  return dir === '' ? 'the repository root' : dir;
}

function designGlobs(designs: readonly string[], markdown: readonly string[]): { globs: string[]; note: string } {
  if (designs.length === 0) {
    return {
      globs: [...DEFAULT_DESIGNS],
      note: 'designs: no design doc found yet; the default looks in docs/design, where the Lightspeed template puts them.',
    };
  }
  const dir = commonDir(designs);
  const known = new Set(designs);
  const others = markdown.filter((file) => isUnder(file, dir) && !isSpike(file) && !known.has(file));
  const count = plural(designs.length, 'design doc');
  if (others.length <= MAX_EXCLUSIONS) {
    const prefix = dir === '' ? '' : `${dir}/`;
    const excluded = others.length > 0 ? `; ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} not a design and left out` : '';
    return {
      globs: [`${prefix}**/*.md`, SPIKE_GLOB, ...others.map((file) => `!${file}`)],
      note: `designs: ${count} found under ${where(dir)}; spikes (*-spike.md) are left out${excluded}.`,
    };
  }
  return {
    globs: [...designs],
    note: `designs: ${count}, listed one by one because ${where(dir)} holds other Markdown files; add new designs here.`,
  };
}

function featureGlobs(features: readonly FeatureFact[]): { globs: string[]; note: string } {
  if (features.length === 0) {
    return {
      globs: [...DEFAULT_FEATURES],
      note: 'features: no .feature file found yet; the default finds them anywhere outside node_modules.',
    };
  }
  const dir = commonDir(features.map((feature) => feature.path));
  const scenarios = features.reduce((sum, feature) => sum + feature.scenarios, 0);
  const untagged = features.reduce((sum, feature) => sum + feature.untagged, 0);
  const link = untagged > 0 ? ' (`gherkin-bridge link` proposes tags for them)' : '';
  return {
    globs: dir === '' ? [...DEFAULT_FEATURES] : [`${dir}/**/*.feature`],
    note:
      `features: ${plural(features.length, 'feature file')} under ${where(dir)}, ${plural(scenarios, 'scenario')}, ` +
      `${untagged} without a requirement tag${link}.`,
  };
}

function pickRunnerList(lists: readonly RunnerListFact[], features: readonly FeatureFact[]): { list: string | null; note: string } {
  const known = new Set(features.map((feature) => feature.path));
  let best: RunnerListFact | null = null;
  let bestHits = 0;
  for (const list of lists) {
    const hits = list.entries.filter((entry) => known.has(entry)).length;
    // Most feature files named wins; then the shorter path, then code-point order, so the pick is stable.
    const better =
      hits > bestHits ||
      (hits === bestHits && best !== null && hits > 0 &&
        (list.path.length < best.path.length || (list.path.length === best.path.length && list.path < best.path)));
    if (better) {
      best = list;
      bestHits = hits;
    }
  }
  if (!best) {
    return {
      list: null,
      note: 'runnerList: none found (a text file naming the .feature files the suite runs, like tests/e2e/test_list.txt); without one every feature file counts as run.',
    };
  }
  const others = lists.filter((list) => list !== best).map((list) => list.path);
  const also = others.length > 0 ? ` Other lists found: ${others.join(', ')}.` : '';
  return {
    list: best.path,
    note:
      `runnerList: ${best.path} names ${bestHits} of the ${plural(features.length, 'feature file')}; scenarios in files it does not name ` +
      `count as not run.${also}`,
  };
}

function expectedLevels(designs: readonly DesignFact[]): { levels: Level[]; note: string } {
  const withTable = designs.filter((design) => design.hasSurface).length;
  const without = designs.length - withTable;
  if (designs.length === 0) {
    return { levels: [...DEFAULT_LEVELS], note: 'levels: e2e, the default: surface rows verified by e2e need a scenario.' };
  }
  const levels: Level[] = [];
  const parts: string[] = [];
  if (withTable > 0) {
    levels.push('e2e');
    parts.push(`e2e: surface rows verified by e2e need a scenario (${plural(withTable, 'design')} with a table)`);
  }
  if (without > 0) {
    levels.push('unknown');
    parts.push(
      `unknown: every requirement of a design without an Acceptance test surface table (${plural(without, 'design')}) ` +
        'needs a scenario, as do rows whose "Verified by" fits no level',
    );
  }
  return { levels, note: `levels: ${parts.join('; ')}.` };
}

/**
 * Decide the config for a repository from what was found in it: globs for
 * the designs and feature files (their common folder), the runner list that
 * names the most feature files, and the levels to expect (`e2e` when a
 * design has a surface table, `unknown` when one has none). Pure.
 */
export function detectLayout(facts: RepositoryFacts): Layout {
  const designs = facts.designs.filter((design) => !isSpike(design.path));
  const designFiles = designs.map((design) => design.path).sort();
  const designPart = designGlobs(designFiles, facts.markdown);
  const featurePart = featureGlobs(facts.features);
  const runnerPart = pickRunnerList(facts.runnerLists, facts.features);
  const levelPart = expectedLevels(designs);
  return {
    designs: designPart.globs,
    features: featurePart.globs,
    runnerList: runnerPart.list,
    levels: levelPart.levels,
    designFiles,
    withoutSurface: designs.filter((design) => !design.hasSurface).map((design) => design.path).sort(),
    featureFiles: facts.features.length,
    scenarios: facts.features.reduce((sum, feature) => sum + feature.scenarios, 0),
    untagged: facts.features.reduce((sum, feature) => sum + feature.untagged, 0),
    notes: [designPart.note, featurePart.note, runnerPart.note, levelPart.note],
  };
}
