/** Most block containers one line may open: the parser's time is quadratic in the depth, its stack ends at a few thousand. */
export const MAX_NESTING = 100;

/** One container marker opening a line: `>`, or `-`, `*`, `+`, `1.`, `1)` followed by a blank. */
const MARKER = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?![^ \t\n]))/y;

/** The deepest run of container markers opening a line, and its line: a linear over-estimate (`- - -` counts). */
export function deepestNesting(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  for (let start = 0, line = 1; ; line++) {
    let depth = 0;
    MARKER.lastIndex = start;
    while (MARKER.exec(text) !== null) depth++;
    if (depth > deepest.depth) deepest = { depth, line };
    const newline = text.indexOf('\n', start);
    if (newline === -1) return deepest;
    start = newline + 1;
  }
}
