/**
 * Most block containers (block quotes, list items) one line may open. The
 * Markdown parser takes time quadratic in this depth and exhausts the call
 * stack beyond a few thousand, so deeper documents are refused up front.
 */
export const MAX_NESTING = 100;

/** One container marker opening a line: `>`, or `-`, `*`, `+`, `1.`, `1)` followed by a blank. */
const MARKER = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?![^ \t\n]))/y;

/**
 * The deepest run of container markers opening a line, and that line
 * (1-based). A cheap linear over-estimate of nesting: a line such as `- - -`
 * counts even though it is a thematic break.
 */
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
