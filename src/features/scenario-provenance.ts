import type { Comment } from '@cucumber/messages';
import { parseBehaviorComment, parseProvenance } from '../shared/provenance.js';
import type { Provenance } from '../model.js';
import { isHeaderLine, sourceLines } from './source-lines.js';

const MARKER = 'gherkin-bridge:';

/**
 * Provenance comments by the keyword line (of `scenarioLines`, ascending) of the scenario they
 * belong to: the nearest one in the blank, comment and tag lines directly above it.
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
    if (scenarioLine !== previous || start === 0) {
      // The run of blank, comment and tag lines just above the keyword; `lines[n - 1]` is line n.
      start = scenarioLine;
      while (start > 1 && isHeaderLine(lines[start - 2] ?? '')) start--;
    }
    if (provenance.line >= start) found.set(scenarioLine, provenance);
  }
  return found;
}
