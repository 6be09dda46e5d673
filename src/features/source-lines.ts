/** The text without a leading byte order mark. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * The lines of a feature file as the Gherkin parser numbers them (`lines[n - 1]`
 * is line `n`): split on LF or CRLF (a lone CR is not a line break), without a BOM.
 */
export function sourceLines(text: string): string[] {
  return withoutBom(text).split(/\r?\n/);
}
