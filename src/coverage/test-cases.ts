import type { ScenarioEntry, ScenarioStatus } from '../model.js';
import { testKey } from '../results/match-results.js';
import type { CoverageOptions } from './compute-coverage.js';

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
export function testCases(file: string, scenario: ScenarioEntry, options: CoverageOptions): TestCase[] {
  const units = scenario.rows ?? [{ line: scenario.line, tags: scenario.tags, requirements: scenario.requirements.map((r) => r.id) }];
  return units.map(({ line, tags, requirements }) => {
    const base = { file, line, scenarioLine: scenario.line, name: scenario.name, requirements };
    if (scenario.todo || (options.skipTag != null && tags.includes(options.skipTag))) return { ...base, status: 'pending' };
    if (options.results) {
      const result = options.results.byKey.get(testKey(file, line));
      if (!result || result.status === 'skipped') return { ...base, status: 'not-run', reason: 'no-result' };
      return result.status === 'failed'
        ? { ...base, status: 'failed', message: result.message ?? 'failed' }
        : { ...base, status: 'passed' };
    }
    if (options.runnable && !options.runnable.has(file)) return { ...base, status: 'not-run', reason: 'runner-list' };
    if (options.selects && !options.selects(tags)) return { ...base, status: 'not-run', reason: 'tags' };
    return { ...base, status: 'covered' };
  });
}
