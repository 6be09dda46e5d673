import type { List, Root, RootContent, Table } from 'mdast';
import { collectDefinitions, type Definitions } from './definition-prefix.js';
import { indexLines, lineStart, lineText, sliceLines, type LineIndex } from './line-index.js';
import { htmlOpener, isBlank } from './line-shapes.js';
import { PieceParser } from './parse-piece.js';
import { planPiece, skipInert, type PiecePlan } from './piece-plan.js';
import { quickItemAt, type QuickItem } from './quick-item.js';
import { quickRow } from './quick-row.js';
import { trackSections } from './section-tracker.js';

/** How large the pieces handed to the parser are: only time depends on it, never the result. */
export interface TreeOptions {
  /** Characters a parsed piece holds at least inside the sections extraction reads (half of it elsewhere). */
  pieceLength: number;
  /** Characters of table rows parsed at once when they are not simple enough to read without the parser. */
  rowBatchLength: number;
}

/** Sizes at which the parser is fastest per character (it slows down on large inputs). */
export const DEFAULT_TREE_OPTIONS: TreeOptions = { pieceLength: 8_192, rowBatchLength: 8_192 };

/** Whether the last top-level node of a piece may go on past the piece's end (`end`, 0-based, exclusive). */
function runsOn(node: RootContent | undefined, end: number, lines: LineIndex): boolean {
  if (node === undefined || (node.type !== 'code' && node.type !== 'html')) return false;
  // An unclosed fenced code or HTML block runs to the end of the piece's text, the line after its last.
  if (node.position?.end.line === end + 1) return true;
  // An HTML block that ends at a blank line (or may: the opener is not one of the others) goes on unless one precedes the cut.
  if (node.type !== 'html' || isBlank(lineText(lines, end - 1))) return false;
  return htmlOpener(lineText(lines, (node.position?.start.line ?? 1) - 1)) === 'blank';
}

/** Append the body rows of `from` (all rows but its header) to `table`; a loop, as a spread of many rows would overflow the stack. */
function appendRows(table: Table, from: Table): void {
  for (let index = 1; index < from.children.length; index++) {
    const row = from.children[index];
    if (row !== undefined) table.children.push(row);
  }
}

/** The top-level nodes of a document, built piece by piece. */
class TreeBuilder {
  readonly nodes: RootContent[] = [];
  private readonly sections = trackSections();
  private quickList: { list: List; marker: string; line: number } | null = null;

  constructor(
    private readonly lines: LineIndex,
    private readonly pieces: PieceParser,
    private readonly definitions: Definitions | null,
    private readonly options: TreeOptions,
  ) {}

  build(): RootContent[] {
    const { lines } = this;
    let line = 0;
    while (line < lines.count) {
      if (isBlank(lineText(lines, line))) {
        line++;
        continue;
      }
      if (!this.sections.relevant()) {
        const next = skipInert(lines, line, this.sections.tablesMatter());
        if (next > line) {
          line = next;
          continue;
        }
      }
      const quick = quickItemAt(lines, line);
      line = quick === null ? this.parseFrom(line) : this.addItem(quick, line);
    }
    return this.nodes;
  }

  private add(nodes: readonly RootContent[]): void {
    for (const node of nodes) {
      this.nodes.push(node);
      this.sections.observe(node);
    }
  }

  private addItem(quick: QuickItem, line: number): number {
    const last = this.quickList;
    if (last !== null && last.line === line - 1 && last.marker === quick.marker && this.nodes.at(-1) === last.list) {
      last.list.children.push(quick.item);
      last.line = line;
    } else {
      const list: List = { type: 'list', ordered: false, start: null, spread: false, children: [quick.item], position: quick.item.position };
      this.add([list]);
      this.quickList = { list, marker: quick.marker, line };
    }
    return quick.next;
  }

  private minLength(): number {
    const { pieceLength } = this.options;
    return this.sections.relevant() ? pieceLength : Math.ceil(pieceLength / 2);
  }

  /** Parse a piece that starts at `line`; returns the line after it (or after the table it ends with). */
  private parseFrom(line: number): number {
    const stopAt = (heading: string) => this.sections.mayChange(heading);
    const plan = planPiece(this.lines, line, { minLength: this.minLength(), tables: true, stopAt });
    if (plan.tableHeader !== -1) {
      const nodes = this.pieces.parse(line, plan.end, null, this.definitions);
      const table = nodes.at(-1);
      if (table?.type === 'table' && table.position?.start.line === plan.tableHeader + 1 && table.children.length === 1) {
        this.add(nodes);
        return this.readRows(table, plan.tableHeader, plan.end);
      }
    }
    const untabled = plan.tableHeader === -1 ? plan : planPiece(this.lines, line, { minLength: this.minLength(), tables: false, stopAt });
    return this.parseChecked(line, untabled, null);
  }

  /**
   * Parse the piece `from`..`plan.end`, and while its last node is a fenced
   * code or HTML block that may go on past the end, parse again from that
   * node on to a later cut (at least twice as far, so that the work stays
   * linear). With `table`, the piece continues that table (`head` holds its
   * header and delimiter rows).
   */
  private parseChecked(from: number, plan: PiecePlan, table: { node: Table; head: string } | null): number {
    let start = from;
    let end = plan.end;
    let continued = table;
    for (;;) {
      const nodes = this.pieces.parse(start, end, continued?.head ?? null, this.definitions);
      if (continued !== null) {
        const first = nodes.shift();
        if (first?.type === 'table') appendRows(continued.node, first);
      }
      const last = nodes.at(-1);
      if (end >= this.lines.count || !runsOn(last, end, this.lines)) {
        this.add(nodes);
        return end;
      }
      this.add(nodes.slice(0, -1));
      continued = null;
      start = (last?.position?.start.line ?? start + 1) - 1;
      const length = lineStart(this.lines, end) - lineStart(this.lines, start);
      end = planPiece(this.lines, start, { minLength: 2 * length + 1, tables: false, beyond: end }).end;
    }
  }

  /**
   * Read the body rows of `table` from line `line` on: simple rows without the
   * parser, runs of other rows by parsing them after the table's header and
   * delimiter rows. Returns the line where the document goes on.
   */
  private readRows(table: Table, header: number, line: number): number {
    const { lines } = this;
    const head = sliceLines(lines, header, header + 2);
    let current = line;
    while (current < lines.count) {
      const text = lineText(lines, current);
      if (isBlank(text)) return current + 1;
      const row = quickRow(text, current + 1, lineStart(lines, current));
      if (row !== null) {
        table.children.push(row);
        current++;
        continue;
      }
      let end = current + 1;
      let length = text.length;
      while (end < lines.count && length < this.options.rowBatchLength) {
        const next = lineText(lines, end);
        if (isBlank(next) || quickRow(next, end + 1, 0) !== null) break;
        length += next.length + 1;
        end++;
      }
      const nodes = this.pieces.parse(current, end, head, this.definitions);
      const batch = nodes[0];
      if (nodes.length === 1 && batch?.type === 'table' && batch.children.length - 1 === end - current) {
        appendRows(table, batch);
        current = end;
        continue;
      }
      // The table ends within the batch: parse on from here to a cut, still as part of the table.
      const plan = planPiece(lines, current, { minLength: this.options.pieceLength, tables: false });
      return this.parseChecked(current, plan, { node: table, head });
    }
    return current;
  }
}

/**
 * The top-level Markdown nodes of a normalized design that extraction reads,
 * with positions in the whole document: the same nodes, for every purpose of
 * extraction, as one parse of the whole document gives, found in linear time.
 *
 * The document is cut into pieces where a new top-level block surely starts,
 * and each piece is parsed alone (its last node checked, so that no fenced
 * code or HTML block is cut). Runs of lines that cannot hold anything
 * extraction reads are not parsed while no section it reads is open; one-line
 * bullet items and table rows of plain text are read without the parser.
 * Link and footnote definitions, which apply to the whole document, are
 * collected by a first pass; the second puts before each piece the ones it
 * may refer to.
 */
export function readDesignTree(source: string, options: TreeOptions = DEFAULT_TREE_OPTIONS): Root {
  const lines = indexLines(source);
  const pieces = new PieceParser(lines);
  const first = new TreeBuilder(lines, pieces, null, options).build();
  const definitions = collectDefinitions(first);
  return { type: 'root', children: definitions === null ? first : new TreeBuilder(lines, pieces, definitions, options).build() };
}
