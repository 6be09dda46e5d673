/**
 * Most block containers (block quotes, list items) one line may open. The
 * Markdown parser takes time quadratic in this depth and exhausts the call
 * stack beyond a few thousand, so deeper documents are refused up front.
 */
export const MAX_NESTING = 100;

/** The deepest run of container markers opening a line, and that line (1-based). */
export interface Nesting {
  depth: number;
  line: number;
}

function isBlank(char: string | undefined): boolean {
  return char === undefined || char === ' ' || char === '\t' || char === '\n';
}

/**
 * Count the block-container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) that open
 * each line and return the deepest. A cheap linear over-estimate of nesting:
 * a line such as `- - -` counts even though it is a thematic break.
 */
export function deepestNesting(text: string): Nesting {
  let deepest: Nesting = { depth: 0, line: 1 };
  let line = 1;
  let index = 0;
  while (index < text.length) {
    let depth = 0;
    for (;;) {
      while (text[index] === ' ' || text[index] === '\t') index++;
      const char = text[index];
      if (char === '>') {
        depth++;
        index++;
      } else if ((char === '-' || char === '*' || char === '+') && isBlank(text[index + 1])) {
        depth++;
        index++;
      } else if (char !== undefined && char >= '0' && char <= '9') {
        let end = index;
        while (end - index < 9 && (text[end] ?? '') >= '0' && (text[end] ?? '') <= '9') end++;
        if ((text[end] === '.' || text[end] === ')') && isBlank(text[end + 1])) {
          depth++;
          index = end + 1;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    if (depth > deepest.depth) deepest = { depth, line };
    const newline = text.indexOf('\n', index);
    if (newline === -1) break;
    index = newline + 1;
    line++;
  }
  return deepest;
}
