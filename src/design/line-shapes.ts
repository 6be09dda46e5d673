/**
 * Cheap, linear tests of what one Markdown line can be, used to cut a design
 * into pieces that parse the same alone as in the whole document. Each test
 * errs on one side only, which its comment names; the parse of every piece is
 * checked afterwards, so a wrong guess costs time, never a different result.
 */

/** Characters that, right after a bullet marker, still leave a line that could be a break, underline or delimiter row. */
const MARKER_LIKE = new Set(['-', '*', '+', '_', '=', ':', '|', ' ', '\t']);

/** A blank line: nothing but spaces and tabs (exactly CommonMark's definition). */
export function isBlank(line: string): boolean {
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char !== ' ' && char !== '\t') return false;
  }
  return true;
}

/** Index of the first character that is not a space or tab (`line.length` when there is none). */
export function indentEnd(line: string): number {
  let index = 0;
  while (line[index] === ' ' || line[index] === '\t') index++;
  return index;
}

/** Whether a line is indented four columns or more (it could be indented code), counting a tab as reaching the next tab stop. */
export function isDeeplyIndented(line: string): boolean {
  let column = 0;
  for (let index = 0; index < line.length && column < 4; index++) {
    const char = line[index];
    if (char === ' ') column++;
    else if (char === '\t') column += 4 - (column % 4);
    else return false;
  }
  return column >= 4;
}

/** An ATX heading opening at column 1: one to six `#`, then a space, a tab or the end. Exact. */
export function isHeadingAtStart(line: string): boolean {
  let hashes = 0;
  while (line[hashes] === '#') hashes++;
  if (hashes === 0 || hashes > 6) return false;
  const after = line[hashes];
  return after === undefined || after === ' ' || after === '\t';
}

/**
 * A bullet list item opening at column 1 with content that makes it neither a
 * thematic break, a setext underline nor a table delimiter row (`- text`).
 * Such a line always starts a new block, whatever came before it.
 */
export function isBulletAtStart(line: string): boolean {
  const marker = line[0];
  if (marker !== '-' && marker !== '*' && marker !== '+') return false;
  if (line[1] !== ' ' && line[1] !== '\t') return false;
  for (let index = 2; index < line.length; index++) {
    if (!MARKER_LIKE.has(line[index] ?? '')) return true;
  }
  return false;
}

/**
 * A table delimiter row that could follow a header at the top level: starts
 * at column 1, holds only `|`, `:`, `-`, spaces and tabs, with at least one
 * `-` and one `|`. Errs towards yes.
 */
export function isDelimiterRowAtStart(line: string): boolean {
  if (line[0] === ' ' || line[0] === '\t') return false;
  let dash = false;
  let pipe = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '-') dash = true;
    else if (char === '|') pipe = true;
    else if (char !== ':' && char !== ' ' && char !== '\t') return false;
  }
  return dash && pipe;
}

/** A line that could be a table delimiter row anywhere (any indentation, pipes optional). Errs towards yes. */
function couldBeDelimiterRow(line: string, from: number): boolean {
  let dash = false;
  for (let index = from; index < line.length; index++) {
    const char = line[index];
    if (char === '-') dash = true;
    else if (char !== '|' && char !== ':' && char !== ' ' && char !== '\t') return false;
  }
  return dash;
}

/** A line of only `=` or only `-` after its indentation (a setext underline, at any indentation). Errs towards yes. */
function couldBeUnderline(line: string, from: number): boolean {
  const char = line[from];
  if (char !== '=' && char !== '-') return false;
  let index = from;
  while (line[index] === char) index++;
  return isBlank(line.slice(index));
}

/**
 * A line that cannot make or continue a top-level heading or table, open a
 * fenced code or HTML block, or define a link or footnote: a run of such
 * lines can be left unparsed when no section the extractor reads is open.
 * Errs towards no. `tables` says whether table delimiter rows still matter.
 */
export function isInert(line: string, tables: boolean): boolean {
  const from = indentEnd(line);
  const first = line[from];
  if (first === undefined) return true;
  if (first === '#' || first === '<' || first === '`' || first === '~') return false;
  if (couldBeUnderline(line, from)) return false;
  if (tables && couldBeDelimiterRow(line, from)) return false;
  return !line.includes(']:');
}

/** Leading spaces (at most three, no tabs) before a fence or HTML opener, or -1 when indented more or by a tab. */
function shallowIndent(line: string): number {
  let index = 0;
  while (index < 3 && line[index] === ' ') index++;
  return line[index] === ' ' || line[index] === '\t' ? -1 : index;
}

/** An opening code fence: its character and length. */
export interface Fence {
  char: '`' | '~';
  length: number;
}

/** The code fence a line opens (at most three spaces in), or null. Exact for a top-level line. */
export function fenceOpener(line: string): Fence | null {
  const from = shallowIndent(line);
  if (from === -1) return null;
  const char = line[from];
  if (char !== '`' && char !== '~') return null;
  let end = from;
  while (line[end] === char) end++;
  if (end - from < 3) return null;
  if (char === '`' && line.includes('`', end)) return null;
  return { char, length: end - from };
}

/** Whether a line closes `fence`: at most three spaces, the fence character at least as many times, then only whitespace. */
export function closesFence(line: string, fence: Fence): boolean {
  const from = shallowIndent(line);
  if (from === -1) return false;
  let end = from;
  while (line[end] === fence.char) end++;
  return end - from >= fence.length && isBlank(line.slice(end));
}

/** What ends an HTML block: a string some line contains, or the next blank line. */
export type HtmlEnd = { until: string } | 'blank';

const RAW_TAG = /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i;

/**
 * The end condition of the HTML block a line would open (at most three spaces
 * in), or null when it opens none. Errs towards opening one: any other `<`
 * is taken to open a block that runs to the next blank line.
 */
export function htmlOpener(line: string): HtmlEnd | null {
  const from = shallowIndent(line);
  if (from === -1 || line[from] !== '<') return null;
  const rest = line.slice(from);
  if (rest.startsWith('<!--')) return { until: '-->' };
  if (rest.startsWith('<?')) return { until: '?>' };
  if (rest.startsWith('<![CDATA[')) return { until: ']]>' };
  if (/^<![A-Za-z]/.test(rest)) return { until: '>' };
  const raw = RAW_TAG.exec(rest);
  if (raw) return { until: `</${raw[0].slice(1).replace(/[\s>]$/, '').toLowerCase()}>` };
  return 'blank';
}
