import { ConflictError } from '../io/file-error.js';
import path from 'node:path';
import type { AcceptanceCriterion, CoverageReport, Design, Diagnostic, FeatureIndex, Finding, FindingKind, SurfaceRow } from '../model.js';
import { CRITERION_ROW, planCriteria } from '../generate/criteria.js';
import { loadVocabulary, suiteOptions } from './load-vocabulary.js';
import type { Options } from '../config/resolve-options.js';
import { ConfigError } from '../config/resolve-options.js';
import { applyPerDesign } from '../coverage/per-design.js';
import { computeCoverage } from '../coverage/compute-coverage.js';
import { fingerprint, parseProvenance } from '../shared/provenance.js';
import { renderFeature, renderScenarios } from '../generate/render-feature.js';
import type { GenerateOptions, TemplateSources } from '../generate/options.js';
import { indexFeature } from '../features/index-feature.js';
import { DESIGN_TAG_PREFIX, designSlug, requirementId } from '../features/tag-kinds.js';
import { toTagName } from '../generate/sanitize.js';
import { acceptStale } from '../sync/accept-stale.js';
import { appendFeature, appendScenarios, appendTarget, fileLanguage } from '../sync/insert-scenarios.js';
import { registerInList } from '../sync/runner-list.js';
import { unifiedDiff } from '../sync/unified-diff.js';
import { discover } from '../io/discover.js';
import { isInside, toReportPath, writeEscape } from '../io/paths.js';
import { writeAtomic } from '../io/write-atomic.js';
import { withRunLock } from '../io/run-lock.js';
import { cacheFor } from '../load/cache.js';
import { loadDesigns, loadFeatures } from '../load/load-project.js';
import { readRunnable } from './read-runnable.js';
import { readOriginal } from './run-generate.js';
import { chooseTarget, defaultFeaturesDir, designTagsInText, tagsInText } from './feature-target.js';

/** What `sync` is asked to do; paths are relative to `cwd`. */
export interface SyncRequest {
  cwd: string;
  options: Options;
  templates: TemplateSources;
  /** Write nothing; only compute the changes and their diffs. */
  check: boolean;
  /** Also refresh the fingerprint (and recorded behavior) of stale generated scenarios. */
  acceptStale: boolean;
  /** Runner list to add the feature files sync creates to, or null. */
  register: string | null;
  /** Hears why the cache folder is not used, when it is not. */
  onNote?: (message: string) => void;
}

/** One feature file sync changes (or, with `check`, would change). */
export interface SyncChange {
  file: string;
  created: boolean;
  /** Requirement ids (and `"criterion headings"`) the added scenarios cover, in design order. */
  added: string[];
  /** Lines of the provenance comments whose fingerprint was refreshed. */
  accepted: number[];
  diff: string;
}

/** The runner list change of `sync --register`: entries appended (relative to the list's folder) and the diff. */
export interface RegisterChange {
  list: string;
  added: string[];
  diff: string;
}

/** What `sync` did (or would do). */
export interface SyncOutcome {
  /** Changed files, sorted by path. */
  changes: SyncChange[];
  /** What kept sync from part of its work (a linked file that does not parse, a target it cannot use). */
  problems: Finding[];
  /** The coverage report before sync. */
  before: CoverageReport;
  /** Entries added to the runner list (`register.added`). */
  registered: string[];
  register: RegisterChange | null;
}

interface PendingFile {
  file: string;
  /** The file's text as read (BOM and line endings included), or null when it does not exist. */
  original: string | null;
  text: string;
  added: string[];
  accepted: number[];
  /** Slugs of the designs whose scenarios go here, for the message when the file may not be written. */
  designs: string[];
}

/** The rows at the selected levels naming an uncovered requirement sync can cover, the coverable ids, and the others. */
function missingRows(design: Design, report: CoverageReport, options: Options): { rows: SurfaceRow[]; ids: Set<string>; uncoverable: string[] } {
  const coverage = report.designs.find((d) => d.slug === design.slug && d.path === design.path);
  const uncovered = coverage?.requirements.filter((r) => r.status === 'uncovered').map((r) => r.id) ?? [];
  // Only ids whose generated `@<id>` tag is read back as that requirement (a use case `U1` is not: sync would add it on every run).
  const coverable = new Set(uncovered.filter((id) => requirementId(`@${toTagName(id)}`) === id));
  const slugTag = designSlug(`@design:${toTagName(design.slug) || '_'}`);
  if (slugTag !== design.slug) return { rows: [], ids: new Set(), uncoverable: uncovered };
  const rows = design.surface.filter(
    (row) => row.levels.some((level) => options.levels.includes(level)) && row.requirements.some((id) => coverable.has(id)),
  );
  return { rows, ids: coverable, uncoverable: uncovered.filter((id) => !coverable.has(id)) };
}

/** Standalone acceptance criteria no linked scenario carries yet (by provenance row `criterion` and heading fingerprint). */
function missingCriteria(design: Design, features: readonly FeatureIndex[], options: Options): AcceptanceCriterion[] {
  const rows = design.surface.filter((row) => row.levels.some((level) => options.levels.includes(level)));
  const present = new Set(
    features.flatMap((f) => f.scenarios).flatMap((s) =>
      s.provenance?.design === design.slug && s.provenance.row.join(',') === CRITERION_ROW ? [s.provenance.fingerprint] : [],
    ),
  );
  return planCriteria(design, rows).standalone.filter((c) => !present.has(fingerprint(c.heading)));
}

function problem(kind: FindingKind, file: string, line: number, design: Design, message: string): Finding {
  return { kind, severity: 'error', file, line, design: design.slug, message };
}

/** Refuse a write that would land outside the working directory once links are resolved (a `../` glob, a link leading out). */
async function confineWrite(root: string, file: string, hint: string): Promise<void> {
  const escape = await writeEscape(root, file);
  if (escape) throw new ConfigError(`Refusing to write ${file}: ${escape.message} (${hint})`);
}

/** Why sync meant to write the file, and what to do instead. */
function hintFor(entry: PendingFile, into: Readonly<Record<string, string>>): string {
  const [slug] = entry.designs;
  if (slug === undefined) return 'it holds stale scenarios --accept-stale would refresh';
  if (Object.hasOwn(into, slug)) return `the file into names for ${slug}`;
  if (entry.original === null) return `the new file for @design:${slug}; choose a folder inside with --out <dir>`;
  return `the file linked to @design:${slug}; name one inside with --into ${slug}=<file>`;
}

/** `into`, `out` and the runner list must name a place inside the working directory. */
function insideRoot(root: string, file: string, what: (file: string) => string): string {
  if (!isInside(root, path.resolve(root, file))) {
    throw new ConfigError(`${what(file)} is outside the working directory ${root}`);
  }
  return toReportPath(root, file);
}

/**
 * Add a generated scenario for every expected requirement with none, to the file {@link chooseTarget}
 * picks or a new `<features dir>/<slug>.feature`, and with `acceptStale` refresh stale fingerprints.
 * Existing bytes never change (sync appends, or rewrites two provenance comment lines); a file that does
 * not parse is never touched. Unless `check`, the run holds the lock and each file is written atomically
 * only if it is still what sync read (else an `io-error`).
 *
 * @throws {ConflictError} when another run holds the lock.
 * @throws {ConfigError} for an `into`/`out`/runner list outside the working directory, an unreadable
 *   runner list, or (before anything is written) a file to write whose real location is outside it.
 */
export async function runSync(request: SyncRequest): Promise<SyncOutcome> {
  return request.check ? syncOnce(request) : withRunLock(path.resolve(request.cwd), () => syncOnce(request));
}

async function syncOnce(request: SyncRequest): Promise<SyncOutcome> {
  const { options } = request;
  const root = path.resolve(request.cwd);
  const [designFiles, featureFiles] = await Promise.all([
    discover(root, options.designs),
    discover(root, options.features),
  ]);
  const runnable = options.runnerList ? await readRunnable(root, options.runnerList, featureFiles) : null;
  const cache = cacheFor(root, options, request.onNote);
  const loaded = await loadDesigns(root, designFiles, { cache });
  const designs = { ...loaded, designs: applyPerDesign(loaded.designs, options.perDesign) };
  // Sync reads only scenarios linked to a design, the Feature's design tags and parse errors.
  const features = await loadFeatures(root, featureFiles, { cache, detail: 'linked' });
  cache?.save();
  const severity = { ...options.severity };
  // Stale scenarios are accepted from this report, so they must be in it.
  if (request.acceptStale && severity.stale === 'off') severity.stale = 'warning';
  const before = computeCoverage(designs.designs, features.features, {
    levels: options.levels,
    severity,
    diagnostics: [...designs.diagnostics, ...features.diagnostics],
    runnable: runnable?.files ?? null,
    runnerListName: runnable?.list,
  });

  const byPath = new Map(features.features.map((f) => [f.path, f]));
  const broken = brokenFiles(features);
  const pending = new Map<string, PendingFile>();
  const problems: Finding[] = [];
  const outDir = options.out === null ? defaultFeaturesDir(features.features, options.features) : options.out;
  const outFrom = options.out === null ? `in ${outDir}, the folder most feature files are in` : `out folder ${options.out}`;
  const generateOptions: GenerateOptions = {
    levels: options.levels,
    skipTag: options.skipTag,
    templates: request.templates,
    language: options.language,
  };

  const pendingFor = async (file: string): Promise<PendingFile> => {
    const existing = pending.get(file);
    if (existing) return existing;
    const original = await readOriginal(path.resolve(root, file));
    const entry: PendingFile = { file, original, text: original ?? '', added: [], accepted: [], designs: [] };
    pending.set(file, entry);
    return entry;
  };

  const suite = options.suggestSteps ? await loadVocabulary(root, options) : null;

  const seenSlugs = new Set<string>();
  for (const design of designs.designs) {
    // A second design with the same slug is reported as `duplicate` and ignored, as by coverage.
    if (seenSlugs.has(design.slug)) continue;
    seenSlugs.add(design.slug);
    const missing = missingRows(design, before, options);
    for (const id of missing.uncoverable) {
      const line = design.surface.find((row) => row.requirements.includes(id))?.line ?? 1;
      problems.push({
        ...problem('uncovered', design.path, line, design, `sync cannot add a scenario for ${id}: a generated tag @${toTagName(id)} (or @design:${design.slug}) would not be read back as a link to it, so cover it by hand`),
        severity: 'warning',
        requirement: id,
      });
    }
    const wanted = { ids: missing.ids, rows: missing.rows, criteria: missingCriteria(design, features.features, options) };
    if (wanted.rows.length + wanted.criteria.length === 0) continue;

    // A broken file that names the design may already hold some of its scenarios:
    // the rows and criteria its text names wait until it is fixed (adding them
    // elsewhere would duplicate them), the others are added.
    const chosen = chooseTarget(design, features.features, options.into);
    const file =
      chosen === null
        ? insideRoot(root, path.join(outDir, `${design.slug}.feature`), (shown) => `The new file ${shown} (${outFrom})`)
        : Object.hasOwn(options.into, design.slug)
          ? insideRoot(root, chosen, (shown) => `into ${design.slug}=${shown}`)
          : chosen;
    const { rows, criteria } = await holdBack(design, wanted, file, broken, pendingFor, problems);
    const ids = [...new Set(rows.flatMap((row) => row.requirements.filter((id) => wanted.ids.has(id))))];
    const added = [...ids, ...criteria.map((c) => `"${c.heading}"`)];
    if (rows.length + criteria.length === 0) continue;

    const entry = await pendingFor(file);
    const known = byPath.get(file);
    const target = { folder: path.posix.dirname(file), file, language: options.language, fresh: entry.text === '' };
    const own = { ...generateOptions, criteria, ...suiteOptions(suite, design, target) };

    if (entry.original === null) {
      // A new file: the whole feature, or, when another design already planned it, its scenarios appended.
      entry.text =
        entry.text === ''
          ? renderFeature({ ...design, surface: rows }, own)
          : appendScenarios(entry.text, renderScenarios(design, rows, { ...own, designTag: true }));
      entry.added.push(...added);
      entry.designs.push(design.slug);
      continue;
    }
    const unusable = broken.get(file);
    if (unusable) {
      const names = designTagsInText(entry.original ?? '').has(design.slug) ? `names @design:${design.slug} but ` : '';
      problems.push(problem(unusable.kind, file, unusable.line, design, `${file} ${names}${unusable.why}, so sync leaves it untouched and adds no scenario for ${added.join(', ')} until it is fixed`));
      continue;
    }
    if (!known) {
      problems.push(
        problem('io-error', file, 1, design, `${file} exists but is not among the feature files read (--features ${options.features.join(' ')}), so sync would add the same scenarios on every run; add it to the features globs or choose another file with --into ${design.slug}=<file>`),
      );
      continue;
    }
    if (chosen === null && !known.designTags.includes(design.slug)) {
      problems.push(
        problem('io-error', file, 1, design, `${file} exists but is not linked to @design:${design.slug}; add the tag to its Feature, or name the file that should receive the scenarios with --into ${design.slug}=<file>`),
      );
      continue;
    }
    if (appendTarget(entry.text) === 'no-feature') {
      // Blank or comments only: the file gets a whole Feature after what it holds.
      entry.text = appendFeature(entry.text, renderFeature({ ...design, surface: rows }, own));
    } else {
      // The discovered index holds while the text is unchanged.
      const index = entry.text === entry.original ? known : indexFeature(entry.text, entry.file);
      const designTag = !index.designTags.includes(design.slug);
      const language = fileLanguage(entry.text) ?? options.language;
      entry.text = appendScenarios(entry.text, renderScenarios(design, rows, { ...own, designTag, language }));
    }
    entry.added.push(...added);
    entry.designs.push(design.slug);
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

  const changed = [...pending.values()].filter((entry) => entry.original !== entry.text);
  changed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const entry of changed) {
    if (entry.original !== null && entry.accepted.length === 0 && !entry.text.startsWith(entry.original)) {
      throw new Error(`internal: sync would change existing bytes of ${entry.file}`);
    }
  }
  const changes = changed.map((entry): SyncChange => ({
    file: entry.file,
    created: entry.original === null,
    added: entry.added,
    accepted: entry.accepted,
    diff: unifiedDiff(entry.file, entry.original, entry.text),
  }));
  const created = changes.filter((c) => c.created).map((c) => c.file);
  const listChange = request.register ? await planRegister(root, request.register, created) : null;
  // Checked with --check too, as `into` is: a plan that cannot be carried out is not a plan.
  for (const entry of changed) await confineWrite(root, entry.file, hintFor(entry, options.into));
  if (listChange?.diff) await confineWrite(root, listChange.list, 'the runner list given with --register');

  if (!request.check) {
    const write = async (file: string, text: string, original: string | null): Promise<void> => {
      await writeAtomic(path.resolve(root, file), text, undefined, original).catch((error: unknown) => {
        if (!(error instanceof ConflictError)) throw error;
        problems.push({ kind: 'io-error', severity: 'error', file, line: 1, message: error.message.replace(path.resolve(root, file), file) });
      });
    };
    for (const entry of pending.values()) {
      if (entry.original !== entry.text) await write(entry.file, entry.text, entry.original);
    }
    if (listChange?.diff) await write(listChange.list, listChange.text, listChange.existing);
    problems.push(...(await undiscovered(root, options.features, created)));
  }
  const register = listChange ? { list: listChange.list, added: listChange.added, diff: listChange.diff } : null;
  return { changes, problems, before, registered: register?.added ?? [], register };
}

/** The feature files sync must leave alone: the finding's kind and line, and why (to follow the name in a message). */
function brokenFiles(
  loaded: { features: readonly FeatureIndex[]; diagnostics: readonly Diagnostic[] },
): Map<string, { kind: 'parse-error' | 'io-error'; line: number; why: string }> {
  const broken: ReturnType<typeof brokenFiles> = new Map();
  for (const { path: file, diagnostics: [first] } of loaded.features) {
    if (first) broken.set(file, { kind: 'parse-error', line: first.line, why: `does not parse (line ${first.line})` });
  }
  for (const { kind, file, line, message } of loaded.diagnostics) {
    if (kind === 'io-error' && !broken.has(file)) broken.set(file, { kind, line, why: `cannot be read (${message})` });
  }
  return broken;
}

/**
 * The rows and criteria of `wanted` that no broken file naming the design names (by tag or provenance),
 * with a problem per such file. A row waits when any of its missing requirements is named.
 */
async function holdBack(
  design: Design,
  wanted: { ids: ReadonlySet<string>; rows: SurfaceRow[]; criteria: AcceptanceCriterion[] },
  target: string,
  broken: ReturnType<typeof brokenFiles>,
  read: (file: string) => Promise<PendingFile>,
  problems: Finding[],
): Promise<{ rows: SurfaceRow[]; criteria: AcceptanceCriterion[] }> {
  let { rows, criteria } = wanted;
  for (const [file, { kind, line, why }] of broken) {
    const text = (await read(file)).original ?? '';
    const tags = file === target ? new Set<string>() : tagsInText(text);
    if (!tags.has(`${DESIGN_TAG_PREFIX}${design.slug}`)) continue;
    const rowIds = new Set<string>();
    const headings = new Set<string>();
    for (const comment of text.split(/\r\n|\r|\n/)) {
      const provenance = comment.includes('gherkin-bridge:') ? parseProvenance(comment, 0) : null;
      if (provenance?.design !== design.slug) continue;
      if (provenance.row.join(',') === CRITERION_ROW) headings.add(provenance.fingerprint);
      else for (const id of provenance.row) rowIds.add(id);
    }
    const named = (id: string) => wanted.ids.has(id) && (rowIds.has(id) || tags.has(`@${toTagName(id)}`));
    const heldRows = rows.filter((row) => row.requirements.some(named));
    const heldCriteria = criteria.filter((c) => headings.has(fingerprint(c.heading)));
    rows = rows.filter((row) => !heldRows.includes(row));
    criteria = criteria.filter((c) => !heldCriteria.includes(c));
    const held = [...new Set(heldRows.flatMap((row) => row.requirements.filter((id) => wanted.ids.has(id)))), ...heldCriteria.map((c) => `"${c.heading}"`)];
    const outcome =
      held.length === 0
        ? 'it names none of the requirements sync adds'
        : `the scenarios for ${held.join(', ')}, which it names, wait until it is fixed`;
    problems.push(problem(kind, file, line, design, `${file} names @design:${design.slug} but ${why}, so sync leaves it untouched; ${outcome}`));
  }
  return { rows, criteria };
}

/** Files sync created that the features globs do not find: coverage, and the next sync, would not see them. */
async function undiscovered(root: string, patterns: readonly string[], created: readonly string[]): Promise<Finding[]> {
  if (created.length === 0) return [];
  const found = new Set(await discover(root, patterns));
  return created
    .filter((file) => !found.has(file))
    .map((file) => ({
      kind: 'io-error' as const,
      severity: 'warning' as const,
      file,
      line: 1,
      message: `${file} was created, but the features globs (${patterns.join(' ')}) do not find it, so coverage will not count it; add its folder to "features" or pick another folder with --out`,
    }));
}

/** The runner list change, with the list as read (null when it does not exist) and its new text. */
async function planRegister(root: string, list: string, created: readonly string[]): Promise<RegisterChange & { existing: string | null; text: string }> {
  const shown = insideRoot(root, list, (file) => `The runner list ${file}`);
  const listPath = path.resolve(root, shown);
  const listDir = path.dirname(listPath);
  const existing = await readOriginal(listPath);
  const entries = created.map((file) => path.relative(listDir, path.resolve(root, file)).split(path.sep).join('/'));
  const { text, added } = registerInList(existing ?? '', entries);
  return { list: shown, existing, text, added, diff: added.length === 0 ? '' : unifiedDiff(shown, existing, text) };
}
