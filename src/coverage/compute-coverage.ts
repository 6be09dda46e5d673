import { LEVELS } from '../model.js';
import type {
  CoverageReport,
  CoveringScenario,
  Design,
  DesignCoverage,
  Diagnostic,
  FeatureIndex,
  Finding,
  FindingKind,
  Level,
  RequirementCoverage,
  ScenarioEntry,
  SurfaceRow,
} from '../model.js';
import { fingerprint } from '../shared/provenance.js';
import { compareIds } from './compare-ids.js';
import { finding } from './finding.js';
import { sortFindings } from './sort-findings.js';
import { mostTelling, statusCounts, summarize } from './status-counts.js';
import { testCases, type TestCase } from './test-cases.js';
import { failedFinding, notRunFindings, pendingFinding, unknownResultFindings } from './run-findings.js';
import type { MatchedResults } from '../results/match-results.js';

/** What coverage needs besides designs and features. */
export interface CoverageOptions {
  levels: readonly Level[];
  /** Severity per kind; `off` drops the finding. Kinds not named keep their own severity. */
  severity: Partial<Record<FindingKind, 'error' | 'warning' | 'off'>>;
  /** Feature files the runner list names, when there is one; scenarios in other files do not run. */
  runnable?: ReadonlySet<string> | null;
  /** Name of the runner list, for messages. */
  runnerListName?: string;
  /** Skip tag: a scenario that carries it (inherited included) is pending. Default none. */
  skipTag?: string | null;
  /** The run's tag expression (`--tags`): scenarios it does not select do not run. */
  selects?: ((tags: readonly string[]) => boolean) | null;
  /** The tag expression as written, for messages. */
  tagsText?: string;
  /** Results read with `--results`, matched to test cases; null or absent for none. */
  results?: (MatchedResults & { files: string[]; total: number; root: string }) | null;
  /** Keep only the findings this accepts (`--since` scope); the summary counts what is kept. */
  include?: (finding: Finding) => boolean;
  /** Problems found before parsing (unreadable files), reported as they are. */
  diagnostics?: readonly Diagnostic[];
}

interface DesignState {
  design: Design;
  known: Set<string>;
  expected: Set<string>;
  rowsById: Map<string, SurfaceRow[]>;
  /** Rows by their requirement list ({@link rowKey}): a generated scenario's row is found at once, not by a scan per scenario. */
  rowsByKey: Map<string, SurfaceRow[]>;
  cases: Map<string, TestCase[]>;
  files: Set<string>;
}

function rowKey(ids: readonly string[]): string {
  return ids.join(',');
}

function indexDesign(design: Design, levels: ReadonlySet<Level>): DesignState {
  const rowsById = new Map<string, SurfaceRow[]>();
  const rowsByKey = new Map<string, SurfaceRow[]>();
  const expected = new Set<string>();
  for (const row of design.surface) {
    push(rowsByKey, rowKey(row.requirements), row);
    const isExpected = row.levels.some((level) => levels.has(level));
    for (const id of row.requirements) {
      push(rowsById, id, row);
      if (isExpected) expected.add(id);
    }
  }
  const known = new Set([...design.requirements.map((r) => r.id), ...rowsById.keys()]);
  return { design, known, expected, rowsById, rowsByKey, cases: new Map(), files: new Set() };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A `duplicate` warning for each design whose title an earlier design already has (a copied title is a common slip). */
function sameTitles(designs: readonly Design[]): Finding[] {
  const first = new Map<string, Design>();
  const findings: Finding[] = [];
  for (const design of designs) {
    const key = design.title?.toLowerCase();
    if (key === undefined) continue;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, design);
    else if (earlier.slug !== design.slug) {
      findings.push(duplicateDesign(design, `Unexpected title "${design.title}" already used by ${earlier.path}, expected each design to have its own title`));
    }
  }
  return findings;
}

/** Findings a design yields on its own, without any feature file. */
function designFindings(state: DesignState): Finding[] {
  const { design } = state;
  const findings: Finding[] = design.diagnostics.map((d) => ({ ...d, kind: d.kind as FindingKind, design: design.slug }));
  // Rows derived from the requirements (no surface table) can neither name an undefined id nor miss one.
  if (!design.surface.some((row) => !row.derived)) return findings;
  const defined = new Set(design.requirements.map((r) => r.id));
  for (const row of design.surface) {
    for (const id of row.requirements) {
      if (defined.has(id)) continue;
      findings.push(finding('undefined-requirement', {
        file: design.path,
        line: row.line,
        design: design.slug,
        requirement: id,
        message: `Unexpected requirement ${id} in the surface table, expected one defined in the Requirements section`,
      }));
    }
  }
  for (const requirement of design.requirements) {
    if (state.rowsById.has(requirement.id)) continue;
    findings.push(finding('unmapped-requirement', {
      file: design.path,
      line: requirement.line,
      design: design.slug,
      requirement: requirement.id,
      message: `Requirement ${requirement.id} has no row in the Acceptance test surface`,
    }));
  }
  return findings;
}

function staleFinding(state: DesignState, scenario: ScenarioEntry, file: string): Finding | null {
  const provenance = scenario.provenance;
  if (!provenance || provenance.design !== state.design.slug) return null;
  const key = rowKey(provenance.row);
  const candidates = state.rowsByKey.get(key);
  if (candidates === undefined) return null;
  if (candidates.some((row) => fingerprint(row.behavior) === provenance.fingerprint)) return null;
  const row = candidates[0] as SurfaceRow;
  const data: Record<string, string> = { newBehavior: row.behavior, designLine: String(row.line) };
  if (provenance.behavior !== undefined) data.oldBehavior = provenance.behavior;
  const was = provenance.behavior !== undefined ? ` (was: "${provenance.behavior}")` : '';
  return finding('stale', {
    file,
    line: provenance.line,
    design: state.design.slug,
    requirement: provenance.row[0],
    data,
    message:
      `Scenario "${scenario.name}" was generated from row ${key} of ${state.design.path}:${row.line}, ` +
      `whose behavior changed${was}; now: "${row.behavior}"`,
  });
}

/**
 * Diff feature files against designs: which expected requirements have no
 * scenario, which scenarios point at nothing, which are stale. Pure: the same
 * inputs give the same report, findings sorted by file and line.
 */
export function computeCoverage(
  designs: readonly Design[],
  features: readonly FeatureIndex[],
  options: CoverageOptions,
): CoverageReport {
  const levels = new Set(options.levels);
  const findings: Finding[] = (options.diagnostics ?? []).map((d) => ({ ...d, kind: d.kind as FindingKind }));
  const states = new Map<string, DesignState>();

  for (const design of designs) {
    const previous = states.get(design.slug);
    if (previous) {
      findings.push(duplicateDesign(design, `Unexpected second design with slug "${design.slug}", expected one per slug (first: ${previous.design.path}); this one is ignored`));
      continue;
    }
    const state = indexDesign(design, levels);
    states.set(design.slug, state);
    findings.push(...designFindings(state));
  }
  findings.push(...sameTitles(designs));
  // Old tags keep working: `@design:<file name>` of a design whose slug is its folder's name.
  const linked = new Map(states);
  for (const state of states.values()) {
    for (const alias of state.design.aliases ?? []) if (!linked.has(alias)) linked.set(alias, state);
  }

  const failed = new Map<string, Finding>();
  let scenarioCount = 0;
  for (const feature of features) {
    findings.push(...feature.diagnostics.map((d) => ({ ...d, kind: d.kind as FindingKind })));
    scenarioCount += feature.unlinkedScenarios ?? 0;
    // A tag on a Feature or Rule is inherited by each of its scenarios: report it once, at its own line.
    const reported = new Set<string>();
    for (const scenario of feature.scenarios) {
      scenarioCount++;
      if (scenario.design === null) continue;
      const state = linked.get(scenario.design);
      const at = { file: feature.path, line: scenario.line };
      if (!state) {
        const where = `@design:${scenario.design}@${scenario.designLine ?? scenario.line}`;
        if (reported.has(where)) continue;
        reported.add(where);
        findings.push(finding('orphaned', {
          file: feature.path,
          line: scenario.designLine ?? scenario.line,
          design: scenario.design,
          message: `Unexpected tag @design:${scenario.design}, expected the slug of a design (none is named "${scenario.design}")`,
        }));
        continue;
      }
      state.files.add(feature.path);
      if (scenario.requirements.length === 0) {
        findings.push(finding('untraced', {
          ...at,
          design: state.design.slug,
          message: `Scenario "${scenario.name}" has no requirement tag (for example @R1) of design ${state.design.slug}${hiddenTagNote(scenario.tags)}`,
        }));
      }
      for (const testCase of testCases(feature.path, scenario, options)) {
        const known = testCase.requirements.filter((id) => state.known.has(id));
        for (const id of known) push(state.cases, id, testCase);
        if (testCase.status === 'failed' && known.length > 0) {
          failed.set(`${testCase.file}:${testCase.line}`, failedFinding({ ...testCase, requirements: known }, state.design.slug));
        }
      }
      for (const ref of scenario.requirements) {
        if (state.known.has(ref.id)) continue;
        const where = `@${ref.id}@${ref.line}`;
        if (reported.has(where)) continue;
        reported.add(where);
        findings.push(finding('orphaned', {
          file: feature.path,
          line: ref.line,
          design: state.design.slug,
          requirement: ref.id,
          message: `Unexpected tag @${ref.id} on scenario "${scenario.name}", expected a requirement of design ${state.design.slug}`,
        }));
      }
      const stale = staleFinding(state, scenario, feature.path);
      if (stale) findings.push(stale);
    }
  }

  findings.push(...failed.values());
  if (options.results) {
    const { unmatched, total, root } = options.results;
    findings.push(...unknownResultFindings(unmatched, total, root));
  }
  const designCoverage = [...states.values()].map((state) => coverDesign(state, findings, options));

  const scoped = options.include ? findings.filter(options.include) : findings;
  const kept = applySeverity(scoped, options.severity);
  const sortedFindings = sortFindings(kept);
  const results = options.results
    ? { files: options.results.files, testCases: options.results.total, matched: options.results.total - options.results.unmatched.length }
    : undefined;
  return {
    levels: [...options.levels],
    ...(results ? { results } : {}),
    summary: summarize(designCoverage, features.length, scenarioCount, sortedFindings, results !== undefined),
    designs: designCoverage,
    findings: sortedFindings,
  };
}

function coverDesign(state: DesignState, findings: Finding[], options: CoverageOptions): DesignCoverage {
  const { design } = state;
  const definitions = new Map(design.requirements.map((r) => [r.id, r]));
  const ids = [...state.known].sort(compareIds);
  const requirements: RequirementCoverage[] = [];
  for (const id of ids) {
    const rows = state.rowsById.get(id) ?? [];
    const expected = state.expected.has(id);
    const cases = state.cases.get(id) ?? [];
    const status: RequirementCoverage['status'] = expected ? (mostTelling(cases.map((c) => c.status)) ?? 'uncovered') : 'not-expected';
    const firstExpectedRow = rows.find((row) => row.levels.some((level) => options.levels.includes(level)));
    if (status === 'uncovered' && firstExpectedRow) {
      findings.push(finding('uncovered', {
        file: design.path,
        line: firstExpectedRow.line,
        design: design.slug,
        requirement: id,
        message: `Requirement ${id} has no scenario tagged @${id} in a feature file linked with @design:${design.slug}`,
      }));
    }
    if (status === 'pending') findings.push(pendingFinding(design, id, firstExpectedRow?.line ?? 1, cases, options.skipTag ?? null));
    if (status === 'not-run') findings.push(...notRunFindings(design, id, cases, options.runnerListName, options.tagsText));
    const definition = definitions.get(id);
    requirements.push({
      id,
      text: definition ? definition.text : null,
      line: definition ? definition.line : (rows[0]?.line ?? 1),
      expected,
      levels: uniqueLevels(rows),
      status,
      scenarios: coveringScenarios(cases),
    });
  }
  return {
    slug: design.slug,
    path: design.path,
    title: design.title,
    feature: design.feature,
    ...statusCounts(requirements, options.results != null),
    featureFiles: [...state.files].sort(),
    requirements,
  };
}

/** One entry per scenario: the most telling status of its test cases (Outline rows), and the first failure. */
function coveringScenarios(cases: readonly TestCase[]): CoveringScenario[] {
  const byScenario = new Map<string, TestCase[]>();
  for (const testCase of cases) push(byScenario, `${testCase.file}:${testCase.scenarioLine}`, testCase);
  return [...byScenario.values()].map((group) => {
    const first = group[0] as TestCase;
    const scenario: CoveringScenario = {
      file: first.file,
      line: first.scenarioLine,
      name: first.name,
      status: mostTelling(group.map((c) => c.status)) ?? 'pending',
    };
    const message = group.find((c) => c.status === 'failed')?.message;
    if (message) scenario.message = message;
    return scenario;
  });
}

function uniqueLevels(rows: readonly SurfaceRow[]): Level[] {
  const present = new Set(rows.flatMap((row) => row.levels));
  return LEVELS.filter((level) => present.has(level));
}

function applySeverity(findings: Finding[], severity: CoverageOptions['severity']): Finding[] {
  return findings.flatMap((finding) => {
    const configured = severity[finding.kind];
    if (configured === 'off') return [];
    return [configured ? { ...finding, severity: configured } : finding];
  });
}

/** A `duplicate` warning at line 1 of a design that repeats another's slug or title. */
function duplicateDesign(design: Design, message: string): Finding {
  return finding('duplicate', { file: design.path, line: 1, design: design.slug, message });
}

const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** A tag that is a requirement tag but for an invisible character (`@R2` + U+200B) is named, so that it can be found. */
function hiddenTagNote(tags: readonly string[]): string {
  const hidden = tags.find((tag) => {
    const visible = tag.replace(FORMAT_CHARACTERS, '');
    return visible !== tag && /^@R\d+[a-z]*$/.test(visible);
  });
  return hidden === undefined ? '' : `; its tag ${hidden} holds an invisible character`;
}
