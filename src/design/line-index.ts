/** Where each line of a text starts, so that lines can be read and sliced without splitting the text. */
export interface LineIndex {
  source: string;
  /** Number of lines: one more than the number of `\n`. */
  count: number;
  /** Offset of each line's first character, then a sentinel one past the end (`source.length + 1`). */
  starts: Int32Array;
}

/** Index the lines of `source` (line endings already `\n`). Linear. */
export function indexLines(source: string): LineIndex {
  let count = 1;
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) count++;
  const starts = new Int32Array(count + 1);
  let line = 1;
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) starts[line++] = at + 1;
  starts[count] = source.length + 1;
  return { source, count, starts };
}

/** Offset where line `line` (0-based) starts; `lines.count` gives the end of the text. */
export function lineStart(lines: LineIndex, line: number): number {
  return Math.min(lines.starts[line] ?? lines.source.length, lines.source.length);
}

/** Text of line `line` (0-based), without its line ending. */
export function lineText(lines: LineIndex, line: number): string {
  const start = lines.starts[line] ?? lines.source.length;
  const end = (lines.starts[line + 1] ?? lines.source.length + 1) - 1;
  return lines.source.slice(start, end);
}

/** Lines `from` up to (not including) `to`, each with its line ending. */
export function sliceLines(lines: LineIndex, from: number, to: number): string {
  return lines.source.slice(lineStart(lines, from), lineStart(lines, to));
}
