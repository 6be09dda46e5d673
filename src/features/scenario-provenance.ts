import type { Comment } from '@cucumber/messages';
import { parseBehaviorComment, parseProvenance } from '../shared/provenance.js';
import type { Provenance } from '../model.js';
import { isHeaderLine, sourceLines } from './source-lines.js';

const MARKER = 'gherkin-bridge:';

/**
 * Provenance comments by the line of the scenario they belong to: the one
 * nearest the keyword line in the block of blank, comment and tag lines
 * directly above it. `scenarioLines` are the keyword lines, ascending.
 */
export function scenarioProvenance(
  text: string,
  comments: readonly Comment[],
  scenarioLines: readonly number[],
): Map<number, Provenance> {
  const found = new Map<number, Provenance>();
  const candidates: Provenance[] = [];
  for (const [k, comment] of comments.entries()) {
    if (!comment.text.includes(MARKER)) continue;
    const provenance = parseProvenance(comment.text, comment.location.line);
    if (!provenance) continue;
    // The comment on the next line may record the row's behavior text, for stale reports.
    const next = comments[k + 1];
    const behavior = next && next.location.line === provenance.line + 1 ? parseBehaviorComment(next.text) : null;
    candidates.push(behavior === null ? provenance : { ...provenance, behavior });
  }
  if (candidates.length === 0) return found;

  const lines = sourceLines(text);
  // Comments come in file order, so the scenario after each is found in one walk.
  let next = 0;
  let start = 0;
  for (const provenance of candidates) {
    const previous = scenarioLines[next];
    while ((scenarioLines[next] ?? Infinity) <= provenance.line) next++;
    const scenarioLine = scenarioLines[next];
    if (scenarioLine === undefined) break;
    if (scenarioLine !== previous || start === 0) start = headerBlockStart(lines, scenarioLine);
    if (provenance.line >= start) found.set(scenarioLine, provenance);
  }
  return found;
}

/**
 * First line of the run of blank, comment and tag lines that ends just above
 * `scenarioLine` (a doc string's closing delimiter is content: it ends the run).
 */
function headerBlockStart(lines: readonly string[], scenarioLine: number): number {
  let line = scenarioLine - 1;
  // Lines are 1-based; `lines[line - 1]` is line `line`.
  while (line >= 1 && isHeaderLine(lines[line - 1] ?? '')) line--;
  return line + 1;
}
