import type { CoverageReport, FindingKind } from '../model.js';
import { plural } from '../shared/plural.js';

/** The gating policy of a run. */
export interface GatePolicy {
  failOn: readonly FindingKind[];
  /** Overall minimum coverage in percent, or null. */
  minCoverage: number | null;
  /** Minimum coverage per design slug. */
  minCoverageByDesign: Readonly<Record<string, number>>;
  /** Overall minimum verified percentage (passed over expected, with results), or null. */
  minVerified?: number | null;
}

/** Whether the run fails, and why, one reason a line. */
export interface GateResult {
  failed: boolean;
  reasons: string[];
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
  for (const [kind, count] of counts) reasons.push(`${plural(count, `${kind} finding`)} (--fail-on ${kind})`);
  // Nothing expected is "n/a": no minimum applies to it.
  const below = (what: string, actual: number | null | undefined, minimum: number | null | undefined): void => {
    if (minimum === null || minimum === undefined || actual === null || actual === undefined || actual >= minimum) return;
    reasons.push(`${what} ${actual}% is below ${what.includes(' of ') ? 'its' : 'the'} minimum ${minimum}% by ${Math.round((minimum - actual) * 10) / 10} points`);
  };
  below('coverage', report.summary.coverage, policy.minCoverage);
  if (policy.minVerified != null) {
    if (!report.results) reasons.push(`--min-verified ${policy.minVerified}% needs test results (--results)`);
    else below('verified', report.summary.verified, policy.minVerified);
  }
  for (const design of report.designs) below(`coverage of ${design.slug}`, design.coverage, policy.minCoverageByDesign[design.slug]);
  return { failed: reasons.length > 0, reasons };
}
