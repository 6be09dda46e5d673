import { FINDING_KINDS, type Finding, type FindingKind } from '../model.js';

/** A finding of `kind` at the kind's default severity (configuration applies later). */
export function finding(kind: FindingKind, fields: Omit<Finding, 'kind' | 'severity'>): Finding {
  return { kind, severity: FINDING_KINDS[kind].severity, ...fields };
}
