import type { ResultStatus } from '../model.js';

/** Step or scenario statuses that fail a strict run (cucumber-js `--strict`, behave's undefined steps). */
const FAILING = new Set(['failed', 'undefined', 'ambiguous', 'pending', 'error']);

/**
 * The status of a test case from the statuses of its steps (any case): failed
 * when any step failed or was undefined, ambiguous or pending; passed when
 * every step passed (or it has none); skipped otherwise.
 */
export function worstStatus(statuses: readonly string[]): ResultStatus {
  const lower = statuses.map((status) => status.toLowerCase());
  if (lower.some((status) => FAILING.has(status))) return 'failed';
  return lower.every((status) => status === 'passed') ? 'passed' : 'skipped';
}

/** The first non-empty line of a failure message, trimmed, or null. */
export function firstLine(message: string | null | undefined): string | null {
  if (!message) return null;
  const line = message.split(/\r?\n/).find((text) => text.trim() !== '' && text.trim() !== 'None');
  return line ? line.trim() : null;
}
