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

/** Drop a leading byte order mark and turn CRLF and lone CR into LF; line numbers are unchanged. */
export function normalizeSource(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/** Parse normalized Markdown (CommonMark and GFM) into an mdast tree. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}

/** The block structure of normalized Markdown in linear time: inline text left unparsed. */
export function parseBlocks(source: string): Root {
  return blockProcessor.parse(source);
}
