import type { CoverageReport, FindingKind } from '../model.js';

/** The gating policy of a run. */
export interface GatePolicy {
  failOn: readonly FindingKind[];
  /** Overall minimum coverage in percent, or null. */
  minCoverage: number | null;
  /** Minimum coverage per design slug. */
  minCoverageByDesign: Readonly<Record<string, number>>;
}

/** Whether the run fails, and why, one reason a line. */
export interface GateResult {
  failed: boolean;
  reasons: string[];
}

function shortfall(actual: number, minimum: number): string {
  return (Math.round((minimum - actual) * 10) / 10).toString();
}

/**
 * Apply the policy: a finding of a `failOn` kind fails the run, and so does
 * coverage below a minimum (overall or of one design), saying by how much.
 */
export function gate(report: CoverageReport, policy: GatePolicy): GateResult {
  const reasons: string[] = [];
  const failing = new Set(policy.failOn);
  const counts = new Map<string, number>();
  for (const finding of report.findings) {
    if (failing.has(finding.kind)) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  }
  for (const [kind, count] of counts) reasons.push(`${count} ${kind} finding${count === 1 ? '' : 's'} (--fail-on ${kind})`);
  const overall = report.summary.coverage;
  if (policy.minCoverage !== null && overall < policy.minCoverage) {
    reasons.push(
      `coverage ${overall}% is below the minimum ${policy.minCoverage}% by ${shortfall(overall, policy.minCoverage)} points`,
    );
  }
  for (const design of report.designs) {
    const minimum = policy.minCoverageByDesign[design.slug];
    if (minimum !== undefined && design.coverage < minimum) {
      reasons.push(
        `coverage of ${design.slug} ${design.coverage}% is below its minimum ${minimum}% by ${shortfall(design.coverage, minimum)} points`,
      );
    }
  }
  return { failed: reasons.length > 0, reasons };
}
