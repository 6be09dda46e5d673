// Line breaks are what any consumer counts as one: LF and CRLF (cucumber), and also those of Python's `splitlines`.
// Other control characters are never useful in a feature file and some tools choke on them.

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

/** One line for names, titles and paths: every line break, control character and whitespace run as one space; trimmed. */
export function toSingleLine(text: string): string {
  return wellFormed(text).replace(CONTROL_OR_BOM, ' ').replace(WHITESPACE_RUN, ' ').trim();
}

/** The lines of a text, for comment lines: other control characters but tab as spaces, outer whitespace trimmed. */
export function toTextLines(text: string): string[] {
  const trimmed = wellFormed(text).trim();
  if (trimmed === '') return [];
  return trimmed.split(LINE_BREAK).map((line) => line.replace(CONTROL_EXCEPT_TAB, ' '));
}

/** A tag name (without `@`) cucumber and behave read back as one tag: leading `@` dropped, whitespace, `@` and `#` as `_`. */
export function toTagName(text: string): string {
  return toSingleLine(text).replace(/^@+/, '').replace(NOT_IN_TAG, '_');
}
