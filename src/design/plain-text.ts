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

/**
 * Readable text of a node with line endings kept: code and link text stay,
 * URLs go, images give their alt text, `<br>` a line break; HTML tags and
 * comments disappear but other text in angle brackets (`<id>`) stays.
 */
export function rawText(node: Nodes): string {
  const out: string[] = [];
  // An explicit stack: deeply nested input must not exhaust the call stack.
  const stack: Array<Nodes | string> = [node];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    switch (item.type) {
      case 'text':
      case 'inlineCode':
        out.push(item.value);
        break;
      case 'code':
        out.push('\n', item.value, '\n');
        break;
      case 'html':
        out.push(item.value.replace(BREAK_TAG, '\n').replace(LAYOUT_HTML, ''));
        break;
      case 'break':
        out.push('\n');
        break;
      case 'image':
      case 'imageReference':
        out.push(item.alt ?? '');
        break;
      case 'definition':
      case 'footnoteDefinition':
      case 'footnoteReference':
        break;
      default:
        if ('children' in item) {
          const separator = item.type === 'tableCell' ? ' ' : '\n';
          const block = !PHRASING_PARENTS.has(item.type);
          if (block) stack.push(separator);
          for (let index = item.children.length - 1; index >= 0; index--) {
            const child = item.children[index];
            if (child !== undefined) stack.push(child);
          }
          if (block) stack.push(separator);
        }
    }
  }
  return out.join('');
}

/** {@link rawText} with whitespace collapsed: the plain text of a node. */
export function plainText(node: Nodes): string {
  return collapseWhitespace(rawText(node));
}

/** `text` cut to at most `max` characters (with an ellipsis), for messages. */
export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
