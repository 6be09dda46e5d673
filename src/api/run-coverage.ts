import path from 'node:path';
import type { CoverageReport, FeatureIndex } from '../model.js';
import type { Options } from '../config/resolve-options.js';
import { computeCoverage } from '../coverage/compute-coverage.js';
import { applyPerDesign } from '../coverage/per-design.js';
import { ConfigError } from '../config/resolve-options.js';
import { tagSelector } from '../config/tag-expression.js';
import { discover } from '../io/discover.js';
import { cacheFor } from '../load/cache.js';
import { loadDesigns, loadFeatures } from '../load/load-project.js';

/** Where coverage looks, in addition to the resolved options. */
export interface CoverageRequest {
  cwd: string;
  options: Options;
  /** Judge only what changed since this git ref (`--since`). */
  since?: string | null;
  /** Called as feature files are indexed (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Hears why the cache folder is not used, when it is not (see `openCacheFolder`). */
  onNote?: (message: string) => void;
}

/** Read the designs and feature files under `cwd` and compute the coverage report; a bad file is a finding. */
export async function runCoverage({ cwd, options, since, onProgress, onNote }: CoverageRequest): Promise<CoverageReport> {
  const root = path.resolve(cwd);
  // A bad --since ref is a usage error, found before any file is read. The modules of --since, the runner
  // list and --results are imported only when asked for: a warm plain run never loads the Markdown parser.
  const base = since ? await (await import('../io/git.js')).resolveGitBase(root, since) : null;
  const [designFiles, featureFiles] = await Promise.all([
    discover(root, options.designs),
    discover(root, options.features),
  ]);
  if (designFiles.length === 0 && !options.allowEmpty) {
    throw new ConfigError(
      `Unexpected empty run: no design doc matches ${options.designs.join(', ')} under ${root}, expected at least one (--allow-empty accepts it)`,
    );
  }
  const selects = tagSelector(options.tags);
  const runnable = options.runnerList
    ? await (await import('./read-runnable.js')).readRunnable(root, options.runnerList, featureFiles)
    : null;
  const cache = cacheFor(root, options, onNote);
  const designs = await loadDesigns(root, designFiles, { cache });
  // Coverage reads only scenarios that link to a design; the others are just counted.
  const features = await loadFeatures(root, featureFiles, { cache, onProgress, detail: 'linked' });
  cache?.save();
  const include = base
    ? await (await import('./change-scope.js')).changeScope(base, designs.designs, featureFiles)
    : undefined;
  const results = options.results.length > 0 ? await readRun(root, options.results, features.features) : null;
  const report = computeCoverage(applyPerDesign(designs.designs, options.perDesign), features.features, {
    levels: options.levels,
    severity: options.severity,
    diagnostics: [...designs.diagnostics, ...features.diagnostics],
    runnable: runnable?.files ?? null,
    runnerListName: runnable?.list,
    skipTag: options.skipTag,
    selects,
    tagsText: options.tags.join(' and '),
    results,
    include,
  });
  return designs.skipped.length > 0 ? { ...report, skipped: designs.skipped } : report;
}

/** Results read and matched to the indexed scenarios (loaded only with --results). */
async function readRun(root: string, given: readonly string[], features: readonly FeatureIndex[]) {
  const { readResultsFiles } = await import('../io/read-results-files.js');
  const { matchResults } = await import('../results/match-results.js');
  const { files, tests } = await readResultsFiles(root, given);
  return { ...matchResults(tests, features, root), files, total: tests.length, root };
}
