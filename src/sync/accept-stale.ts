import { formatBehaviorComment, parseBehaviorComment, parseProvenance } from '../shared/provenance.js';
import { SyncError } from './sync-error.js';

const FINGERPRINT_RE = /^[0-9a-f]{6,64}$/;
const BEHAVIOR_KEY = 'behavior=';

/**
 * Accept a changed surface row for a generated scenario: replace the
 * fingerprint on its provenance comment (`behavior=<hex>`, see
 * `src/shared/provenance.ts`) and leave every other byte as it was,
 * including indentation, spacing and the line ending.
 *
 * @param line 1-based line of the provenance comment (a BOM or CRLF does not shift it).
 * @throws {SyncError} `sync.invalidFingerprint` when `newFingerprint` is not 6–64
 *   lowercase hex digits, `sync.lineOutOfRange` when the file has no such line,
 *   `sync.notProvenance` when that line is not a provenance comment.
 */
export function replaceFingerprint(original: string, line: number, newFingerprint: string): string {
  if (!FINGERPRINT_RE.test(newFingerprint)) {
    throw new SyncError(
      'sync.invalidFingerprint',
      `Unexpected fingerprint \`${newFingerprint}\`, expected 6 to 64 lowercase hex digits`,
    );
  }
  const span = lineSpan(original, line);
  if (!span) {
    throw new SyncError('sync.lineOutOfRange', `Unexpected line ${line}, expected a line between 1 and ${countLines(original)}`);
  }
  let text = original.slice(span.start, span.end);
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (line === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
  if (!parseProvenance(text, line)) {
    throw new SyncError(
      'sync.notProvenance',
      `Unexpected \`${text.trim()}\` on line ${line}, expected a gherkin-bridge provenance comment (# gherkin-bridge: design=… row=… behavior=…)`,
    );
  }
  // The provenance pattern ends with `behavior=<hex>` and optional spaces, so
  // the last `behavior=` on the line is the fingerprint's, even when a design
  // slug happens to contain the same letters.
  const keyAt = original.lastIndexOf(BEHAVIOR_KEY, span.end - BEHAVIOR_KEY.length);
  const hexStart = keyAt + BEHAVIOR_KEY.length;
  let hexEnd = hexStart;
  while (hexEnd < span.end && isLowerHex(original.charCodeAt(hexEnd))) hexEnd++;
  return original.slice(0, hexStart) + newFingerprint + original.slice(hexEnd);
}

/** Start (inclusive) and end (exclusive, before `\n`) of a 1-based line, or null when out of range. */
function lineSpan(text: string, line: number): { start: number; end: number } | null {
  if (!Number.isInteger(line) || line < 1) return null;
  let start = 0;
  for (let current = 1; current < line; current++) {
    const lf = text.indexOf('\n', start);
    if (lf === -1) return null;
    start = lf + 1;
  }
  // A final line break does not open another line.
  if (start === text.length && start > 0) return null;
  const lf = text.indexOf('\n', start);
  return { start, end: lf === -1 ? text.length : lf };
}

function countLines(text: string): number {
  let lines = text.endsWith('\n') || text.length === 0 ? 0 : 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function isLowerHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102);
}

/**
 * Accept a stale generated scenario after review: refresh the fingerprint on
 * its provenance comment (line `line`) and, when the next line records the old
 * behavior (`# behavior: ...`), the recorded text. Only those two comments
 * change; the scenario's name, tags and steps stay as the user wrote them.
 */
export function acceptStale(original: string, line: number, newFingerprint: string, newBehavior: string): string {
  const text = replaceFingerprint(original, line, newFingerprint);
  const next = lineSpan(text, line + 1);
  if (!next) return text;
  let content = text.slice(next.start, next.end);
  if (content.endsWith('\r')) content = content.slice(0, -1);
  if (parseBehaviorComment(content) === null) return text;
  const indent = /^\s*/.exec(content)?.[0] ?? '';
  const replacement = `${indent}${formatBehaviorComment(newBehavior)}`;
  return text.slice(0, next.start) + replacement + text.slice(next.start + content.length);
}
