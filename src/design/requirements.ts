import type { ListItem, Nodes } from 'mdast';
import type { Diagnostic, Requirement } from '../model.js';
import { definitionStart, type DefinitionPrefix } from './definition-start.js';
import { diagnostic } from './diagnostic.js';
import { collapseWhitespace, plainText, rawText } from './plain-text.js';
import { lineOf } from './walk.js';

/** Requirements (or use cases) defined in a section, and the duplicates found. */
export interface DefinitionReading {
  definitions: Requirement[];
  diagnostics: Diagnostic[];
}

/** Lists nested deeper than this are not searched for definitions. */
const MAX_DEPTH = 32;

function itemStart(item: ListItem, prefix: DefinitionPrefix) {
  const first = item.children[0];
  return first?.type === 'paragraph' ? definitionStart(first, prefix) : null;
}

function collect(blocks: readonly Nodes[], prefix: DefinitionPrefix, depth: number, found: Requirement[]): void {
  if (depth > MAX_DEPTH) return;
  for (let index = 0; index < blocks.length; index++) {
    const node = blocks[index];
    if (node === undefined) continue;
    if (node.type === 'heading' || node.type === 'paragraph') {
      const start = definitionStart(node, prefix);
      if (start === null) continue;
      let text = collapseWhitespace(start.rest);
      const next = blocks[index + 1];
      // `### R1` or `R1` alone: the text is the paragraph that follows.
      if (text === '' && next?.type === 'paragraph' && definitionStart(next, prefix) === null) {
        text = plainText(next);
        index++;
      }
      found.push({ id: start.id, text, line: lineOf(node) });
    } else if (node.type === 'list') {
      for (const item of node.children) collectItem(item, prefix, depth + 1, found);
    } else if (node.type === 'blockquote') {
      collect(node.children, prefix, depth + 1, found);
    }
  }
}

function collectItem(item: ListItem, prefix: DefinitionPrefix, depth: number, found: Requirement[]): void {
  const start = itemStart(item, prefix);
  if (start === null) {
    collect(item.children, prefix, depth, found);
    return;
  }
  const parts = [start.rest];
  const nested: Nodes[] = [];
  for (const child of item.children.slice(1)) {
    const definesMore = child.type === 'list' && child.children.some((sub) => itemStart(sub, prefix) !== null);
    if (definesMore) nested.push(child);
    else parts.push(rawText(child));
  }
  found.push({ id: start.id, text: collapseWhitespace(parts.join('\n')), line: lineOf(item) });
  collect(nested, prefix, depth, found);
}

/**
 * Read the requirement (`R`) or use-case (`U`) definitions of a section:
 * list items (`- **R1:** text`, `1. R1: text`, text may span lines and
 * paragraphs), headings (`### R1: text`, or `### R1` followed by a paragraph)
 * and `R1` alone on a line followed by its text. An id defined again is a
 * `duplicate` warning at the second definition, which is dropped.
 */
export function readDefinitions(blocks: readonly Nodes[], prefix: DefinitionPrefix, file: string): DefinitionReading {
  const found: Requirement[] = [];
  collect(blocks, prefix, 0, found);
  const firstLines = new Map<string, number>();
  const reading: DefinitionReading = { definitions: [], diagnostics: [] };
  for (const definition of found) {
    const firstLine = firstLines.get(definition.id);
    if (firstLine === undefined) {
      firstLines.set(definition.id, definition.line);
      reading.definitions.push(definition);
      continue;
    }
    reading.diagnostics.push(
      diagnostic(
        'duplicate',
        'warning',
        `Unexpected second definition of \`${definition.id}\`, expected each id once (first defined on line ${firstLine})`,
        file,
        definition.line,
      ),
    );
  }
  return reading;
}
