/**
 * Small text clean-ups shared by the reporters: every format has places where
 * one line of text is wanted, and every UTF-8 writer needs well-formed UTF-16.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// CR, LF, the other C0 controls (tab included), DEL, NEL and the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const BREAKS_AND_CONTROLS = /[\u0000-\u001F\u007F\u0085\u2028\u2029]/g;

const NONCHARACTERS = /[\uFFFE\uFFFF]/g;

/** Replace lone surrogates (which no UTF encoding can carry) with U+FFFD. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Text for a place that must stay on one line (a table cell, a name, a title):
 * line breaks and control characters become spaces; lone surrogates, U+FFFE
 * and U+FFFF become U+FFFD.
 */
export function singleLine(text: string): string {
  return toWellFormed(text.replace(BREAKS_AND_CONTROLS, ' ')).replace(NONCHARACTERS, '\uFFFD');
}

/** `file:line`, or just `file` when the line is unknown (0 or less). */
export function formatLocation(file: string, line: number): string {
  return line >= 1 ? `${file}:${line}` : file;
}

/** A coverage percentage as the model holds it (already rounded), with a `%`. */
export function formatPercent(value: number): string {
  return `${value}%`;
}

/** `1 error`, `2 errors`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
