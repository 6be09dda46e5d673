import type { Nodes, RootContent } from 'mdast';
import { definitionPrefix, type Definitions } from './definition-prefix.js';
import { lineStart, sliceLines, type LineIndex } from './line-index.js';
import { parseNormalized } from './parse-markdown.js';

/** Move every position in `nodes` down by `lines` lines and `offset` characters. Iterative. */
function shiftPositions(nodes: readonly Nodes[], lines: number, offset: number): void {
  const stack: Nodes[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    const position = node.position;
    if (position !== undefined) {
      node.position = {
        start: { line: position.start.line + lines, column: position.start.column, offset: (position.start.offset ?? 0) + offset },
        end: { line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset },
      };
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

/**
 * Parse lines `from` up to `to` of a design on their own, and return the
 * top-level nodes with positions in the whole document. `head` (a table's
 * header and delimiter rows) is parsed before them, so that they continue that
 * table; the returned table then starts with a header row that is not theirs.
 * The `definitions` the text refers to go first of all, and their nodes are
 * dropped.
 */
function parsePiece(
  lines: LineIndex,
  from: number,
  to: number,
  head: string | null,
  definitions: Definitions | null,
): RootContent[] {
  const body = (head ?? '') + sliceLines(lines, from, to);
  const prefix = definitionPrefix(definitions, body);
  const before = (prefix?.text ?? '') + (head ?? '');
  const leadLines = (prefix?.lines ?? 0) + (head === null ? 0 : 2);
  const root = parseNormalized((prefix?.text ?? '') + body);
  const prefixLines = prefix?.lines ?? 0;
  const nodes = prefixLines === 0 ? root.children : root.children.filter((node) => (node.position?.start.line ?? 0) > prefixLines);
  shiftPositions(nodes, from - leadLines, lineStart(lines, from) - before.length);
  return nodes;
}

/**
 * Parses pieces of one document (see {@link parsePiece}), remembering what it
 * parsed without definitions, so that a second pass, made once the
 * document's definitions are known, parses again only the pieces that refer to
 * one of them.
 */
export class PieceParser {
  private readonly parsed = new Map<string, RootContent[]>();

  constructor(private readonly lines: LineIndex) {}

  /**
   * The top-level nodes of lines `from` up to `to` (see {@link parsePiece}).
   * The caller may change the array and add rows to the tables in it.
   */
  parse(from: number, to: number, head: string | null, definitions: Definitions | null): RootContent[] {
    const key = `${from}:${to}:${head === null ? '' : 'table'}`;
    const known = this.parsed.get(key);
    if (known !== undefined && (definitions === null || definitionPrefix(definitions, (head ?? '') + sliceLines(this.lines, from, to)) === null)) {
      return known.map(copyTable);
    }
    const nodes = parsePiece(this.lines, from, to, head, definitions);
    if (definitions === null) this.parsed.set(key, nodes.map(copyTable));
    return nodes;
  }
}

/** A node, or a copy of a table with its own list of rows, which readers of rows extend. */
function copyTable(node: RootContent): RootContent {
  return node.type === 'table' ? { ...node, children: [...node.children] } : node;
}
