/** The text without a leading byte order mark. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * The lines of a feature file as the Gherkin parser numbers them (`lines[n - 1]`
 * is line `n`): split on LF or CRLF (a lone CR is not a line break), without a BOM.
 */
export function sourceLines(text: string): string[] {
  return withoutBom(text).split(/\r?\n/);
}

/** The leading white space of a line. */
export function indentOf(line: string): string {
  return line.slice(0, line.length - line.trimStart().length);
}

/** A blank, comment or tag line: what may stand between a keyword line and the content above it. */
export function isHeaderLine(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('@');
}
