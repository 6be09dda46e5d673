import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/design/parse-markdown.js';
import { plainInline } from '../../src/design/plain-inline.js';
import { quickItem } from '../../src/design/quick-item.js';
import { quickRow } from '../../src/design/quick-row.js';

/** A node reduced to its type, value and children: what the extractor reads. */
function shape(node: Nodes): unknown {
  if ('value' in node) return { type: node.type, value: node.value };
  if ('children' in node) return { type: node.type, children: node.children.map(shape) };
  return { type: node.type };
}

/** The first body row of a table with `row` under a three-column header, as the parser reads it. */
function parsedRow(row: string) {
  const table = parseMarkdown(`| a | b | c |\n|---|---|---|\n${row}\n`).children[0];
  if (table?.type !== 'table') throw new Error('no table');
  const body = table.children[1];
  if (body === undefined) throw new Error('no row');
  return body;
}

/** The first item of a list made of `line`, as the parser reads it. */
function parsedItem(line: string) {
  const list = parseMarkdown(`${line}\n`).children[0];
  if (list?.type !== 'list') throw new Error('no list');
  const item = list.children[0];
  if (item === undefined) throw new Error('no item');
  return item;
}

describe('reading plain inline text without the parser', () => {
  it('keeps ordinary text and makes `\\|` a pipe', () => {
    expect(plainInline('a \\| b: (c) #1 😀', false)).toEqual([{ type: 'text', value: 'a | b: (c) #1 😀' }]);
  });

  it('reads one-backtick code spans, stripping one space from each side only when both have one', () => {
    expect(plainInline('x `a b` y', false)).toEqual([
      { type: 'text', value: 'x ' },
      { type: 'inlineCode', value: 'a b' },
      { type: 'text', value: ' y' },
    ]);
    expect(plainInline('` a `', false)).toEqual([{ type: 'inlineCode', value: 'a' }]);
    expect(plainInline('` a`', false)).toEqual([{ type: 'inlineCode', value: ' a' }]);
    expect(plainInline('`  `', false)).toEqual([{ type: 'inlineCode', value: '  ' }]);
    expect(plainInline('`a\\|b`', true)).toEqual([{ type: 'inlineCode', value: 'a|b' }]);
  });

  it('refuses anything the parser could read otherwise', () => {
    const refused = ['*a*', '_a_', '~a~', '[a]', 'a]', '<b>', '&amp;', 'a@b.co', 'www.x.org', 'http://x', '\\*', '\\', '``a``', '`a', '`a\\|b`', 'a\u0000b', '`a\\b`'];
    expect(refused.filter((text) => plainInline(text, false) !== null)).toEqual([]);
  });
});

describe('reading table rows without the parser', () => {
  const rows = [
    '| R1 | Behavior | e2e |',
    '|R2|x|unit|',
    '| R3 | shows `code` and a \\| pipe | unit + e2e |',
    '| R4 |  | |',
    '| R5 | x |||| e2e |',
    '||',
    '| only one |',
    '| a | b | c | d | e |',
    '| R6 | tab\there | e2e |   ',
    '| R7 | `a\\|b` and ` c ` | manual |',
    '| R8 | café 😀 \u00a0 | e2e |',
    '| R9 | no trailing pipe',
    'R10 | no leading pipe | e2e',
    'R11 | both ends but the first |',
    'R12|tight|cells',
    'Plain line without pipes',
    'R13 |  |   ',
    '| R14 | x | e2e | \\|',
    '| R15 | a \\| b',
  ];

  it.each(rows)('reads %j exactly as the parser does', (row) => {
    const quick = quickRow(row, 7, 100);
    expect(quick).not.toBeNull();
    if (quick === null) return;
    expect(shape(quick)).toEqual(shape(parsedRow(row)));
    expect(quick.position?.start).toEqual({ line: 7, column: 1, offset: 100 });
  });

  it('leaves every other row to the parser', () => {
    const others = ['|', '| R1 | *x* | e2e |', '| R1 | [x] | e2e |', '| \\\\| x |', ' | R1 | x |', '| `a|b` |', '1. R1 | x', '- R1 | x', '# R1 | x', '> R1 | x', '<b> | x', '`R1` | x', ' R1 | x', '\tR1 | x'];
    expect(others.filter((row) => quickRow(row, 1, 0) !== null)).toEqual([]);
  });
});

describe('reading one-line list items without the parser', () => {
  const items = [
    '- **R1:** The service does a thing.',
    '* **R2**: Text with `code` and | a pipe',
    '+ **R3** text',
    '- **R4**',
    '- R5: plain',
    '-    Four spaces after the marker',
    '- Trailing spaces   ',
    '- **Note:** not an id',
    '- café',
  ];

  it.each(items)('reads %j exactly as the parser does', (line) => {
    const quick = quickItem(line, 3, 40);
    expect(quick).not.toBeNull();
    if (quick === null) return;
    expect(shape(quick)).toEqual(shape(parsedItem(line)));
    expect(quick.position?.start.line).toBe(3);
  });

  it('leaves every other item to the parser', () => {
    const others = [
      '- **R1:**text',
      '- *R1* text',
      '- [ ] task',
      '- 1. nested',
      '- # heading',
      '- > quote',
      '-     five spaces: code',
      '-\ttab',
      '- **R1 text**',
      '- `code` first',
      '1. ordered',
      '- **R1:** a [link](x)',
      '-',
    ];
    expect(others.filter((line) => quickItem(line, 1, 0) !== null)).toEqual([]);
  });
});
