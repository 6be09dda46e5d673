import type { Diagnostic } from '../model.js';
import { diagnostic } from './diagnostic.js';
import { parseBlocks } from './parse-markdown.js';
import { nodesOfType } from './walk.js';

/** Most link, emphasis and code marks a block may hold: the parser's time is quadratic in their number (real designs hold a few dozen). */
export const MAX_MARKS = 256;

/** A mark, or a backslash escape (left as it is: an escaped mark is text already). */
const MARK_OR_ESCAPE = /\\[!-/:-@[-`{-~]|[[\]*_~`<]/g;

function countMarks(text: string): number {
  let count = 0;
  for (const [match] of text.matchAll(MARK_OR_ESCAPE)) if (match.length === 1) count++;
  return count;
}

/** Whether some run of non-blank lines (a paragraph never spans a blank line) holds more than {@link MAX_MARKS} marks. */
function mayBeCrowded(source: string): boolean {
  return source.split(/\n[ \t]*\n/).some((run) => run.length > MAX_MARKS && countMarks(run) > MAX_MARKS);
}

/** Escape the marks of every block holding more than {@link MAX_MARKS} (lines keep their numbers), with one warning. */
export function guardMarks(source: string, file: string): { source: string; warning: Diagnostic | null } {
  if (!mayBeCrowded(source)) return { source, warning: null };
  const parts: string[] = [];
  let copied = 0;
  let crowded = 0;
  let warning: Diagnostic | null = null;
  for (const block of nodesOfType(parseBlocks(source).children, 'paragraph', 'heading', 'tableCell')) {
    const start = block.position?.start.offset ?? 0;
    const end = block.position?.end.offset ?? start;
    const text = source.slice(start, end);
    const count = countMarks(text);
    if (count <= MAX_MARKS) continue;
    crowded++;
    const message = `Unexpected ${count} link, emphasis and code marks in one block, expected at most ${MAX_MARKS}; read as plain text`;
    warning ??= diagnostic('parse-error', 'warning', message, file, block.position?.start.line ?? 1);
    parts.push(source.slice(copied, start), text.replace(MARK_OR_ESCAPE, (match) => (match.length === 1 ? `\\${match}` : match)));
    copied = end;
  }
  if (warning === null) return { source, warning };
  if (crowded > 1) warning.message += ` (and ${crowded - 1} more such ${crowded === 2 ? 'block' : 'blocks'})`;
  parts.push(source.slice(copied));
  return { source: parts.join(''), warning };
}
