import type { ScenarioEntry, ScenarioStatus, TestResult } from '../model.js';
import { testKey } from '../results/match-results.js';

/** What decides whether a scenario runs, and how it ended. */
export interface RunContext {
  /** The skip tag (`@skip`), or null: a scenario that carries it is pending. */
  skipTag: string | null;
  /** Feature files the runner list names, or null without one. */
  runnable: ReadonlySet<string> | null;
  /** The tag expression of the run (`--tags`), or null. */
  selects: ((tags: readonly string[]) => boolean) | null;
  /** Results by {@link testKey}, or null when no results were given. */
  results: ReadonlyMap<string, TestResult> | null;
}

/** Why a test case did not run. */
export type NotRunReason = 'runner-list' | 'tags' | 'no-result';

/** A test case (a scenario, or one row of an Outline) and what became of it. */
export interface TestCase {
  file: string;
  /** Line of the scenario, or of the Examples row. */
  line: number;
  scenarioLine: number;
  name: string;
  requirements: readonly string[];
  status: ScenarioStatus;
  message?: string;
  reason?: NotRunReason;
}

/**
 * The test cases of a scenario (one, or one per Outline row) and their status:
 * pending (skip tag or to-do step); else by the results when given (skipped or
 * missing is not-run); else covered when the runner list and tags select it.
 */
export function testCases(file: string, scenario: ScenarioEntry, run: RunContext): TestCase[] {
  const units = scenario.rows ?? [{ line: scenario.line, tags: scenario.tags, requirements: scenario.requirements.map((r) => r.id) }];
  return units.map(({ line, tags, requirements }) => {
    const base = { file, line, scenarioLine: scenario.line, name: scenario.name, requirements };
    if (scenario.todo || (run.skipTag !== null && tags.includes(run.skipTag))) return { ...base, status: 'pending' };
    if (run.results) {
      const result = run.results.get(testKey(file, line));
      if (!result || result.status === 'skipped') return { ...base, status: 'not-run', reason: 'no-result' };
      return result.status === 'failed'
        ? { ...base, status: 'failed', message: result.message ?? 'failed' }
        : { ...base, status: 'passed' };
    }
    if (run.runnable && !run.runnable.has(file)) return { ...base, status: 'not-run', reason: 'runner-list' };
    if (run.selects && !run.selects(tags)) return { ...base, status: 'not-run', reason: 'tags' };
    return { ...base, status: 'covered' };
  });
}
