/**
 * Arbitrary Markdown documents shaped like designs, built from the
 * constructs that decide where a block starts and ends: sections, tables,
 * lists, fenced code and HTML blocks that hold headings and rows, block
 * quotes, link and footnote definitions, and text that only looks like them.
 * Blocks are joined with no, one or two blank lines, so that they also run
 * into each other (lazy lines, tables that swallow a paragraph, fences that
 * never close).
 */
import fc from 'fast-check';

const lines = (...parts: string[]): string[] => parts;

/** Inline text, some of it plain (read without the parser), some of it Markdown. */
const inlinePiece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('word', 'R1', 'R2–R4', 'U1', 'e2e', 'unit', 'manual', 'LCORE-12', 'TODO', 'x y', 'a  b', 'café', '😀', ':', '.', '#', '(x)', '!') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '`code`',
      '` spaced `',
      '`  `',
      '`a\\|b`',
      '`a|b`',
      '``double``',
      '`',
      '\\|',
      '\\\\|',
      '\\*',
      '**bold**',
      '*em*',
      '_u_',
      '~~del~~',
      '[link](http://x/ABC-9)',
      '[ref]',
      '[Ref][]',
      '[text][ref]',
      '[multi line]',
      '[MULTI\tLine]',
      '[Straße]',
      '[^1]',
      '[^nope]',
      '![img](x.png)',
      '![^1]',
      ']]]]]]',
      '[',
      '<br>',
      '<span>x</span>',
      '&amp;',
      '&#35;',
      'www.example.com',
      'http://x.io/KEY-7',
      'a@b.co',
      '\u0000',
      '\t',
      '\u00a0',
      '|',
      '\\',
    ),
  },
);

/** A line of inline text (never empty). */
export const inlineArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(inlinePiece, fc.boolean()), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([text, space], index) => (index > 0 && space ? ` ${text}` : text)).join(''));

const sectionName = fc.oneof(
  fc.constantFrom('Requirements', 'Use Cases', 'Acceptance test surface', '3. Requirements', 'Requirements:', 'ACCEPTANCE Test Surface', 'What', 'Why', 'Notes', 'Architecture'),
  inlineArb,
);

const heading = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), sectionName, fc.constantFrom('', ' ', '  ', ' ##')).map(([depth, name, tail]) => lines(`${'#'.repeat(depth)} ${name}${tail}`)),
  fc.tuple(sectionName, fc.constantFrom('===', '---', '=', ' ---  ')).map(([name, underline]) => lines(name, underline)),
  fc.tuple(fc.constantFrom(' ', '  ', '   ', '    ', '\t'), sectionName).map(([indent, name]) => lines(`${indent}## ${name}`)),
  fc.constantFrom(lines('#'), lines('#hashtag'), lines('####### seven')),
);

const id = fc.tuple(fc.constantFrom('R', 'U'), fc.integer({ min: 1, max: 12 })).map(([prefix, n]) => `${prefix}${n}`);

const definitionStart = fc.oneof(
  id.map((x) => `**${x}:**`),
  id.map((x) => `**${x}**:`),
  id.map((x) => `**${x}**`),
  id.map((x) => `${x}:`),
  id.map((x) => `${x} -`),
  id.map((x) => `*${x}*`),
  fc.constant('**Note:**'),
  fc.constant(''),
);

const itemText = fc.tuple(definitionStart, inlineArb, fc.constantFrom('', ' ', '  ', '\t')).map(([start, text, tail]) => `${start === '' ? '' : `${start} `}${text}${tail}`);

/** What may follow an item's first line inside the item. */
const itemTail = fc.oneof(
  { weight: 6, arbitrary: fc.constant<string[]>([]) },
  { weight: 1, arbitrary: inlineArb.map((text) => [`  ${text}`]) },
  { weight: 1, arbitrary: inlineArb.map((text) => [text]) },
  { weight: 1, arbitrary: itemText.map((text) => [`  - ${text}`]) },
  { weight: 1, arbitrary: inlineArb.map((text) => ['', `  ${text}`]) },
  { weight: 1, arbitrary: fc.constant(['  ```', '  # inside', '- fake item', '  ```']) },
  { weight: 1, arbitrary: fc.constant(['===']) },
  { weight: 1, arbitrary: fc.constant(['  | a | b |', '  |---|---|', '  | R1 | x |']) },
);

const marker = fc.constantFrom('-', '-', '*', '+', '1.', '2)', '-  ', '-    ', '-\t');

const list = fc
  .array(fc.tuple(marker, fc.oneof(itemText, fc.constantFrom('[ ] task', '[x] R1: done', '# heading', '> quote', '```', '', '---')), itemTail), { minLength: 1, maxLength: 8 })
  .map((items) => items.flatMap(([mark, text, tail]) => [`${mark}${mark.endsWith(' ') || mark.endsWith('\t') ? '' : ' '}${text}`, ...tail]));

const cell = fc.oneof(inlineArb, fc.constant(''), fc.constant(' '), id, fc.constantFrom('R1, R2', 'R1–R3', 'TBD', 'unit + e2e', 'e2e (behave)'));

const header = fc.constantFrom(
  '| Req | Observable behavior | Verified by |',
  '| Requirement | Behaviour | Verification | Notes |',
  '| Verified by | Req | Observable behavior |',
  '| | |',
  '| Field | Value |',
  'Req | Observable behavior | Verified by',
  '  | Req | Observable behavior | Verified by |',
  '| Req | Behavior |',
);

const delimiter = fc.constantFrom('|---|---|---|', '|:-|-:|:-:|', '---|---|---', '| --- | --- |', '|-|', '|---|---|---|---|');

const row = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.constantFrom('| ', '| ', '|', ''), fc.array(cell, { minLength: 1, maxLength: 5 }), fc.constantFrom('|', '', ' | ', '|  '))
      .map(([start, cells, end]) => `${start}${cells.join(' | ')} ${end}`.trimEnd()),
  },
  { weight: 1, arbitrary: fc.constantFrom('| **Feature** | LCORE-1 |', '| Spike: | [LCORE-2](https://jira/LCORE-2) |', '| Feature / Initiative | TODO |', '| Feature | see KEY-3 |') },
  { weight: 1, arbitrary: fc.constantFrom('|', '||', '| R1 |', 'plain line', '  | R2 | indented | e2e |', '- item after rows', '# heading after rows', '> quote', '```', '    code', '<div>', '---', '| R1 | \\', '| R1 | x | e2e | \\|') },
);

const table = fc
  .tuple(fc.option(inlineArb, { freq: 4 }), header, delimiter, fc.array(row, { maxLength: 30 }))
  .map(([before, head, delim, rows]) => [...(before === null ? [] : [before]), head, delim, ...rows]);

const fence = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````', '   ```', '``` yaml', '~~~~ x'),
    fc.array(fc.constantFrom('# comment', '## Requirements', '| R1 | x | e2e |', '- **R1:** x', '', '```', '~~~', '  ```', '<!--', 'text'), { maxLength: 6 }),
    fc.constantFrom('close', 'close', 'longer', 'open', 'indented'),
  )
  .map(([open, body, end]) => {
    const char = open.trim()[0] === '~' ? '~' : '`';
    const size = open.trim().split(/[^`~]/)[0]?.length ?? 3;
    const close = { close: char.repeat(size), longer: char.repeat(size + 1), open: null, indented: `    ${char.repeat(size)}` }[end];
    return close === null ? [open, ...body] : [open, ...body, close];
  });

const html = fc.oneof(
  fc.array(fc.constantFrom('# inside', '| R1 | x | e2e |', 'text', ''), { maxLength: 4 }).map((body) => ['<!--', ...body, '-->']),
  fc.array(fc.constantFrom('# inside', 'text', '- **R1:** x'), { maxLength: 4 }).map((body) => ['<!-- open', ...body]),
  fc.array(fc.constantFrom('# inside', 'text', '| a |'), { maxLength: 3 }).map((body) => ['<div>', ...body]),
  fc.constantFrom(lines('<script>', '# x', '</script>'), lines('<?php', '# x ?>'), lines('<!DOCTYPE html>'), lines('<span>inline</span> text'), lines('<![CDATA[', '# x', ']]>'), lines('<!-- one line -->')),
);

const quoted = fc.oneof(heading, list, table, fence, inlineArb.map((text) => [text])).chain((block) =>
  fc.constantFrom('> ', '>', '> > ').map((mark) => block.map((line) => `${mark}${line}`)),
);

const definitions = fc.constantFrom(
  lines('[ref]: http://x.io/REF-1'),
  lines('[Ref]: <http://x> "title"'),
  lines('[text]:', '  /url'),
  lines('[multi', 'line]: /u'),
  lines('[^1]: A footnote.'),
  lines('[^1]: Footnote', '', '    continued'),
  lines('  [ref]: /indented'),
  lines('[not a def] : x'),
  lines('[STRASSE]: /sharp-s'),
);

const other = fc.oneof(
  inlineArb.map((text) => [text]),
  fc.array(inlineArb, { minLength: 2, maxLength: 3 }),
  fc.constantFrom(lines('***'), lines('---'), lines('- - -'), lines('___'), lines('    indented code', '    # still code'), lines('\t| R1 | tab code | e2e |')),
  fc.integer({ min: 1, max: 60 }).map((n) => [`text ${']'.repeat(n)}`]),
  fc.integer({ min: 1, max: 30 }).map((n) => [`![ ${']'.repeat(n)}`]),
);

/** One block of a document, as lines. */
export const blockArb: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 4, arbitrary: heading },
  { weight: 4, arbitrary: list },
  { weight: 4, arbitrary: table },
  { weight: 2, arbitrary: fence },
  { weight: 2, arbitrary: html },
  { weight: 2, arbitrary: quoted },
  { weight: 1, arbitrary: definitions },
  { weight: 3, arbitrary: other },
);

/** A document: blocks joined by no, one or two blank lines, sometimes with a final line ending. */
export const markdownDesignArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(blockArb, fc.constantFrom(0, 1, 1, 1, 2)), { maxLength: 24 }), fc.boolean())
  .map(([blocks, ending]) => {
    const out: string[] = [];
    for (const [block, blanks] of blocks) {
      if (out.length > 0) for (let index = 0; index < blanks; index++) out.push('');
      out.push(...block);
    }
    return out.join('\n') + (ending ? '\n' : '');
  });

const quickRow = fc
  .tuple(id, fc.constantFrom('Behavior is visible', 'Shows `code` and a \\| pipe', 'Plain text, with punctuation: (a) b; c.', 'Unicode café 😀'), fc.constantFrom('e2e', 'unit + e2e', 'manual', 'TODO', ''))
  .map(([req, behavior, verified]) => `| ${req} | ${behavior} | ${verified} |`);

const surfaceTable = fc
  .tuple(header, delimiter, fc.array(fc.oneof({ weight: 6, arbitrary: quickRow }, { weight: 1, arbitrary: row }), { minLength: 1, maxLength: 40 }))
  .map(([head, delim, rows]) => [head, delim, ...rows]);

const quickItem = fc
  .tuple(fc.constantFrom('-', '*', '+'), id, fc.constantFrom(':**', '**:', '**'), fc.constantFrom('The service does a thing.', 'It logs `every` answer | twice.', 'Café au lait 😀', 'R1 alone'))
  .map(([mark, req, close, text]) => `${mark} **${req}${close} ${text}`);

const requirementList = fc.array(fc.oneof({ weight: 6, arbitrary: quickItem.map((item) => [item]) }, { weight: 1, arbitrary: list }), { minLength: 1, maxLength: 20 }).map((items) => items.flat());

/** Content of a section: its own kind of block most of the time, any block now and then. */
function sectionBody(own: fc.Arbitrary<string[]>): fc.Arbitrary<string[][]> {
  return fc.array(fc.oneof({ weight: 3, arbitrary: own }, { weight: 1, arbitrary: blockArb }), { minLength: 1, maxLength: 4 });
}

/**
 * A document laid out like a design: title, metadata table, prose, the
 * Requirements, Use Cases and Acceptance test surface sections (in a random
 * order and at random levels), with the blocks of the other arbitrary mixed in.
 */
export const structuredDesignArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(lines('# Feature design: Widget', '', '| | |', '|-|-|', '| **Feature** | LCORE-1 |'), lines('Widget', '======'), lines('# Title')),
    fc.shuffledSubarray(
      [
        { name: 'What', body: sectionBody(fc.oneof(other, fence)) },
        { name: 'Requirements', body: sectionBody(requirementList) },
        { name: 'Use Cases', body: sectionBody(requirementList) },
        { name: 'Acceptance test surface', body: sectionBody(surfaceTable) },
        { name: 'Architecture', body: sectionBody(fc.oneof(fence, html, quoted)) },
      ],
      { minLength: 2 },
    ),
    fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 5, maxLength: 5 }),
    fc.array(fc.constantFrom(0, 1, 1, 2), { minLength: 30, maxLength: 30 }),
  )
  .chain(([title, sections, depths, gaps]) =>
    fc.tuple(...sections.map((section) => section.body)).map((bodies) => {
      const blocks: string[][] = [title];
      sections.forEach((section, index) => {
        blocks.push([`${'#'.repeat((depths[index] ?? 1) + 1)} ${section.name}`], ...(bodies[index] ?? []));
      });
      const out: string[] = [];
      blocks.forEach((block, index) => {
        if (index > 0) for (let blank = 0; blank < (gaps[index % gaps.length] ?? 1); blank++) out.push('');
        out.push(...block);
      });
      return `${out.join('\n')}\n`;
    }),
  );
