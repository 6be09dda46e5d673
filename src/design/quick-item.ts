import type { ListItem, PhrasingContent } from 'mdast';
import { lineStart, lineText, type LineIndex } from './line-index.js';
import { isBlank, isBulletAtStart, isHeadingAtStart } from './line-shapes.js';
import { plainInline } from './plain-inline.js';

type Position = NonNullable<ListItem['position']>;

const LEAD_WORD = /^\*\*([A-Za-z0-9]+:?)\*\*/;

function isWordStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0x80;
}

/**
 * The inline content of a one-line list item: plain text (see
 * {@link plainInline}) that starts with a letter, optionally led by one bold
 * word such as `**R1:**` or `**R1**:`. Null for anything else.
 */
function itemContent(content: string): PhrasingContent[] | null {
  const lead = LEAD_WORD.exec(content);
  if (lead === null) {
    if (!isWordStart(content.charCodeAt(0))) return null;
    return plainInline(content, false);
  }
  const word = lead[1] ?? '';
  const after = content[lead[0].length];
  // `**R1:**` closes only before whitespace or the end: a closing `**` after punctuation must be followed by it.
  if (word.endsWith(':') && after !== undefined && after !== ' ' && after !== '\t') return null;
  const rest = plainInline(content.slice(lead[0].length), false);
  if (rest === null) return null;
  return [{ type: 'strong', children: [{ type: 'text', value: word }] }, ...rest];
}

/**
 * A bullet list item that is one line of plain text (`- **R1:** text`), read
 * without the Markdown parser; null when the line is anything more. The caller
 * checks that the next line ends the item (a blank line, a heading or another
 * item).
 *
 * @param text The line, without its line ending.
 * @param line Its 1-based line number.
 * @param offset Offset of its first character in the document.
 */
export function quickItem(text: string, line: number, offset: number): ListItem | null {
  const marker = text[0];
  if (marker !== '-' && marker !== '*' && marker !== '+') return null;
  let from = 1;
  while (text[from] === ' ') from++;
  // One to four spaces after the marker; five or more would make indented code.
  if (from === 1 || from > 5) return null;
  let to = text.length;
  while (to > from && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--;
  const children = itemContent(text.slice(from, to));
  if (children === null) return null;
  const position: Position = {
    start: { line, column: 1, offset },
    end: { line, column: to + 1, offset: offset + to },
  };
  const paragraphPosition: Position = { start: { line, column: from + 1, offset: offset + from }, end: position.end };
  return {
    type: 'listItem',
    spread: false,
    checked: null,
    children: [{ type: 'paragraph', children, position: paragraphPosition }],
    position,
  };
}

/**
 * The first line after a one-line bullet item at `line` when the item surely
 * ends there (the next line is a heading, another item, or blank lines and
 * then a line at column 1 or the end), or -1.
 */
function lineAfterItem(lines: LineIndex, line: number): number {
  const next = line + 1;
  if (next >= lines.count) return lines.count;
  const text = lineText(lines, next);
  if (isHeadingAtStart(text) || isBulletAtStart(text)) return next;
  if (!isBlank(text)) return -1;
  let after = next + 1;
  while (after < lines.count && isBlank(lineText(lines, after))) after++;
  if (after >= lines.count) return lines.count;
  const first = lineText(lines, after)[0];
  return first === ' ' || first === '\t' ? -1 : after;
}

/** A one-line item read by {@link quickItem}, and the line after it. */
export interface QuickItem {
  item: ListItem;
  /** The bullet character, which decides whether two items share a list. */
  marker: string;
  next: number;
}

/**
 * The one-line bullet item at `line` (0-based) of a document and the line
 * after it, when {@link quickItem} reads it and the item surely ends with the
 * line; otherwise null. `line` must be where a new block starts.
 */
export function quickItemAt(lines: LineIndex, line: number): QuickItem | null {
  const text = lineText(lines, line);
  if (!isBulletAtStart(text)) return null;
  const next = lineAfterItem(lines, line);
  if (next === -1) return null;
  const item = quickItem(text, line + 1, lineStart(lines, line));
  return item === null ? null : { item, marker: text[0] ?? '', next };
}
