import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Drop a leading UTF-8 byte order mark and turn CRLF and lone CR line endings
 * into LF. Line numbers are unchanged: each original line ending becomes
 * exactly one `\n`.
 */
export function normalizeSource(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/**
 * Parse Markdown (CommonMark + GFM tables, strikethrough, autolinks, footnotes)
 * into an mdast tree whose positions are lines of the original text.
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(normalizeSource(text));
}
