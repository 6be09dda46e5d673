import type { Design, Finding } from '../model.js';
import { normalizeBehavior } from '../shared/provenance.js';

/** What a change touched: feature files, and per design the requirement ids and lines of changed rows. */
export interface ChangeScope {
  /** Files whose every finding is in scope: feature files changed since the ref, and designs added since it. */
  files: ReadonlySet<string>;
  /** Design slug -> requirement ids whose rows were added, changed or removed. */
  requirements: ReadonlyMap<string, ReadonlySet<string>>;
  /** Design path -> lines of rows that were added or changed. */
  lines: ReadonlyMap<string, ReadonlySet<number>>;
}

function rowSignature(ids: readonly string[], behavior: string, verifiedBy: string): string {
  return `${ids.join(',')}\u0000${normalizeBehavior(behavior)}\u0000${normalizeBehavior(verifiedBy)}`;
}

/** Lines and ids of the surface rows added or changed since `previous` (null: the design is new), plus ids of removed rows. */
export function changedRows(previous: Design | null, current: Design): { ids: Set<string>; lines: Set<number> } {
  const before = new Map<string, number>();
  for (const row of previous?.surface ?? []) {
    const key = rowSignature(row.requirements, row.behavior, row.verifiedBy);
    before.set(key, (before.get(key) ?? 0) + 1);
  }
  const ids = new Set<string>();
  const lines = new Set<number>();
  for (const row of current.surface) {
    const key = rowSignature(row.requirements, row.behavior, row.verifiedBy);
    const left = before.get(key) ?? 0;
    if (left > 0) {
      before.set(key, left - 1);
      continue;
    }
    lines.add(row.line);
    for (const id of row.requirements) ids.add(id);
  }
  for (const [key, left] of before) {
    if (left === 0) continue;
    for (const id of (key.split('\u0000')[0] ?? '').split(',').filter(Boolean)) ids.add(id);
  }
  return { ids, lines };
}

/**
 * Whether a finding lies in what the change touched: in a scope file, at a changed row, or about a
 * requirement whose row changed (so a scenario the change left stale or orphaned counts, wherever it is).
 */
export function inScope(finding: Finding, scope: ChangeScope): boolean {
  if (scope.files.has(finding.file)) return true;
  if (scope.lines.get(finding.file)?.has(finding.line)) return true;
  if (finding.design !== undefined && finding.requirement !== undefined) {
    return scope.requirements.get(finding.design)?.has(finding.requirement) ?? false;
  }
  return false;
}
