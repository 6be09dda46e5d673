import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { detectLayout, type DesignFact, type FeatureFact, type Layout } from '../init/detect-layout.js';
import { commonDir, isUnder } from '../init/common-dir.js';
import { renderConfig } from '../init/render-config.js';
import { runnerListFact, type RunnerListFact } from '../init/runner-list-fact.js';
import type { Design, Diagnostic } from '../model.js';
import { discover } from '../io/discover.js';
import { toReportPath } from '../io/paths.js';
import { readText } from '../io/read-text.js';
import { writeAtomic } from '../io/write-atomic.js';
import { loadDesigns, loadFeatures, mapLimited } from '../load/load-project.js';

/** What `init` is asked to do. */
export interface InitRequest {
  cwd: string;
  /** Config file to write, relative to `cwd`. */
  configFile: string;
  /** Write nothing; return the text that would be written. */
  dryRun: boolean;
}

/** What `init` did; `existing` names the config already there (`package.json#gherkin-bridge` for the key). */
export type InitOutcome =
  | { status: 'exists'; existing: string }
  | {
      status: 'written' | 'dry-run';
      file: string;
      text: string;
      layout: Layout;
      /** Files that could not be read or parsed while looking around. */
      diagnostics: Diagnostic[];
    };

const OUTSIDE_DEPENDENCIES = '!**/node_modules/**';
/** Text files larger than this are not runner lists (and are not read). */
const MAX_LIST_BYTES = 1 << 20;

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

async function packageHasConfig(root: string): Promise<boolean> {
  try {
    const data = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as unknown;
    return typeof data === 'object' && data !== null && Object.hasOwn(data, 'gherkin-bridge');
  } catch {
    return false;
  }
}

/** Text a template leaves to be filled in: nothing, or a `TODO`. */
function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || /^todo\b/i.test(trimmed);
}

/** A design doc has a requirement or surface row that says something (the spec template's `TODO` cells do not). */
function designFact(design: Design): DesignFact | null {
  const written =
    design.requirements.some((r) => !isPlaceholder(r.text)) ||
    design.surface.some((row) => !row.derived && !isPlaceholder(row.behavior));
  if (!written) return null;
  const rowLevels = design.surface.filter((row) => !row.derived).flatMap((row) => row.levels);
  return { path: design.path, hasSurface: design.surfaceLine !== null || design.surface.some((row) => !row.derived), rowLevels };
}

/** Text files in a folder that holds feature files (at any depth): where a runner list would be. */
async function runnerLists(root: string, features: readonly string[]): Promise<RunnerListFact[]> {
  if (features.length === 0) return [];
  const texts = await discover(root, ['**/*.txt', OUTSIDE_DEPENDENCIES]);
  const near = texts.filter((file) => {
    const dir = commonDir([file]);
    return features.some((feature) => isUnder(feature, dir));
  });
  const facts = await mapLimited(near, async (file) => {
    const absolute = path.resolve(root, file);
    const size = await stat(absolute).then((info) => info.size, () => Infinity);
    if (size > MAX_LIST_BYTES) return null;
    const read = await readText(file, absolute);
    return read.ok ? runnerListFact(file, read.text) : null;
  });
  return facts.filter((fact): fact is RunnerListFact => fact !== null);
}

/**
 * Look at the repository in `cwd` (design docs, feature files and their tagged scenarios, runner lists)
 * and write a config file describing it; an existing config (or package.json key) is never overwritten.
 */
export async function runInit(request: InitRequest): Promise<InitOutcome> {
  const root = path.resolve(request.cwd);
  const target = path.resolve(root, request.configFile);
  const shown = toReportPath(root, target);
  if (await exists(target)) return { status: 'exists', existing: shown };
  if (shown === 'gherkin-bridge.config.json' && (await packageHasConfig(root))) {
    return { status: 'exists', existing: 'package.json#gherkin-bridge' };
  }
  const [markdown, featureFiles] = await Promise.all([
    discover(root, ['**/*.md', OUTSIDE_DEPENDENCIES]),
    discover(root, ['**/*.feature', OUTSIDE_DEPENDENCIES]),
  ]);
  const [designs, features, lists] = await Promise.all([
    loadDesigns(root, markdown),
    loadFeatures(root, featureFiles),
    runnerLists(root, featureFiles),
  ]);
  const featureFacts: FeatureFact[] = [];
  const diagnostics: Diagnostic[] = [...designs.diagnostics, ...features.diagnostics];
  for (const feature of features.features) {
    if (feature.diagnostics.length > 0) {
      // It does not parse, but it is still one of the suite's files: the globs must find it.
      diagnostics.push(...feature.diagnostics);
      featureFacts.push({ path: feature.path, scenarios: 0, untagged: 0 });
      continue;
    }
    // An Outline linked to several designs has one entry per design: count it once.
    const lines = new Set(feature.scenarios.map((scenario) => scenario.line));
    const tagged = new Set(feature.scenarios.filter((s) => s.requirements.length > 0).map((s) => s.line));
    featureFacts.push({ path: feature.path, scenarios: lines.size, untagged: lines.size - tagged.size });
  }
  const layout = detectLayout({
    markdown,
    notDesigns: designs.skipped.map((skipped) => skipped.file),
    designs: designs.designs.map(designFact).filter((fact): fact is DesignFact => fact !== null),
    features: featureFacts,
    runnerLists: lists,
  });
  const text = renderConfig(layout);
  if (request.dryRun) return { status: 'dry-run', file: shown, text, layout, diagnostics };
  // Looked at again just before writing: another process may have written one meanwhile.
  if (await exists(target)) return { status: 'exists', existing: shown };
  await writeAtomic(target, text, undefined, null);
  return { status: 'written', file: shown, text, layout, diagnostics };
}
