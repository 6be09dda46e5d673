import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CoverageReport, Design, Finding, SurfaceRow } from '../model.js';
import type { Options } from '../config/resolve-options.js';
import { ConfigError } from '../config/resolve-options.js';
import { computeCoverage } from '../coverage/compute-coverage.js';
import { fingerprint } from '../generate/provenance.js';
import { renderFeature, renderScenarios } from '../generate/render-feature.js';
import type { TemplateSources } from '../generate/options.js';
import { indexFeature } from '../features/index-feature.js';
import { acceptStale } from '../sync/accept-stale.js';
import { appendScenarios } from '../sync/insert-scenarios.js';
import { registerInList } from '../sync/runner-list.js';
import { unifiedDiff } from '../sync/unified-diff.js';
import { discover } from '../io/discover.js';
import { isInside, toReportPath } from '../io/paths.js';
import { writeAtomic } from '../io/write-atomic.js';
import { loadDesigns, loadFeatures } from './load-project.js';
import { readRunnable } from './runner-list.js';
import { chooseTarget, defaultFeaturesDir } from './feature-target.js';

/** What `sync` is asked to do. */
export interface SyncRequest {
  cwd: string;
  options: Options;
  templates: TemplateSources;
  /** Write nothing; return the diffs. */
  check: boolean;
  /** Also refresh the fingerprints of stale generated scenarios. */
  acceptStale: boolean;
  /** Runner list to add created files to. */
  register: string | null;
}

/** One file sync changes or would change. */
export interface SyncChange {
  file: string;
  created: boolean;
  /** Requirement ids of the scenarios added. */
  added: string[];
  /** Provenance lines whose fingerprint was refreshed. */
  accepted: number[];
  diff: string;
}

export interface SyncOutcome {
  changes: SyncChange[];
  /** Problems that kept sync from doing part of its work (unparseable targets, ...). */
  problems: Finding[];
  /** The coverage report before sync, for its orphaned and stale findings. */
  before: CoverageReport;
  /** Entries added to the runner list, when `register` was given. */
  registered: string[];
}

interface PendingFile {
  file: string;
  original: string | null;
  text: string;
  added: string[];
  accepted: number[];
}

/** Rows at the selected levels that name an uncovered requirement, once each, in design order. */
function missingRows(design: Design, report: CoverageReport, options: Options): SurfaceRow[] {
  const coverage = report.designs.find((d) => d.slug === design.slug);
  if (!coverage) return [];
  const uncovered = new Set(coverage.requirements.filter((r) => r.status === 'uncovered').map((r) => r.id));
  return design.surface.filter(
    (row) => row.levels.some((level) => options.levels.includes(level)) && row.requirements.some((id) => uncovered.has(id)),
  );
}

async function readOriginal(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Add a generated scenario for every expected requirement with no scenario,
 * and optionally accept stale fingerprints. Existing bytes are never changed
 * (sync only inserts), a file that does not parse is never touched, and a
 * second run has nothing to do.
 */
export async function runSync(request: SyncRequest): Promise<SyncOutcome> {
  const { options } = request;
  const root = path.resolve(request.cwd);
  const [designFiles, featureFiles] = await Promise.all([
    discover(root, options.designs),
    discover(root, options.features),
  ]);
  const [designs, features] = await Promise.all([loadDesigns(root, designFiles), loadFeatures(root, featureFiles)]);
  const runnable = options.runnerList ? await readRunnable(root, options.runnerList) : null;
  const before = computeCoverage(designs.designs, features.features, {
    levels: options.levels,
    severity: options.severity,
    diagnostics: [...designs.diagnostics, ...features.diagnostics],
    runnable: runnable?.files ?? null,
    runnerListName: options.runnerList ?? undefined,
  });

  const byPath = new Map(features.features.map((f) => [f.path, f]));
  const pending = new Map<string, PendingFile>();
  const problems: Finding[] = [];
  const outDir = options.out ?? defaultFeaturesDir(features.features);
  const generateOptions = { levels: options.levels, skipTag: options.skipTag, templates: request.templates };

  const pendingFor = async (file: string): Promise<PendingFile> => {
    const existing = pending.get(file);
    if (existing) return existing;
    const original = await readOriginal(path.resolve(root, file));
    const entry = { file, original, text: original ?? '', added: [], accepted: [] };
    pending.set(file, entry);
    return entry;
  };

  const seenSlugs = new Set<string>();
  for (const design of designs.designs) {
    if (seenSlugs.has(design.slug)) continue;
    seenSlugs.add(design.slug);
    const rows = missingRows(design, before, options);
    if (rows.length === 0) continue;
    const target = chooseTarget(design, features.features, options.into);
    const ids = [...new Set(rows.flatMap((row) => row.requirements))];
    if (target === null) {
      const file = path.posix.join(outDir.split(path.sep).join('/'), `${design.slug}.feature`);
      if (!isInside(root, path.resolve(root, file))) {
        throw new ConfigError(`Refusing to create ${file}: it is outside ${root}`);
      }
      const entry = await pendingFor(toReportPath(root, file));
      if (entry.original !== null) {
        problems.push(problem(entry.file, design, `${entry.file} exists but is not linked to @design:${design.slug}; add the tag, or name the file with --into ${design.slug}=${entry.file}`));
        continue;
      }
      entry.text = renderFeature({ ...design, surface: rows }, generateOptions);
      entry.added.push(...ids);
      continue;
    }
    const index = byPath.get(target) ?? null;
    const entry = await pendingFor(target);
    if (entry.original === null) {
      problems.push(problem(target, design, `${target} (the sync target of @design:${design.slug}) does not exist`));
      continue;
    }
    const parsed = index ?? indexFeature(entry.original, target);
    if (parsed.diagnostics.length > 0) {
      problems.push(problem(target, design, `${target} does not parse, so sync leaves it untouched (line ${parsed.diagnostics[0]?.line})`));
      continue;
    }
    const needsDesignTag = !parsed.designTags.includes(design.slug);
    const block = renderScenarios(design, rows, { ...generateOptions, designTag: needsDesignTag });
    entry.text = appendScenarios(entry.text, block);
    entry.added.push(...ids);
  }

  if (request.acceptStale) {
    for (const finding of before.findings) {
      if (finding.kind !== 'stale' || finding.data?.newBehavior === undefined) continue;
      const entry = await pendingFor(finding.file);
      if (entry.original === null) continue;
      entry.text = acceptStale(entry.text, finding.line, fingerprint(finding.data.newBehavior), finding.data.newBehavior);
      entry.accepted.push(finding.line);
    }
  }

  const changes: SyncChange[] = [];
  for (const entry of [...pending.values()].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    if (entry.original === entry.text) continue;
    if (entry.original !== null && !entry.text.startsWith(entry.original) && entry.accepted.length === 0) {
      throw new Error(`internal: sync would change existing bytes of ${entry.file}`);
    }
    changes.push({
      file: entry.file,
      created: entry.original === null,
      added: entry.added,
      accepted: entry.accepted,
      diff: unifiedDiff(entry.file, entry.original, entry.text),
    });
    if (!request.check) await writeAtomic(path.resolve(root, entry.file), entry.text);
  }

  let registered: string[] = [];
  if (request.register) {
    registered = await register(root, request.register, changes.filter((c) => c.created).map((c) => c.file), request.check);
  }
  return { changes, problems, before, registered };
}

function problem(file: string, design: Design, message: string): Finding {
  return { kind: 'io-error', severity: 'error', file, line: 1, design: design.slug, message };
}

async function register(root: string, list: string, created: readonly string[], check: boolean): Promise<string[]> {
  const listPath = path.resolve(root, list);
  const listDir = path.dirname(listPath);
  const original = (await readOriginal(listPath)) ?? '';
  const entries = created.map((file) => path.relative(listDir, path.resolve(root, file)).split(path.sep).join('/'));
  const { text, added } = registerInList(original, entries);
  if (!check && text !== original) await writeAtomic(listPath, text);
  return added;
}
