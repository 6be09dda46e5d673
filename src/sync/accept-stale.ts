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
  const lines = original.split('\n');
  if (!Number.isInteger(line) || line < 1 || line > lastLine(original, lines)) {
    const count = lines.length - (original.endsWith('\n') || original === '' ? 1 : 0);
    throw new SyncError('sync.lineOutOfRange', `Unexpected line ${line}, expected a line between 1 and ${count}`);
  }
  const raw = lines[line - 1] as string;
  let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
  if (!parseProvenance(text, line)) {
    throw new SyncError(
      'sync.notProvenance',
      `Unexpected \`${text.trim()}\` on line ${line}, expected a gherkin-bridge provenance comment (# gherkin-bridge: design=… row=… behavior=…)`,
    );
  }
  // The pattern ends with `behavior=<hex>`: the last `behavior=` is the fingerprint's, whatever the slug holds.
  const hexStart = raw.lastIndexOf(BEHAVIOR_KEY) + BEHAVIOR_KEY.length;
  const hex = /^[0-9a-f]*/.exec(raw.slice(hexStart))?.[0] ?? '';
  lines[line - 1] = raw.slice(0, hexStart) + newFingerprint + raw.slice(hexStart + hex.length);
  return lines.join('\n');
}

/** The number of the last line of `text` split at `\n` (a final line break does not open another). */
function lastLine(text: string, lines: readonly string[]): number {
  return lines.length - (text.endsWith('\n') ? 1 : 0);
}

/** Accept a stale generated scenario: refresh the fingerprint at `line` and the `# behavior:` comment after it, if any. */
export function acceptStale(original: string, line: number, newFingerprint: string, newBehavior: string): string {
  const text = replaceFingerprint(original, line, newFingerprint);
  const lines = text.split('\n');
  if (line + 1 > lastLine(text, lines)) return text;
  const raw = lines[line] as string;
  const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (parseBehaviorComment(content) === null) return text;
  lines[line] = `${/^\s*/.exec(content)?.[0] ?? ''}${formatBehaviorComment(newBehavior)}${raw.slice(content.length)}`;
  return lines.join('\n');
}
