import type { AcceptanceCriterion, Design, SurfaceRow } from '../model.js';

/** Which acceptance criterion gives each row its steps, and the criteria that are scenarios of their own. */
export interface CriteriaPlan {
  byRow: Map<SurfaceRow, AcceptanceCriterion>;
  standalone: AcceptanceCriterion[];
}

/** Give each row, in order, the first criterion left that names one of its requirements; the rest stand alone. */
export function planCriteria(design: Design, rows: readonly SurfaceRow[]): CriteriaPlan {
  const byRow = new Map<SurfaceRow, AcceptanceCriterion>();
  const left = [...(design.acceptanceCriteria ?? [])];
  for (const row of rows) {
    const at = left.findIndex((criterion) => criterion.ids.some((id) => row.requirements.includes(id)));
    if (at >= 0) byRow.set(row, left.splice(at, 1)[0] as AcceptanceCriterion);
  }
  return { byRow, standalone: left };
}

/** Provenance row key of a criterion that is a scenario of its own: it names no surface row, so stale never compares it with one. */
export const CRITERION_ROW = 'criterion';
