import type { CoverageSummary, DesignCoverage, Finding } from '../model.js';
import { statusCounts } from './status-counts.js';

/** Totals over all designs and findings; the percentages count only expected requirements. */
export function summarize(
  designs: readonly DesignCoverage[],
  featureFiles: number,
  scenarios: number,
  findings: readonly Finding[],
  withResults = false,
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
