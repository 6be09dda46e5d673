import type { InlineCode, Text } from 'mdast';

/**
 * Characters after which inline Markdown could mean something other than the
 * characters themselves (emphasis, links, HTML, entities, escapes, autolinks,
 * strikethrough, footnotes), or that the parser rewrites (NUL).
 */
function isSpecial(code: number): boolean {
  return (
    code === 0x2a || // *
    code === 0x5f || // _
    code === 0x7e || // ~
    code === 0x5b || // [
    code === 0x5d || // ]
    code === 0x3c || // <
    code === 0x26 || // &
    code === 0x40 || // @ (e-mail autolinks)
    (code < 0x20 && code !== 0x09)
  );
}

/** Whether `text` holds the start of a web autolink literal (`www.`, `://`) from `index` on. */
function startsAutolink(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x3a) return text.startsWith('//', index + 1);
  if ((code | 0x20) !== 0x77) return false;
  return (text.charCodeAt(index + 1) | 0x20) === 0x77 && (text.charCodeAt(index + 2) | 0x20) === 0x77 && text.charCodeAt(index + 3) === 0x2e;
}

/**
 * The phrasing nodes of `text` when it is plain text in the narrow sense the
 * fast path handles: ordinary characters, `\|` (a pipe), and code spans of one
 * backtick. Null for anything else, which then goes to the Markdown parser.
 * In a table cell (`inCell`), `\|` inside a code span is a pipe too, as GFM
 * tables have it; elsewhere a backslash in a code span is refused.
 *
 * The result matches what the parser gives for such text in every respect
 * the extractor reads: the concatenated value of the nodes and their types.
 */
export function plainInline(text: string, inCell: boolean): Array<Text | InlineCode> | null {
  const nodes: Array<Text | InlineCode> = [];
  let buffer = '';
  let from = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x5c) {
      if (text.charCodeAt(index + 1) !== 0x7c) return null;
      buffer += `${text.slice(from, index)}|`;
      index += 2;
      from = index;
      continue;
    }
    if (code === 0x60) {
      const close = text.indexOf('`', index + 1);
      if (close === -1 || close === index + 1 || text.charCodeAt(close + 1) === 0x60) return null;
      const value = codeSpanValue(text.slice(index + 1, close), inCell);
      if (value === null) return null;
      buffer += text.slice(from, index);
      if (buffer !== '') nodes.push({ type: 'text', value: buffer });
      buffer = '';
      nodes.push({ type: 'inlineCode', value });
      index = close + 1;
      from = index;
      continue;
    }
    if (isSpecial(code) || startsAutolink(text, index)) return null;
    index++;
  }
  buffer += text.slice(from);
  if (buffer !== '') nodes.push({ type: 'text', value: buffer });
  return nodes;
}

/** The value of a code span's content: `\|` made a pipe in a cell, one space stripped from each side when both have one. */
function codeSpanValue(content: string, inCell: boolean): string | null {
  let value = content;
  if (content.includes('\\')) {
    if (!inCell) return null;
    let out = '';
    for (let index = 0; index < content.length; index++) {
      if (content[index] !== '\\') {
        out += content[index];
        continue;
      }
      if (content[index + 1] !== '|') return null;
      out += '|';
      index++;
    }
    value = out;
  }
  const stripped = value.length >= 2 && value.startsWith(' ') && value.endsWith(' ') && /[^ ]/.test(value);
  return stripped ? value.slice(1, -1) : value;
}
