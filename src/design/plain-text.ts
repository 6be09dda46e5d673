import type { Nodes } from 'mdast';

const PHRASING_PARENTS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
const BREAK_TAG = /<br\s*\/?>/gi;
/**
 * The HTML a design uses for layout or emphasis (tags of HTML elements, and
 * comments), dropped from text. Anything else in angle brackets is text: an
 * endpoint placeholder such as `/users/<id>` is part of the behavior.
 */
const LAYOUT_HTML =
  /<!--[^]*?-->|<\/?(?:a|abbr|b|big|blockquote|center|cite|code|dd|del|details|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|samp|small|span|strike|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|var|wbr)(?:\s[^<>]*)?\/?>/gi;

/** Collapse runs of whitespace to one space and trim the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Readable text of a node, line endings kept: no URLs, alt text for images, no HTML tags but text in brackets (`<id>`). */
export function rawText(node: Nodes): string {
  // Recursion is safe: extractDesign refuses more than MAX_NESTING containers and guards marks.
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'code':
      return `\n${node.value}\n`;
    case 'html':
      return node.value.replace(BREAK_TAG, '\n').replace(LAYOUT_HTML, '');
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    default: {
      if (!('children' in node) || node.type === 'footnoteDefinition') return '';
      const inner = node.children.map((child) => rawText(child)).join('');
      if (PHRASING_PARENTS.has(node.type)) return inner;
      const separator = node.type === 'tableCell' ? ' ' : '\n';
      return `${separator}${inner}${separator}`;
    }
  }
}

/** {@link rawText} with whitespace collapsed: the plain text of a node. */
export function plainText(node: Nodes): string {
  return collapseWhitespace(rawText(node));
}

/** `text` cut to at most `max` characters (with an ellipsis), for messages. */
export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
