/** Small text clean-ups shared by the reporters and the commands that print findings. */
import type { CoverageReport, Finding, StatusCounts } from '../model.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// CR, LF, the other C0 controls (tab included), DEL, NEL and the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const BREAKS_AND_CONTROLS = /[\u0000-\u001F\u007F\u0085\u2028\u2029]/g;

const NONCHARACTERS = /[\uFFFE\uFFFF]/g;

/** Replace lone surrogates (which no UTF encoding can carry) with U+FFFD. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Text that must stay on one line: breaks and controls become spaces; lone surrogates, U+FFFE and U+FFFF become U+FFFD. */
export function singleLine(text: string): string {
  return toWellFormed(text.replace(BREAKS_AND_CONTROLS, ' ')).replace(NONCHARACTERS, '\uFFFD');
}

// Controls (as above, less tab), zero-width and bidirectional formatting characters, the BOM: invisible or harmful on a terminal.
// eslint-disable-next-line no-control-regex -- escaping control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** Text for a terminal line: control and invisible characters shown escaped (`\x1b`, `\n`, `\u200b`), so no ESC recolours it and no newline starts a line (such as `::error`). */
export function visible(text: string): string {
  return toWellFormed(text).replace(INVISIBLE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** `file:line: severity [kind] message`, the line every command prints for a finding, {@link visible}. */
export function diagnosticLine(d: { file: string; line: number; severity: string; kind: string; message: string }): string {
  return `${visible(d.file)}:${d.line}: ${d.severity} [${d.kind}] ${visible(d.message)}`;
}

/** `file:line`, or just `file` when the line is unknown (0 or less). */
export function formatLocation(file: string, line: number): string {
  return line >= 1 ? `${file}:${line}` : file;
}

/** A coverage percentage as the model holds it (already rounded), with a `%`; `n/a` when nothing is expected. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : `${value}%`;
}

/** Expected requirements with a test that runs: covered, passed or failed. */
export function withTest(counts: StatusCounts): number {
  return counts.covered + (counts.passed ?? 0) + (counts.failed ?? 0);
}

/** `3/4 expected requirements covered (75%): 2 passed, 1 failed, 1 pending; verified 50%` (zero counts left out). */
export function countsSentence(counts: StatusCounts): string {
  const { failed, uncovered, pending, notRun, covered, passed } = counts;
  const all = { failed, uncovered, pending, 'not-run': notRun, covered, passed };
  const list = Object.entries(all).filter(([, count]) => (count ?? 0) > 0).map(([status, count]) => `${count} ${status}`);
  const verified = counts.verified !== undefined ? `; verified ${formatPercent(counts.verified)}` : '';
  return (
    `${withTest(counts)}/${counts.expected} expected requirements covered (${formatPercent(counts.coverage)})` +
    (list.length > 0 ? `: ${list.join(', ')}` : '') +
    verified
  );
}

/** The report's findings by the slug of their design, and those tied to no design of the report. */
export function findingsByDesign(report: CoverageReport): { byDesign: Map<string, Finding[]>; loose: Finding[] } {
  const byDesign = new Map(report.designs.map((design) => [design.slug, [] as Finding[]]));
  const loose: Finding[] = [];
  for (const finding of report.findings) {
    ((finding.design !== undefined && byDesign.get(finding.design)) || loose).push(finding);
  }
  return { byDesign, loose };
}
