import { DEFAULT_DESIGNS, DEFAULT_FEATURES, DEFAULT_LEVELS } from '../config/defaults.js';
import type { Level } from '../model.js';
import { plural } from '../shared/plural.js';
import { commonDir, isUnder } from './common-dir.js';
import type { RunnerListFact } from './runner-list-fact.js';

/** A Markdown file that reads as a design doc. */
export interface DesignFact {
  path: string;
  /** True when it has an Acceptance test surface table. */
  hasSurface: boolean;
  /** The levels of each row of its surface table, one entry per row and level. */
  rowLevels?: Level[];
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
  /** Markdown files that are not designs (notes, READMEs); when absent, every Markdown file that is not a design fact. */
  notDesigns?: string[];
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

function isSpike(file: string): boolean {
  return file.endsWith('-spike.md');
}

/** The outermost folders that hold Markdown files but no design (notes, proof-of-concept results). */
function noteFolders(designs: readonly string[], others: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const file of others) {
    const parts = file.split('/');
    for (let end = 1; end < parts.length; end++) {
      const folder = parts.slice(0, end).join('/');
      if (designs.some((design) => isUnder(design, folder))) continue;
      folders.add(folder);
      break;
    }
  }
  return [...folders].sort();
}

function designGlobs(designs: readonly string[], markdown: readonly string[], notDesigns?: readonly string[]): { globs: string[]; note: string } {
  if (designs.length === 0) {
    return {
      globs: [...DEFAULT_DESIGNS],
      note: 'designs: no design doc found yet; the default looks in docs/design, where the Lightspeed template puts them.',
    };
  }
  const dir = commonDir(designs);
  const known = new Set(designs);
  const others = (notDesigns ?? markdown).filter((file) => isUnder(file, dir) && !isSpike(file) && !known.has(file));
  const folders = noteFolders(designs, others);
  const loose = others.filter((file) => !folders.some((folder) => isUnder(file, folder)));
  const prefix = dir === '' ? '' : `${dir}/`;
  const excluded = folders.length > 0 ? `; folders of notes left out: ${folders.join(', ')}` : '';
  const skipped =
    loose.length > 0
      ? `; ${plural(loose.length, 'other Markdown file')} beside the designs (${loose.slice(0, 3).join(', ')}${loose.length > 3 ? ', …' : ''}) ${loose.length === 1 ? 'is' : 'are'} skipped as not a design on every run`
      : '';
  return {
    globs: [`${prefix}**/*.md`, '!**/*-spike.md', ...folders.map((folder) => `!${folder}/**`)],
    note: `designs: ${plural(designs.length, 'design doc')} found under ${dir || 'the repository root'}, and a design added there later is read too; spikes (*-spike.md) are left out${excluded}${skipped}.`,
  };
}

function featureGlobs(features: readonly FeatureFact[], scenarios: number, untagged: number): { globs: string[]; note: string } {
  if (features.length === 0) {
    return {
      globs: [...DEFAULT_FEATURES],
      note: 'features: no .feature file found yet; the default finds them anywhere outside node_modules.',
    };
  }
  const dir = commonDir(features.map((feature) => feature.path));
  const link = untagged > 0 ? ' (`gherkin-bridge link` proposes tags for them)' : '';
  return {
    globs: dir === '' ? [...DEFAULT_FEATURES] : [`${dir}/**/*.feature`],
    note:
      `features: ${plural(features.length, 'feature file')} under ${dir || 'the repository root'}, ${plural(scenarios, 'scenario')}, ` +
      `${untagged} without a requirement tag${link}.`,
  };
}

function pickRunnerList(lists: readonly RunnerListFact[], features: readonly FeatureFact[]): { list: string | null; note: string } {
  const known = new Set(features.map((feature) => feature.path));
  const hitsOf = (list: RunnerListFact): number => list.entries.filter((entry) => known.has(entry)).length;
  // Most feature files named wins; then the shorter path, then code-point order, so the pick is stable.
  const [best] = lists
    .filter((list) => hitsOf(list) > 0)
    .sort((a, b) => hitsOf(b) - hitsOf(a) || a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
      `runnerList: ${best.path} names ${hitsOf(best)} of the ${plural(features.length, 'feature file')}; scenarios in files it does not name ` +
      `count as not run.${also}`,
  };
}

/** Levels where a surface row's scenario lives in a feature file, in the order init prefers them. */
const SCENARIO_LEVELS: readonly Level[] = ['e2e', 'integration'];

function expectedLevels(designs: readonly DesignFact[]): { levels: Level[]; note: string } {
  const without = designs.filter((design) => !design.hasSurface).length;
  const counts = new Map<Level, number>();
  for (const design of designs) for (const level of design.rowLevels ?? []) counts.set(level, (counts.get(level) ?? 0) + 1);
  const rows = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const picked = SCENARIO_LEVELS.find((level) => (counts.get(level) ?? 0) > 0);
  const levels: Level[] = picked ? [picked] : [...DEFAULT_LEVELS];
  const said = [...counts].sort((a, b) => b[1] - a[1]).map(([level, count]) => `${level} ${count}`).join(', ');
  const parts = [
    rows === 0
      ? `${levels.join(', ')}, the default: no surface table says how its rows are verified yet`
      : `${levels.join(', ')}: what the surface tables say (row levels: ${said}); rows at other levels are verified outside feature files`,
  ];
  if (without > 0) {
    parts.push(
      `${plural(without, 'design')} without an Acceptance test surface table ${without === 1 ? 'is' : 'are'} not measured ` +
        '(set perDesign.<slug> to { "levels": ["e2e"] } to expect a scenario per requirement, or { "measured": false } to say they are verified elsewhere)',
    );
  }
  return { levels, note: `levels: ${parts.join('; ')}.` };
}

/**
 * The config for what was found in a repository: globs of the designs' and feature files' common
 * folders, the runner list naming the most feature files, and the first of e2e and integration the
 * surface tables name. Pure.
 */
export function detectLayout(facts: RepositoryFacts): Layout {
  const designs = facts.designs.filter((design) => !isSpike(design.path));
  const designFiles = designs.map((design) => design.path).sort();
  const designPart = designGlobs(designFiles, facts.markdown, facts.notDesigns);
  const scenarios = facts.features.reduce((sum, feature) => sum + feature.scenarios, 0);
  const untagged = facts.features.reduce((sum, feature) => sum + feature.untagged, 0);
  const featurePart = featureGlobs(facts.features, scenarios, untagged);
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
    scenarios,
    untagged,
    notes: [designPart.note, featurePart.note, runnerPart.note, levelPart.note],
  };
}
