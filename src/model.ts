/** The shared model of the pipeline (design -> features -> coverage -> report); it imports nothing. */

/** How a surface row is verified, classified from its free-text "Verified by" cell. */
export type Level = 'e2e' | 'integration' | 'unit' | 'manual' | 'unknown';

/** Canonical order of levels. */
export const LEVELS: readonly Level[] = ['e2e', 'integration', 'unit', 'manual', 'unknown'];

export type Severity = 'error' | 'warning' | 'info';

/** A problem at a place in a file; `kind` is stable and documented (README "Finding kinds"). */
export interface Diagnostic {
  kind: string;
  severity: Severity;
  message: string;
  /** Path as given (relative to the working directory when discovered by glob). */
  file: string;
  /** 1-based line in the original file (BOM and CRLF do not shift it). */
  line: number;
  column?: number;
}

/** A requirement (`R1`) or use case (`U1`) defined in a design. */
export interface Requirement {
  id: string;
  /** Plain text, inline markup removed, whitespace collapsed to single spaces. */
  text: string;
  line: number;
}

/** One row of the Acceptance test surface table. */
export interface SurfaceRow {
  /** Requirement ids named by the row, in order, ranges expanded (`R1–R3` -> R1, R2, R3). */
  requirements: string[];
  /** Observable behavior, plain text. */
  behavior: string;
  verifiedBy: string;
  /** Levels classified from `verifiedBy`, in {@link LEVELS} order, no duplicates. */
  levels: Level[];
  line: number;
  /** Other columns of the table, by header text. */
  extra: Record<string, string>;
  /** Derived from a requirement because the design has no surface table (levels = ['unknown']). */
  derived?: boolean;
}

/** The keyword of a Given/When/Then sentence, in English whatever the design's wording. */
export type StepKeyword = 'Given' | 'When' | 'Then' | 'And' | 'But';

/** One `- **Given** ...` bullet of an acceptance criterion. */
export interface CriterionStep {
  keyword: StepKeyword;
  /** The sentence after the keyword, plain text, inline markup removed. */
  text: string;
  line: number;
}

/** A criterion of the design's "Acceptance criteria" section: a heading, then Given/When/Then bullets. */
export interface AcceptanceCriterion {
  heading: string;
  line: number;
  steps: CriterionStep[];
  /** Requirement and use-case ids it names, or whose definition its heading matches, in order. */
  ids: string[];
}

/** A design doc, parsed. */
export interface Design {
  path: string;
  /** File name without `.md` (the folder's for `<folder>/design.md`); `@design:<slug>` links to it. */
  slug: string;
  /** Other slugs that link to this design (the file name when the slug is the folder's). */
  aliases?: string[];
  title: string | null;
  /** Jira key of the Feature (or Feature / Initiative) metadata row, or null. */
  feature: string | null;
  /** Jira key of the Spike metadata row, or null. */
  spike: string | null;
  requirements: Requirement[];
  useCases: Requirement[];
  surface: SurfaceRow[];
  /** Line of the Acceptance test surface heading, or null when the doc has none. */
  surfaceLine: number | null;
  /** Criteria of the "Acceptance criteria" section (absent in designs built before it existed). */
  acceptanceCriteria?: AcceptanceCriterion[];
  diagnostics: Diagnostic[];
}

/** A requirement tag (`@R1`) as it stands in a feature file. */
export interface RequirementRef {
  id: string;
  /** Line of the tag itself. */
  line: number;
}

/** Provenance comment above a generated scenario: `# gherkin-bridge: design=<slug> row=<R1,R2> behavior=<hash>`. */
export interface Provenance {
  design: string;
  /** Requirement ids of the surface row it came from. */
  row: string[];
  /** Fingerprint of the row's observable behavior when it was generated. */
  fingerprint: string;
  /** The behavior text recorded beside the fingerprint (`# behavior: ...`), when present. */
  behavior?: string;
  line: number;
}

/** A Scenario or Scenario Outline, with what it links to after tag inheritance. */
export interface ScenarioEntry {
  name: string;
  keyword: string;
  line: number;
  /**
   * The `@design:` slug at the most specific level (Examples > Scenario > Rule > Feature), or null;
   * an Outline whose Examples link to different designs yields one entry per design.
   */
  design: string | null;
  /** Line of the `@design:` tag that decided {@link design}, when there is one. */
  designLine: number | null;
  /** Requirement tags that apply (inherited included), sorted by id, each once. */
  requirements: RequirementRef[];
  /** All tag names that apply (inherited included), without duplicates. */
  tags: string[];
  provenance: Provenance | null;
  /** True when a step is still a `TODO:` step that `generate`/`sync` wrote: the scenario is pending. */
  todo?: boolean;
  /** For a Scenario Outline: its Examples rows of this entry's design, each a test case. */
  rows?: ExampleRow[];
}

/** One row of an Outline's Examples: a test case of its own. */
export interface ExampleRow {
  line: number;
  /** 1-based index of its Examples block in the Outline, and of the row in the block (behave's `@1.2`). */
  block: number;
  row: number;
  /** Tag names that apply to the row (inherited included). */
  tags: string[];
  requirements: string[];
}

/** Everything coverage needs to know about one `.feature` file. */
export interface FeatureIndex {
  path: string;
  /** Feature name, or null for an empty / comment-only file or a parse error. */
  name: string | null;
  line: number | null;
  /** `@design:` slugs on the Feature line itself. */
  designTags: string[];
  scenarios: ScenarioEntry[];
  /** Scenarios counted but not listed: set for a file without `@design:` indexed with detail `linked`. */
  unlinkedScenarios?: number;
  /** Parse errors (kind `parse-error`), one per error the parser reported. */
  diagnostics: Diagnostic[];
}

/** Finding kinds produced by `coverage`. */
export type FindingKind =
  | 'uncovered'
  | 'orphaned'
  | 'untraced'
  | 'parse-error'
  | 'undefined-requirement'
  | 'unmapped-requirement'
  | 'duplicate'
  | 'unclassified-verification'
  | 'missing-surface'
  | 'invalid-surface'
  | 'stale'
  | 'not-run'
  | 'pending'
  | 'failed'
  | 'unknown-result'
  | 'io-error';

/** A diagnostic produced by coverage, tied to a design and requirement where it applies. */
export interface Finding extends Diagnostic {
  kind: FindingKind;
  design?: string;
  requirement?: string;
  /** Extra structured data for reporters (for example old/new text of a stale scenario). */
  data?: Record<string, string>;
}

/**
 * Status of a requirement: `not-expected` (no row at a selected level), `uncovered`, `pending` (only
 * pending scenarios), `not-run` (the run selects or executes none), `covered` (no results given),
 * `passed` / `failed` (from results).
 */
export type RequirementStatus = 'not-expected' | 'uncovered' | 'pending' | 'not-run' | 'covered' | 'passed' | 'failed';

/** Status of one scenario (or Outline row) for a requirement. */
export type ScenarioStatus = 'pending' | 'not-run' | 'covered' | 'passed' | 'failed';

/** A scenario that carries a requirement's tag. */
export interface CoveringScenario {
  file: string;
  line: number;
  name: string;
  /** The most telling status of its test cases (an Outline's rows) for this requirement. */
  status: ScenarioStatus;
  /** First line of the failure message, when it failed. */
  message?: string;
}

export interface RequirementCoverage {
  id: string;
  text: string | null;
  /** Line of the requirement's definition, or of its first surface row when it has no definition. */
  line: number;
  expected: boolean;
  levels: Level[];
  status: RequirementStatus;
  scenarios: CoveringScenario[];
}

/** Requirements per status (expected ones only; they add up to `expected`) and the percentages they give. */
export interface StatusCounts {
  expected: number;
  covered: number;
  uncovered: number;
  pending: number;
  notRun: number;
  /** With results only. */
  passed?: number;
  failed?: number;
  /** (covered + passed + failed) / expected * 100, or null ("n/a") when nothing is expected. */
  coverage: number | null;
  /** With results only: passed / expected * 100, or null when nothing is expected. */
  verified?: number | null;
}

export interface DesignCoverage extends StatusCounts {
  slug: string;
  path: string;
  title: string | null;
  feature: string | null;
  featureFiles: string[];
  requirements: RequirementCoverage[];
}

export interface CoverageSummary extends StatusCounts {
  designs: number;
  featureFiles: number;
  scenarios: number;
  requirements: number;
  errors: number;
  warnings: number;
  findings: Record<string, number>;
}

/** How a test case ended: failed includes undefined, ambiguous and pending steps (strict, as cucumber-js counts). */
export type ResultStatus = 'passed' | 'failed' | 'skipped';

/** One test case (a scenario or an Outline row) read from a results file. */
export interface TestResult {
  /** Results file it was read from, as given. */
  source: string;
  /** Line in the results file (1 when the format does not tell). */
  sourceLine: number;
  /** Feature file path as the runner wrote it (relative to where it ran), when the format gives it. */
  uri: string | null;
  /** Line of the scenario or Examples row, when the format gives it. */
  line: number | null;
  /** JUnit `classname`: the Feature name, or behave's `<file stem>.<Feature name>`. */
  classname: string | null;
  /** Scenario name as the runner wrote it (an Outline row's name may carry `-- @1.2 …` or `- … - #1.2`). */
  name: string;
  status: ResultStatus;
  /** First line of the failure message. */
  message: string | null;
}

/** What was read from test results. */
export interface ResultsSummary {
  files: string[];
  /** Test cases read, and how many of them matched a scenario. */
  testCases: number;
  matched: number;
}

/** The result of `coverage`, the input of every reporter. */
export interface CoverageReport {
  levels: Level[];
  /** Markdown files the design globs found that are not feature designs, with the reason. */
  skipped?: Array<{ file: string; reason: string }>;
  /** Present when results were read (`--results`). */
  results?: ResultsSummary;
  summary: CoverageSummary;
  designs: DesignCoverage[];
  findings: Finding[];
}

/**
 * Config `perDesign.<slug>`: `levels` at which every requirement of a design without a surface
 * table is verified, or `measured: false` (with a `reason`) for one verified elsewhere.
 */
export interface DesignSetting {
  levels?: Level[];
  measured?: boolean;
  reason?: string;
}
