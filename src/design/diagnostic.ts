import type { Diagnostic, Severity } from '../model.js';

/** Kinds of diagnostic that design extraction produces. */
export type DesignDiagnosticKind =
  | 'invalid-surface'
  | 'unclassified-verification'
  | 'missing-surface'
  | 'duplicate'
  | 'parse-error';

/** Build a diagnostic attached to `file` at `line`. */
export function diagnostic(
  kind: DesignDiagnosticKind,
  severity: Severity,
  message: string,
  file: string,
  line: number,
): Diagnostic {
  return { kind, severity, message, file, line };
}
