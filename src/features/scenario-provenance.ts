import type { Comment } from '@cucumber/messages';
import { parseBehaviorComment, parseProvenance } from '../shared/provenance.js';
import type { Provenance } from '../model.js';
import { sourceLines } from './source-lines.js';

const MARKER = 'gherkin-bridge:';

/**
 * Provenance comments by the line of the scenario they belong to.
 *
 * A provenance comment belongs to a scenario when it sits in the block of
 * blank, comment and tag lines directly above the scenario keyword line, that
 * is after the previous content (step, table, doc string, description, keyword
 * line). When a block holds several, the one nearest the scenario wins.
 *
 * @param scenarioLines Lines of every Scenario / Outline keyword, ascending.
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
  const cache = new Map<number, number>();
  for (const provenance of candidates) {
    const scenarioLine = firstAfter(scenarioLines, provenance.line);
    if (scenarioLine === undefined) continue;
    let start = cache.get(scenarioLine);
    if (start === undefined) {
      start = headerBlockStart(lines, scenarioLine);
      cache.set(scenarioLine, start);
    }
    if (provenance.line >= start) found.set(scenarioLine, provenance);
  }
  return found;
}

/** First line of the run of blank, comment and tag lines that ends just above `scenarioLine`. */
function headerBlockStart(lines: readonly string[], scenarioLine: number): number {
  let line = scenarioLine - 1;
  // Lines are 1-based; `lines[line - 1]` is line `line`.
  while (line >= 1 && isHeaderLine(lines[line - 1] ?? '')) line--;
  return line + 1;
}

/**
 * Outside doc strings (whose closing delimiter is content and so ends the
 * block first), a line starting with `#` is a comment and one starting with
 * `@` a tag line.
 */
function isHeaderLine(text: string): boolean {
  const trimmed = text.trimStart();
  return trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('@');
}

/** Smallest value in the ascending `values` that is greater than `after`. */
function firstAfter(values: readonly number[], after: number): number | undefined {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? Infinity) > after) high = mid;
    else low = mid + 1;
  }
  return values[low];
}
