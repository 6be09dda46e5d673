/** A line break style a text file can use. */
export type LineEnding = '\n' | '\r\n';

/** The style of the first line break of `text` (LF without one; a lone `\r` is none, as for the Gherkin parser). */
export function detectLineEnding(text: string): LineEnding {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

/** Convert LF text to `eol` (CRLF already there is not doubled to `\r\r\n`). */
export function convertLineEndings(text: string, eol: LineEnding): string {
  const lf = text.replaceAll('\r\n', '\n');
  return eol === '\n' ? lf : lf.replaceAll('\n', '\r\n');
}

/** True when `text` is empty or ends with a line break. */
export function endsWithLineBreak(text: string): boolean {
  return text.length === 0 || text.endsWith('\n');
}
