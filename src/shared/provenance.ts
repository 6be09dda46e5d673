import { createHash } from 'node:crypto';
import type { Provenance } from '../model.js';

/**
 * Start of the provenance comment above a generated scenario's tags
 * (`# gherkin-bridge: design=<slug> row=<R1,R2> behavior=<fingerprint>`): a
 * comment, so runners ignore it and editing the scenario keeps the link.
 */
export const PROVENANCE_PREFIX = '# gherkin-bridge:';

const PROVENANCE_RE =
  /^\s*#\s*gherkin-bridge:\s+design=(\S+)\s+row=(\S+)\s+behavior=([0-9a-f]{6,64})\s*$/;

/** Collapse whitespace so that reflowing a table cell does not count as a change. */
export function normalizeBehavior(behavior: string): string {
  return behavior.replace(/\s+/g, ' ').trim();
}

/** Fingerprint of a surface row's observable behavior: 12 hex digits of SHA-256. */
export function fingerprint(behavior: string): string {
  return createHash('sha256').update(normalizeBehavior(behavior), 'utf8').digest('hex').slice(0, 12);
}

/** The comment text (without indentation or line ending). */
export function formatProvenance(design: string, row: readonly string[], behavior: string): string {
  return `${PROVENANCE_PREFIX} design=${design} row=${row.join(',')} behavior=${fingerprint(behavior)}`;
}

// Greedy to the end, then trimmed: a lazy `(.*?)\s*$` is quadratic on long runs of spaces.
const BEHAVIOR_RE = /^\s*#\s*behavior:[ \t]?(.*)$/s;

/** The `# behavior:` comment after the provenance comment, recording the row's behavior; `behavior` must be one line. */
export function formatBehaviorComment(behavior: string): string {
  return `# behavior: ${normalizeBehavior(behavior)}`;
}

/** The behavior text recorded by a `# behavior:` comment line, or null when the line is not one. */
export function parseBehaviorComment(comment: string): string | null {
  const match = BEHAVIOR_RE.exec(comment);
  return match ? (match[1] ?? '').trimEnd() : null;
}

/** Parse one comment line; null when it is not a provenance comment. */
export function parseProvenance(comment: string, line: number): Provenance | null {
  const match = PROVENANCE_RE.exec(comment);
  if (!match) return null;
  const [, design, row, fp] = match as unknown as [string, string, string, string];
  return { design, row: row.split(',').filter(Boolean), fingerprint: fp, line };
}
