import type { RequirementCoverage, RequirementStatus, ScenarioStatus, StatusCounts } from '../model.js';
import { percentage } from './percentage.js';

/** Scenario statuses from least to most telling: a requirement takes the most telling of its scenarios'. */
const BY_TELLING: readonly ScenarioStatus[] = ['pending', 'not-run', 'covered', 'passed', 'failed'];

/** The most telling of some statuses, or null for none. */
export function mostTelling(statuses: readonly ScenarioStatus[]): ScenarioStatus | null {
  let best: ScenarioStatus | null = null;
  for (const status of statuses) if (best === null || BY_TELLING.indexOf(status) > BY_TELLING.indexOf(best)) best = status;
  return best;
}

/**
 * Count expected requirements per status. Coverage is (covered + passed + failed) / expected (a failing
 * test is a test); verified, with results, is passed / expected. Both are null when nothing is expected.
 */
export function statusCounts(requirements: readonly Pick<RequirementCoverage, 'status'>[], withResults: boolean): StatusCounts {
  const count: Partial<Record<RequirementStatus, number>> = {};
  for (const { status } of requirements) count[status] = (count[status] ?? 0) + 1;
  const n = (status: RequirementStatus): number => count[status] ?? 0;
  const expected = requirements.length - n('not-expected');
  const counts: StatusCounts = {
    expected,
    covered: n('covered'),
    uncovered: n('uncovered'),
    pending: n('pending'),
    notRun: n('not-run'),
    coverage: percentage(n('covered') + n('passed') + n('failed'), expected),
  };
  if (withResults) Object.assign(counts, { passed: n('passed'), failed: n('failed'), verified: percentage(n('passed'), expected) });
  return counts;
}
