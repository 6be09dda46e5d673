/**
 * Turning design text into text that is safe at any place a template puts it.
 *
 * Line breaks are what each consumer counts as one: LF and CRLF (cucumber),
 * and also CR, VT, FF, FS, GS, RS, NEL, LS and PS, which Python's
 * `splitlines` and most editors treat as line ends. Other control characters
 * (Cc) are never useful in a feature file and some tools choke on them.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/u;
/** Lone UTF-16 surrogates cannot be written as UTF-8. */
const LONE_SURROGATE = /\p{Cs}/gu;
const CONTROL_OR_BOM = /[\p{Cc}\uFEFF]/gu;
const CONTROL_EXCEPT_TAB = /(?!\t)\p{Cc}/gu;
const WHITESPACE_RUN = /\s+/g;
const NOT_IN_TAG = /[\s@#]/g;

function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * One line of text for names, titles and paths: every line break, control
 * character and run of whitespace becomes a single space; trimmed.
 */
export function toSingleLine(text: string): string {
  return wellFormed(text).replace(CONTROL_OR_BOM, ' ').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * The lines of a long text, for comment lines: split on every kind of line
 * break, other control characters except tab replaced by a space, outer
 * whitespace trimmed. Empty text gives no lines.
 */
export function toTextLines(text: string): string[] {
  const trimmed = wellFormed(text).trim();
  if (trimmed === '') return [];
  return trimmed.split(LINE_BREAK).map((line) => line.replace(CONTROL_EXCEPT_TAB, ' '));
}

/**
 * A tag name (without `@`) that both cucumber and behave read back as one
 * tag: whitespace, `@` and `#` become `_`. Leading `@` are dropped, so `@skip`
 * and `skip` give the same name. Empty when nothing is left.
 */
export function toTagName(text: string): string {
  return toSingleLine(text).replace(/^@+/, '').replace(NOT_IN_TAG, '_');
}
