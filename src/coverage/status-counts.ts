import type { CoverageSummary, DesignCoverage, Finding, RequirementCoverage, RequirementStatus, ScenarioStatus, StatusCounts } from '../model.js';

/** Scenario statuses from least to most telling: a requirement takes the most telling of its scenarios'. */
const BY_TELLING: readonly ScenarioStatus[] = ['pending', 'not-run', 'covered', 'passed', 'failed'];

/** The most telling of some statuses, or null for none. */
export function mostTelling(statuses: readonly ScenarioStatus[]): ScenarioStatus | null {
  let best: ScenarioStatus | null = null;
  for (const status of statuses) if (best === null || BY_TELLING.indexOf(status) > BY_TELLING.indexOf(best)) best = status;
  return best;
}

/** part / expected as a percentage rounded down to one decimal; null ("n/a") when nothing is expected. */
function percentage(part: number, expected: number): number | null {
  return expected === 0 ? null : Math.floor((part / expected) * 1000) / 10;
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

/** Totals over all designs and findings; the percentages count only expected requirements. */
export function summarize(
  designs: readonly DesignCoverage[],
  featureFiles: number,
  scenarios: number,
  findings: readonly Finding[],
  withResults: boolean,
): CoverageSummary {
  const byKind: Record<string, number> = {};
  for (const finding of findings) byKind[finding.kind] = (byKind[finding.kind] ?? 0) + 1;
  const requirements = designs.flatMap((design) => design.requirements);
  return {
    designs: designs.length,
    featureFiles,
    scenarios,
    requirements: requirements.length,
    ...statusCounts(requirements, withResults),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    findings: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}
