import type { FindingKind } from '../model.js';

/** What a finding kind means, for reporters (SARIF rules, HTML tooltips) and the README. */
export interface FindingKindInfo {
  /** A few words, sentence case, no final period. */
  title: string;
  /** What was found, in one or two sentences. */
  description: string;
  /** What to do about it. */
  help: string;
  /** Severity before configuration changes it (the same as the config defaults). */
  severity: 'error' | 'warning';
}

/** Every finding kind, in report order: unreadable files, coverage gaps, then traceability and design hygiene. */
export const FINDING_KINDS: Readonly<Record<FindingKind, FindingKindInfo>> = {
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
};

/** Finding kinds in {@link FINDING_KINDS} order. */
export const FINDING_KIND_ORDER: readonly FindingKind[] = Object.keys(FINDING_KINDS) as FindingKind[];
