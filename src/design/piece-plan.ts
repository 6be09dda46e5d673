import { lineText, type LineIndex } from './line-index.js';
import { quickItemAt } from './quick-item.js';
import {
  closesFence,
  fenceOpener,
  htmlOpener,
  isBlank,
  isDeeplyIndented,
  isBulletAtStart,
  isDelimiterRowAtStart,
  isHeadingAtStart,
  isInert,
  type Fence,
  type HtmlEnd,
} from './line-shapes.js';

/**
 * A line where a new piece may start: whatever was open before it, the line
 * starts a new top-level block (an ATX heading, a bullet item with text, or
 * any line at column 1 after a blank line), unless a top-level fenced code or
 * HTML block swallows it, which the parse of the piece before it shows.
 * `afterBlank` says a blank line precedes it and the last line that is not
 * blank is not indented four columns: the parser treats a line after indented
 * code and blank lines as if it interrupted a paragraph (so that `2) x` there
 * is not a list), so only headings and bullet items with text are cuts then.
 */
export function isCut(text: string, afterBlank: boolean): boolean {
  if (isHeadingAtStart(text) || isBulletAtStart(text)) return true;
  return afterBlank && text !== '' && text[0] !== ' ' && text[0] !== '\t' && !isBlank(text);
}

/** Follows lines to tell whether the next one comes after a blank line that itself follows a line indented less than four columns. */
class BlankTracker {
  private blank = false;
  private indented = false;

  /** Take line `text` into account. */
  see(text: string): void {
    this.blank = isBlank(text);
    if (!this.blank) this.indented = isDeeplyIndented(text);
  }

  /** Whether the next line comes after a blank line that follows an ordinary (not deeply indented) line. */
  afterBlank(): boolean {
    return this.blank && !this.indented;
  }
}

/**
 * The end of a run of inert lines (see `isInert`) starting at `line`: the
 * last cut at or before the first line that is not inert, or the end of the
 * text. `line` itself when nothing can be skipped.
 */
export function skipInert(lines: LineIndex, line: number, tables: boolean): number {
  if (!isInert(lineText(lines, line), tables)) return line;
  let cut = line;
  const blanks = new BlankTracker();
  blanks.see(lineText(lines, line));
  for (let next = line + 1; next < lines.count; next++) {
    const text = lineText(lines, next);
    if (isCut(text, blanks.afterBlank())) cut = next;
    if (!isInert(text, tables)) return cut;
    blanks.see(text);
  }
  return lines.count;
}

/** A block the scanner believes open: a fence, an HTML block ending at a string, or one ending at a blank line. */
type OpenBlock = { fence: Fence } | { html: HtmlEnd } | null;

function opens(text: string): OpenBlock {
  const fence = fenceOpener(text);
  if (fence !== null) return { fence };
  const html = htmlOpener(text);
  if (html === null) return null;
  if (html !== 'blank' && text.toLowerCase().includes(html.until, text.indexOf('<') + 2)) return null;
  return { html };
}

function closes(block: NonNullable<OpenBlock>, text: string): boolean {
  if ('fence' in block) return closesFence(text, block.fence);
  if (block.html === 'blank') return isBlank(text);
  return text.toLowerCase().includes(block.html.until);
}

/** Where to end a piece, and whether it ends right after a table's delimiter row. */
export interface PiecePlan {
  /** First line after the piece. */
  end: number;
  /** Line of the header of the table the piece ends with (its delimiter row is its last line), or -1. */
  tableHeader: number;
}

/** How {@link planPiece} sizes a piece. */
export interface PlanOptions {
  /** Characters a piece holds at least, unless a heading or a one-line item comes first. */
  minLength: number;
  /** Whether the piece may end after a table's delimiter row, so that its rows are read one by one. */
  tables: boolean;
  /** A line the piece must go past: cuts up to it are not taken. */
  beyond?: number;
  /** Whether to end the piece before an ATX heading line that is not yet long enough (default: always). */
  stopAt?: (heading: string) => boolean;
}

/**
 * Plan the piece that starts at `line` (where a cut is): it ends at the first
 * cut after at least `minLength` characters, or earlier at a heading or a
 * one-line item, or after the delimiter row of a table with a header at
 * column 1. Cuts inside what looks like a top-level fenced code or HTML block
 * are passed over (a heuristic: the parse of each piece is checked).
 */
export function planPiece(lines: LineIndex, line: number, options: PlanOptions): PiecePlan {
  const first = lineText(lines, line);
  let length = first.length + 1;
  let block = opens(first);
  const blanks = new BlankTracker();
  blanks.see(first);
  for (let next = line + 1; next < lines.count; next++) {
    const text = lineText(lines, next);
    const blank = isBlank(text);
    if (block !== null) {
      if (closes(block, text)) block = null;
    } else {
      if (next > (options.beyond ?? -1) && isCut(text, blanks.afterBlank())) {
        const heading = isHeadingAtStart(text) && (options.stopAt?.(text) ?? true);
        if (heading || length >= options.minLength || quickItemAt(lines, next) !== null) {
          return { end: next, tableHeader: -1 };
        }
      }
      if (options.tables && isDelimiterRowAtStart(text) && next + 1 < lines.count && !isBlank(lineText(lines, next + 1))) {
        const header = lineText(lines, next - 1);
        if (!isBlank(header) && header[0] !== ' ' && header[0] !== '\t' && header[0] !== '>') {
          return { end: next + 1, tableHeader: next - 1 };
        }
      }
      if (!blank) block = opens(text);
    }
    length += text.length + 1;
    blanks.see(text);
  }
  return { end: lines.count, tableHeader: -1 };
}
