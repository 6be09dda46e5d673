import type { Item } from '@cucumber/gherkin/dist/IToken.js';

const PIPE = 0x7c;
const BACKSLASH = 0x5c;

/** The characters `@cucumber/gherkin` trims around a table cell: ` \t\v\f\r`, U+0085 and U+00A0. */
function isCellSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d && code !== 0x0a) || code === 0x85 || code === 0xa0;
}

/**
 * One line of a `.feature` file as the Gherkin token matcher sees it: the
 * same members and results as `@cucumber/gherkin`'s own `GherkinLine`, with
 * less work per line (no regular expressions on the common path, table cells
 * sliced rather than built a character at a time). Parsing a suite spends
 * about a third of its time in that class.
 */
export class GherkinLine {
  readonly trimmedLineText: string;
  readonly isEmpty: boolean;
  /** Characters of leading white space (code points: white space holds no surrogate pair). */
  readonly indent: number;

  constructor(
    readonly lineText: string,
    readonly lineNumber: number,
  ) {
    // The same characters as the original's `/^\s+/` (white space and line terminators).
    this.trimmedLineText = lineText.trimStart();
    this.isEmpty = this.trimmedLineText.length === 0;
    this.indent = lineText.length - this.trimmedLineText.length;
  }

  startsWith(prefix: string): boolean {
    return this.trimmedLineText.startsWith(prefix);
  }

  startsWithTitleKeyword(keyword: string): boolean {
    return this.trimmedLineText.startsWith(keyword) && this.trimmedLineText.charCodeAt(keyword.length) === 0x3a;
  }

  match(regexp: RegExp): RegExpMatchArray | null {
    return this.trimmedLineText.match(regexp);
  }

  getLineText(indentToRemove: number): string {
    if (indentToRemove < 0 || indentToRemove > this.indent) return this.trimmedLineText;
    return this.lineText.substring(indentToRemove);
  }

  getRestTrimmed(length: number): string {
    return this.trimmedLineText.substring(length).trim();
  }

  /**
   * The cells of a table row: the text between `|`s (what precedes the first
   * is dropped, what follows the last too), unescaped (`\|`, `\\`, `\n`) and
   * trimmed, each with the 1-based column of its first character.
   */
  getTableCells(): Item[] {
    const text = this.trimmedLineText;
    const cells: Item[] = [];
    let first = true;
    // Raw index where the current cell starts; its unescaped text is `done` plus text from `from`.
    let start = 0;
    let done = '';
    let from = 0;
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === PIPE) {
        if (first) first = false;
        else cells.push(this.cell(done + text.slice(from, i), start));
        i++;
        start = i;
        from = i;
        done = '';
      } else if (code === BACKSLASH) {
        const next = text[i + 1];
        done += text.slice(from, i);
        if (next === 'n') {
          done += '\n';
        } else {
          if (next !== '|' && next !== '\\') done += '\\';
          // As the original: past the end this appends "undefined", to a cell no `|` will ever close.
          done += String(next);
        }
        i += 2;
        from = i;
      } else {
        i++;
      }
    }
    return cells;
  }

  private cell(raw: string, start: number): Item {
    let left = 0;
    while (left < raw.length && isCellSpace(raw.charCodeAt(left))) left++;
    let right = raw.length;
    while (right > left && isCellSpace(raw.charCodeAt(right - 1))) right--;
    return { column: this.indent + start + 1 + left, text: raw.slice(left, right) };
  }
}
