import type { CoverageSummary, DesignCoverage, Finding } from '../model.js';
import { percentage } from './percentage.js';

/** Totals over all designs and findings. */
export function summarize(
  designs: readonly DesignCoverage[],
  featureFiles: number,
  scenarios: number,
  findings: readonly Finding[],
): CoverageSummary {
  const expected = designs.reduce((sum, d) => sum + d.expected, 0);
  const covered = designs.reduce((sum, d) => sum + d.covered, 0);
  const byKind: Record<string, number> = {};
  for (const finding of findings) byKind[finding.kind] = (byKind[finding.kind] ?? 0) + 1;
  return {
    designs: designs.length,
    featureFiles,
    scenarios,
    requirements: designs.reduce((sum, d) => sum + d.requirements.length, 0),
    expected,
    covered,
    uncovered: expected - covered,
    coverage: percentage(covered, expected),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    findings: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}
