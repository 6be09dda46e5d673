/** The shared model of the pipeline (design -> features -> coverage -> report), and the finding kinds; it imports nothing. */

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

export interface FindingKindInfo {
  /** A few words, sentence case, no final period. */
  title: string;
  /** What was found, in one or two sentences. */
  description: string;
  /** What to do about it. */
  help: string;
  /** Severity before configuration changes it: the config default, and the default `--fail-on` when `error`. */
  severity: 'error' | 'warning';
}

const KINDS = {
  'parse-error': {
    title: 'File cannot be parsed',
    description:
      'A feature file is not valid Gherkin (or a design doc cannot be read as Markdown), so none of its scenarios count for coverage.',
    help: 'Fix the syntax at the reported line; the parser message names what it expected. Every other file is still checked.',
    severity: 'error',
  },
  'io-error': {
    title: 'File cannot be read',
    description: 'A design doc or feature file could not be read: it is missing, not readable, or not valid UTF-8.',
    help: 'Check the path, the file permissions and the encoding (UTF-8, with or without BOM).',
    severity: 'error',
  },
  'invalid-surface': {
    title: 'Acceptance test surface table cannot be read',
    description:
      'The "Acceptance test surface" table of a design lacks a required column, or a row names no requirement id, so the rows cannot be mapped to requirements.',
    help: 'Give the table the columns "Req", "Observable behavior" and "Verified by" (as in the spec-doc template) and start every row with requirement ids such as R1 or R2–R4.',
    severity: 'error',
  },
  uncovered: {
    title: 'Expected requirement has no scenario',
    description:
      'A requirement whose surface row is verified at a selected level (e2e by default) has no scenario tagged with its id in any feature file linked to the design.',
    help: 'Add a scenario tagged @design:<slug> and @<id> (`gherkin-bridge sync` writes a skeleton), or correct the "Verified by" cell if the requirement is not verified at that level.',
    severity: 'error',
  },
  'not-run': {
    title: 'Scenario exists but the suite never runs it',
    description:
      'An expected requirement has scenarios, but the run selects none of them (their files are not in the runner list, or the tag expression of --tags excludes them), or, with --results, none of them was executed.',
    help: 'Add the feature file to the runner list (for example tests/e2e/test_list.txt), change the tags the suite runs with, or move the scenario into a file the suite runs.',
    severity: 'error',
  },
  pending: {
    title: 'Requirement has only pending scenarios',
    description:
      'Every scenario that carries the requirement tag is pending: it carries the skip tag (also inherited from its Feature, Rule or Examples) or still has a TODO step that generate or sync wrote.',
    help: 'Write the steps of the skeleton and remove its skip tag; until then the requirement does not count as covered.',
    severity: 'warning',
  },
  failed: {
    title: 'Scenario failed in the test results',
    description:
      'A scenario tagged with a requirement failed in the results given with --results (a failed, undefined, ambiguous or pending step, as a strict cucumber-js run counts it).',
    help: 'Fix the test or the code; the message is the first line of the failure. The requirement is reported as failed until a run passes.',
    severity: 'error',
  },
  'unknown-result': {
    title: 'Result matches no scenario',
    description:
      'A test case in the results given with --results matches no scenario of the feature files read: the results are older than the feature files, or their paths are relative to another folder.',
    help: 'Run coverage in the folder the runner ran in (or with --cwd) on the results of the current suite.',
    severity: 'warning',
  },
  stale: {
    title: 'Generated scenario is out of date',
    description:
      "A generated scenario's provenance fingerprint no longer matches the observable behavior of its surface row: the design changed after the scenario was written.",
    help: "Review the scenario against the row's new behavior and update its steps, then refresh the fingerprint in its provenance comment.",
    severity: 'warning',
  },
  orphaned: {
    title: 'Tag points at nothing',
    description:
      'A scenario tag names something that does not exist: @design:<slug> names no design, or @<id> names no requirement of the linked design.',
    help: 'Fix the typo in the tag, add the missing requirement to the design, or remove the tag.',
    severity: 'error',
  },
  untraced: {
    title: 'Scenario has no requirement tag',
    description: "A scenario linked to a design carries no requirement tag, so it covers none of the design's requirements.",
    help: 'Tag the scenario with the ids of the requirements it verifies, for example @R1.',
    severity: 'warning',
  },
  'undefined-requirement': {
    title: 'Surface row names an undefined requirement',
    description: 'The Acceptance test surface table names a requirement id that the Requirements section does not define.',
    help: 'Define the requirement in the Requirements section, or correct the id in the table.',
    severity: 'warning',
  },
  'unmapped-requirement': {
    title: 'Requirement has no surface row',
    description:
      'A requirement of the Requirements section appears in no row of the Acceptance test surface table, so nothing says how it is verified.',
    help: 'Add a row for it with its observable behavior and how it is verified (e2e, integration, unit or manual).',
    severity: 'warning',
  },
  duplicate: {
    title: 'Duplicate definition',
    description:
      'Something that must be unique is defined twice, for example two design docs with the same slug; the second one is ignored.',
    help: 'Rename one of the two, or remove the copy.',
    severity: 'warning',
  },
  'unclassified-verification': {
    title: '"Verified by" names no known level',
    description:
      'The "Verified by" cell of a surface row names none of the known levels (e2e, integration, unit, manual), so the row gets the level unknown and is expected only when that level is selected.',
    help: 'Name the level in the cell, for example "e2e", "integration", "unit" or "manual verification".',
    severity: 'warning',
  },
  'missing-surface': {
    title: 'Design has no Acceptance test surface',
    description:
      'A design doc has no "Acceptance test surface" section; its requirements are treated as rows of unknown level, expected only when the level "unknown" is selected.',
    help: 'Add the section with a table "Req | Observable behavior | Verified by", as in the spec-doc template.',
    severity: 'warning',
  },
} satisfies Record<string, FindingKindInfo>;

/** Finding kinds produced by `coverage`. */
export type FindingKind = keyof typeof KINDS;

/** Every finding kind, in report order: unreadable files, coverage gaps, then traceability and design hygiene. */
export const FINDING_KINDS: Readonly<Record<FindingKind, FindingKindInfo>> = KINDS;

/** Every finding kind, in {@link FINDING_KINDS} order. */
export const FINDING_KIND_NAMES = Object.keys(KINDS) as readonly FindingKind[];

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
