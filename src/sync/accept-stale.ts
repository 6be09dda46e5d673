import { formatBehaviorComment, parseBehaviorComment, parseProvenance } from '../shared/provenance.js';
import { SyncError } from './sync-error.js';

const FINGERPRINT_RE = /^[0-9a-f]{6,64}$/;
const BEHAVIOR_KEY = 'behavior=';

/**
 * Replace the fingerprint (`behavior=<hex>`) on the provenance comment at 1-based `line`; every other byte stays.
 *
 * @throws {SyncError} `sync.invalidFingerprint`, `sync.lineOutOfRange` or `sync.notProvenance`.
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
    const count = original.split('\n').length - (original.endsWith('\n') || original === '' ? 1 : 0);
    throw new SyncError('sync.lineOutOfRange', `Unexpected line ${line}, expected a line between 1 and ${count}`);
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
  // The pattern ends with `behavior=<hex>`: the last `behavior=` is the fingerprint's, whatever the slug holds.
  const keyAt = original.lastIndexOf(BEHAVIOR_KEY, span.end - BEHAVIOR_KEY.length);
  const hexStart = keyAt + BEHAVIOR_KEY.length;
  const hex = /^[0-9a-f]*/.exec(original.slice(hexStart, span.end))?.[0] ?? '';
  return original.slice(0, hexStart) + newFingerprint + original.slice(hexStart + hex.length);
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

/** Accept a stale generated scenario: refresh the fingerprint at `line` and the `# behavior:` comment after it, if any. */
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
