import type { Nodes } from 'mdast';
import { nodesOfType } from './walk.js';

/** Text put before a piece of a design so that its references resolve as they do in the whole document. */
export interface DefinitionPrefix {
  text: string;
  /** Number of lines `text` takes (it ends with a line ending). */
  lines: number;
}

/** The link and footnote definitions of a document: a line defining each, by the label it matches. */
export type Definitions = ReadonlyMap<string, string>;

/** A label as the parser compares labels: whitespace runs collapsed, ends trimmed, case folded. */
function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

/**
 * The definitions among `nodes`, each with a line that defines the same label
 * (a link to `#`, a footnote of `x`); null when there are none. Definitions
 * apply to the whole document wherever they stand, so every piece parsed
 * alone needs the ones it refers to.
 */
export function collectDefinitions(nodes: readonly Nodes[]): Definitions | null {
  const definitions = new Map<string, string>();
  for (const definition of nodesOfType(nodes, 'definition')) {
    const label = definition.label ?? definition.identifier;
    definitions.set(normalizeLabel(label), `[${label.replace(/[\t\n\r ]+/g, ' ')}]: #`);
  }
  for (const footnote of nodesOfType(nodes, 'footnoteDefinition')) {
    const label = footnote.label ?? footnote.identifier;
    definitions.set(normalizeLabel(`^${label}`), `[^${label.replace(/[\t\n\r ]+/g, ' ')}]: x`);
  }
  return definitions.size === 0 ? null : definitions;
}

/**
 * The text between each `[` and the next `]` of `text` (brackets escaped with
 * a backslash skipped), normalized: every label a reference in `text` can
 * use, and more. Linear.
 */
function bracketedLabels(text: string): Set<string> {
  const labels = new Set<string>();
  let open = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x5c) {
      const next = text.charCodeAt(index + 1);
      if (next === 0x5b || next === 0x5d || next === 0x5c) index++;
    } else if (code === 0x5b) {
      open = index;
    } else if (code === 0x5d && open !== -1) {
      labels.add(normalizeLabel(text.slice(open + 1, index)));
      open = -1;
    }
  }
  return labels;
}

/**
 * A prefix defining the labels `text` may refer to, closed by an HTML comment
 * and a blank line so that `text` after it starts as a document does; null
 * when `text` refers to none of `definitions`.
 */
export function definitionPrefix(definitions: Definitions | null, text: string): DefinitionPrefix | null {
  if (definitions === null || !text.includes(']')) return null;
  const links: string[] = [];
  const footnotes: string[] = [];
  for (const label of bracketedLabels(text)) {
    const line = definitions.get(label);
    if (line === undefined) continue;
    // A line after a footnote definition continues its paragraph (a link
    // definition there would be swallowed): links first, and a blank line
    // after each footnote.
    if (line.startsWith('[^')) footnotes.push(line, '');
    else links.push(line);
  }
  if (links.length === 0 && footnotes.length === 0) return null;
  const lines = [...links, ...footnotes, '<!---->', '', ''];
  return { text: lines.join('\n'), lines: lines.length - 1 };
}
