/**
 * The lines of a feature file as the Gherkin parser numbers them: split on LF
 * or CRLF (a lone CR is not a line break), a leading byte order mark dropped.
 * `lines[n - 1]` is line `n`.
 */
export function sourceLines(text: string): string[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return source.split(/\r?\n/);
}
