import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** The inline constructs of CommonMark and GFM: what {@link parseBlocks} leaves out. */
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  'emailAutolink',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'protocolAutolink',
  'strikethrough',
  'wwwAutolink',
];

function withoutInline(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: INLINE_CONSTRUCTS } }];
}

const blockProcessor = unified().use(remarkParse).use(remarkGfm).use(withoutInline).freeze();

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
 * Parse normalized Markdown (CommonMark + GFM tables, strikethrough,
 * autolinks, footnotes) into an mdast tree whose positions are lines of the
 * text.
 */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}

/**
 * The block structure of normalized Markdown, in linear time: the tree
 * {@link parseMarkdown} gives, with the text of every paragraph, heading and
 * table cell left as one unparsed `text` node.
 */
export function parseBlocks(source: string): Root {
  return blockProcessor.parse(source);
}
