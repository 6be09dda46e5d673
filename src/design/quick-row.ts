import type { TableCell, TableRow } from 'mdast';

type Position = NonNullable<TableRow['position']>;
import { plainInline } from './plain-inline.js';

function span(line: number, offset: number, from: number, to: number): Position {
  return {
    start: { line, column: from + 1, offset: offset + from },
    end: { line, column: to + 1, offset: offset + to },
  };
}

function trimmedRange(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return [start, end];
}

/** Whether a row may start with `char` without a pipe: a letter cannot start any other block, so the line continues the table. */
function isLetter(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z'));
}

/**
 * A table body row read without the Markdown parser, when the line is simple
 * enough: it starts with a pipe (and has another) or with an ASCII letter,
 * and every cell is plain text (see {@link plainInline}). Null otherwise.
 * Only valid where a table is known to be open, since such a line then
 * continues it: it cannot start another block.
 *
 * @param text The line, without its line ending.
 * @param line Its 1-based line number.
 * @param offset Offset of its first character in the document.
 */
export function quickRow(text: string, line: number, offset: number): TableRow | null {
  const leading = text[0] === '|';
  if (!leading && !isLetter(text[0])) return null;
  // Cells lie between pipes; without a leading pipe, the first starts at the line's start.
  const pipes = [leading ? 0 : -1];
  for (let index = leading ? 1 : 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') {
      if (text[index + 1] !== '|') return null;
      index++;
    } else if (char === '|') {
      pipes.push(index);
    }
  }
  if (leading && pipes.length < 2) return null;
  const lastPipe = pipes[pipes.length - 1] ?? 0;
  // After the last pipe: one more cell, unless only whitespace is left.
  if (trimmedRange(text, lastPipe + 1, text.length)[0] !== text.length) pipes.push(text.length);
  const cells: TableCell[] = [];
  for (let index = 0; index + 1 < pipes.length; index++) {
    const open = pipes[index] ?? 0;
    const close = pipes[index + 1] ?? 0;
    const [from, to] = trimmedRange(text, open + 1, close);
    const children = plainInline(text.slice(from, to), true);
    if (children === null) return null;
    cells.push({ type: 'tableCell', children, position: span(line, offset, Math.max(open, 0), Math.min(close + 1, text.length)) });
  }
  return { type: 'tableRow', children: cells, position: span(line, offset, 0, text.length) };
}
