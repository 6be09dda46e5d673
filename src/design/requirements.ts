import type { ListItem, Nodes, Paragraph, PhrasingContent } from 'mdast';
import type { Diagnostic, Requirement } from '../model.js';
import { definitionStart, type DefinitionPrefix } from './definition-start.js';
import { diagnostic } from './diagnostic.js';
import { collapseWhitespace, rawText } from './plain-text.js';
import { lineOf } from './walk.js';

/** Requirements (or use cases) defined in a section, and the duplicates found. */
export interface DefinitionReading {
  definitions: Requirement[];
  diagnostics: Diagnostic[];
}

/** Lists nested deeper than this are not searched for definitions. */
const MAX_DEPTH = 32;
const ID_AND_SEPARATOR = /^\s*[RU]\d{1,6}[a-z]?(?:[ \t]*(?::|[.)\u2013\u2014-](?=\s|$)))?/;
const ENDS_SENTENCE = /[.:;!?,]$/;
/** A short line without closing punctuation, standing before more text: a title such as "Optional". */
const TITLE_WORDS = 8;

function itemStart(item: ListItem, prefix: DefinitionPrefix) {
  const first = item.children[0];
  return first?.type === 'paragraph' ? definitionStart(first, prefix) : null;
}

function definesAny(node: Nodes, prefix: DefinitionPrefix): boolean {
  if (node.type === 'paragraph' || node.type === 'heading') return definitionStart(node, prefix) !== null;
  if (node.type === 'list') return node.children.some((item) => itemStart(item, prefix) !== null);
  return false;
}

function titleLike(text: string): boolean {
  return text !== '' && !ENDS_SENTENCE.test(text) && text.split(' ').length <= TITLE_WORDS;
}

/** The title a paragraph sets apart (bold text holding the id and more, or a line before a hard break), and the rest. */
function splitTitle(paragraph: Paragraph, rest: string): { title: string; body: string } {
  const children = paragraph.children;
  const first = children[0];
  const cut = children.findIndex((child) => child.type === 'break');
  let head: PhrasingContent[] | null = null;
  if ((first?.type === 'strong' || first?.type === 'emphasis') && collapseWhitespace(rawText(first)).replace(ID_AND_SEPARATOR, '').trim() !== '') head = [first];
  else if (cut > 0) head = children.slice(0, cut);
  if (head === null) return { title: '', body: collapseWhitespace(rest) };
  const headText = rawText({ type: 'paragraph', children: head }).replace(ID_AND_SEPARATOR, '').trim();
  const at = rest.indexOf(headText);
  const body = at === -1 ? rest : rest.slice(at + headText.length);
  const title = collapseWhitespace(headText);
  return { title, body: collapseWhitespace(body) };
}

/** The text of a definition: its title (if any) and every block after it that belongs to it, paragraphs joined. */
function definitionText(title: string, body: string, after: readonly string[]): string {
  const parts = [body, ...after].filter((part) => part !== '');
  if (title === '' && body === '' && parts.length > 1 && titleLike(parts[0] ?? '')) title = parts.shift() ?? '';
  const text = parts.join(' ');
  // `title: text`, or one of them alone; a title ending in punctuation needs no colon.
  if (title === '' || text === '') return title || text;
  return ENDS_SENTENCE.test(title) ? `${title} ${text}` : `${title}: ${text}`;
}

function collect(blocks: readonly Nodes[], prefix: DefinitionPrefix, depth: number, found: Requirement[]): void {
  if (depth > MAX_DEPTH) return;
  for (let index = 0; index < blocks.length; index++) {
    const node = blocks[index];
    if (node === undefined) continue;
    if (node.type === 'heading' || node.type === 'paragraph') {
      const start = definitionStart(node, prefix);
      if (start === null) continue;
      const { title, body } =
        node.type === 'heading' ? { title: collapseWhitespace(start.rest), body: '' } : splitTitle(node, start.rest);
      // The text runs to the next definition or heading: `## R7`, a one-word title line, then paragraphs.
      const after: string[] = [];
      for (let next = blocks[index + 1]; next !== undefined; next = blocks[index + 1]) {
        if (next.type === 'heading' || next.type === 'thematicBreak' || definesAny(next, prefix)) break;
        if (next.type === 'paragraph' || next.type === 'list' || next.type === 'blockquote') {
          after.push(collapseWhitespace(rawText(next)));
        }
        index++;
      }
      found.push({ id: start.id, text: definitionText(title, body, after), line: lineOf(node) });
    } else if (node.type === 'list') {
      for (const item of node.children) collectItem(item, prefix, depth + 1, found);
    } else if (node.type === 'blockquote') {
      collect(node.children, prefix, depth + 1, found);
    }
  }
}

function collectItem(item: ListItem, prefix: DefinitionPrefix, depth: number, found: Requirement[]): void {
  const start = itemStart(item, prefix);
  const first = item.children[0];
  if (start === null || first?.type !== 'paragraph') {
    collect(item.children, prefix, depth, found);
    return;
  }
  const { title, body } = splitTitle(first, start.rest);
  const after: string[] = [];
  const nested: Nodes[] = [];
  for (const child of item.children.slice(1)) {
    if (child.type === 'list' && definesAny(child, prefix)) nested.push(child);
    else after.push(collapseWhitespace(rawText(child)));
  }
  found.push({ id: start.id, text: definitionText(title, body, after), line: lineOf(item) });
  collect(nested, prefix, depth, found);
}

/**
 * The requirement (`R`) or use-case (`U`) definitions of a section, in list
 * items, headings or paragraphs; each runs to the next definition or heading,
 * a title set apart kept as `Title: text`. An id defined again is a
 * `duplicate` warning, and the second definition is dropped.
 */
export function readDefinitions(blocks: readonly Nodes[], prefix: DefinitionPrefix, file: string): DefinitionReading {
  const found: Requirement[] = [];
  collect(blocks, prefix, 0, found);
  const firsts = new Map<string, Requirement>();
  const diagnostics: Diagnostic[] = [];
  for (const definition of found) {
    const first = firsts.get(definition.id);
    if (first === undefined) {
      firsts.set(definition.id, definition);
      continue;
    }
    const message = `Unexpected second definition of \`${definition.id}\`, expected each id once (first defined on line ${first.line})`;
    diagnostics.push(diagnostic('duplicate', 'warning', message, file, definition.line));
  }
  return { definitions: [...firsts.values()], diagnostics };
}
