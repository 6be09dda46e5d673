import type { ResultStatus } from '../model.js';

/** Step or scenario statuses that fail a strict run (cucumber-js `--strict`, behave's undefined steps). */
const FAILING = new Set(['failed', 'undefined', 'ambiguous', 'pending', 'error']);

/** A test case's status from its steps' (any case): failed if any fails strictly, passed if all passed (or none), else skipped. */
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
