import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * GFM's "potential footnote call" looks back over every earlier token of a
 * paragraph at each `]`, which makes a long run of `]` take quadratic time. It
 * can only succeed after an image label start (`![`), so text without `![`
 * parses identically without it.
 */
function withoutPotentialFootnoteCall(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: ['gfmPotentialFootnoteCall'] } }];
}

const processorWithoutImages = unified().use(remarkParse).use(remarkGfm).use(withoutPotentialFootnoteCall).freeze();

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

/**
 * Parse already normalized Markdown exactly as {@link parseMarkdown} does, in
 * linear time when the text holds no image label start (`![`).
 */
export function parseNormalized(source: string): Root {
  return (source.includes('![') ? processor : processorWithoutImages).parse(source);
}
