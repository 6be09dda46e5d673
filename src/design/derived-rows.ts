import type { Requirement, SurfaceRow } from '../model.js';

/** Surface rows standing in for a missing surface table: one per requirement, its text as the behavior, level unknown. */
export function deriveRows(requirements: readonly Requirement[]): SurfaceRow[] {
  return requirements.map((requirement) => ({
    requirements: [requirement.id],
    behavior: requirement.text,
    verifiedBy: '',
    levels: ['unknown'],
    line: requirement.line,
    extra: {},
    derived: true,
  }));
}
