import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDesignTree } from '../../src/design/design-tree.js';
import { extractDesign, extractDesignWholeDocument, extractDesignWith } from '../../src/design/extract-design.js';
import { assertProperty, propertyParameters, propertyTimeout } from '../hostile/support/property.js';
import { corpusDir, repoRoot } from '../support/corpus.js';
import { doc } from './doc.js';
import { markdownDesignArb, structuredDesignArb } from './support/markdown-design.js';

const TEST_FILE = 'test/design/fast-path.test.ts';

/** The fast path with every piece and row batch as small as it can be: every cut is taken. */
const tinyPieces = (source: string) => readDesignTree(source, { pieceLength: 1, rowBatchLength: 1 });

/** Extraction by the fast path (default and tiny pieces) gives byte for byte what one whole-document parse gives. */
function expectSameAsWholeDocument(text: string, file: string): void {
  const whole = JSON.stringify(extractDesignWholeDocument(text, file));
  expect(JSON.stringify(extractDesign(text, file))).toBe(whole);
  expect(JSON.stringify(extractDesignWith(text, file, tinyPieces))).toBe(whole);
}

describe('fast extraction equals whole-document extraction', () => {
  it('on arbitrary design-shaped Markdown (property)', () => {
    const parameters = propertyParameters<[string]>(300);
    assertProperty(
      fc.property(markdownDesignArb, (text) => expectSameAsWholeDocument(text, 'docs/design/any.md')),
      parameters,
      TEST_FILE,
    );
  }, propertyTimeout(propertyParameters(300).numRuns, 100));

  it('on arbitrary documents laid out like designs (property)', () => {
    const parameters = propertyParameters<[string]>(300);
    assertProperty(
      fc.property(structuredDesignArb, (text) => expectSameAsWholeDocument(text, 'docs/design/any.md')),
      parameters,
      TEST_FILE,
    );
  }, propertyTimeout(propertyParameters(300).numRuns, 100));
});

/** Every Markdown file under `dir` (relative paths), `node_modules` and `dist` left out. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md') && !/(^|[\\/])(node_modules|dist|\.git)([\\/]|$)/.test(file))
    .sort();
}

describe('fast extraction equals whole-document extraction on real files', () => {
  const ownFiles = ['test/fixtures', 'examples', 'docs', 'templates'].flatMap((dir) => markdownFiles(path.join(repoRoot, dir)).map((file) => path.join(dir, file)));

  it('has the design fixtures to compare', () => {
    expect(ownFiles).toContain(path.join('test/fixtures/design/widget-export/widget-export.md'));
    expect(ownFiles.length).toBeGreaterThan(10);
  });

  it.each(ownFiles)('%s', (file) => {
    expectSameAsWholeDocument(readFileSync(path.join(repoRoot, file), 'utf8'), file);
  });

  const corpus = corpusDir();
  const corpusFiles = corpus === null ? [] : markdownFiles(corpus);

  it.skipIf(corpus === null)('has the corpus designs and template to compare', () => {
    expect(corpusFiles).toEqual(
      expect.arrayContaining([
        path.join('lightspeed-stack/docs/design/byok-confluence-import/byok-confluence-import.md'),
        path.join('lightspeed-stack/docs/design/llama-stack-config-merge/llama-stack-config-merge.md'),
        path.join('lightspeed-stack/docs/contributing/templates/spec-doc-template.md'),
      ]),
    );
  });

  it.skipIf(corpus === null).each(corpusFiles)('corpus: %s', (file) => {
    expectSameAsWholeDocument(readFileSync(path.join(corpus ?? '', file), 'utf8'), file);
  });
});

describe('fast extraction, rule by rule', () => {
  const TABLE = ['| Req | Observable behavior | Verified by |', '|---|---|---|'];

  it('does not read sections inside a fenced code block that never closes', () => {
    const text = doc('# Title', '', '```', '## Requirements', '', '- **R1:** Hidden.', '', '## Acceptance test surface', '', ...TABLE, '| R1 | x | e2e |');
    expectSameAsWholeDocument(text, 'a.md');
    expect(extractDesign(text, 'a.md')).toMatchObject({ requirements: [], surface: [], surfaceLine: null });
  });

  it('does not read a section heading inside an HTML comment, nor one inside a closed fence', () => {
    const text = doc('<!--', '## Acceptance test surface', '', ...TABLE, '| R1 | x | e2e |', '-->', '', '~~~', '# Requirements', '~~~', '', '## Requirements', '- **R2:** Real.');
    expectSameAsWholeDocument(text, 'a.md');
    expect(extractDesign(text, 'a.md')).toMatchObject({ requirements: [{ id: 'R2', text: 'Real.', line: 14 }], surfaceLine: null });
  });

  it('reads `2) x` after indented code and a blank line as the parser does (a paragraph, here a heading)', () => {
    const text = doc('    code', '', '2) Title', '===', '- item');
    expectSameAsWholeDocument(text, 'a.md');
    expect(extractDesign(text, 'a.md').title).toBe('2) Title');
  });

  it('reads simple rows, other rows and the line that ends a table, each at its line', () => {
    const text = doc(
      '## Acceptance test surface', // 1
      '', // 2
      ...TABLE, // 3, 4
      '| R1 | Plain with `code` and \\| pipe | e2e |', // 5
      '| R2 | *Emphasis* and [a link](x) | unit |', // 6
      'R3 | no leading pipe | manual', // 7
      '| R4 | Plain again | e2e |', // 8
      '- **R5:** a list ends the table', // 9
      '| R6 | not a row | e2e |', // 10
    );
    expectSameAsWholeDocument(text, 'a.md');
    const design = extractDesign(text, 'a.md');
    expect(design.surface.map((row) => [row.requirements.join(), row.behavior, row.line])).toEqual([
      ['R1', 'Plain with code and | pipe', 5],
      ['R2', 'Emphasis and a link', 6],
      ['R3', 'no leading pipe', 7],
      ['R4', 'Plain again', 8],
    ]);
  });

  it('resolves references to definitions that come later, and leaves undefined ones as written', () => {
    const text = doc(
      '## Requirements', // 1
      '- **R1:** Uses [the API][api] and a note[^1], not [nowhere] or [^2].', // 2
      '', // 3
      '## Acceptance test surface', // 4
      '', // 5
      ...TABLE, // 6, 7
      '| R1 | See [api] | e2e |', // 8
      '', // 9
      '[api]: https://example.com/API-1', // 10
      '[^1]: A footnote.', // 11
    );
    expectSameAsWholeDocument(text, 'a.md');
    const design = extractDesign(text, 'a.md');
    expect(design.requirements[0]?.text).toBe('Uses the API and a note, not [nowhere] or [^2].');
    expect(design.surface[0]?.behavior).toBe('See api');
  });

  it('resolves a link whose reference follows a footnote reference in the same item', () => {
    // A piece parsed alone gets the definitions it uses put before it: a link definition right
    // after a footnote definition would continue the footnote's paragraph and define nothing.
    const text = doc(
      '## Requirements', // 1
      '- **R1:** A note![^1] then [Multi\tLine] here.', // 2
      '', // 3
      '[^1]: A footnote.', // 4
      '', // 5
      '[multi', // 6
      'line]: /u', // 7
    );
    expectSameAsWholeDocument(text, 'a.md');
    expect(extractDesign(text, 'a.md').requirements[0]?.text).toBe('A note! then Multi Line here.');
  });

  it('reads a long requirement list and table item by item and row by row, at their lines', () => {
    const items = Array.from({ length: 300 }, (_, k) => `- **R${k + 1}:** Requirement ${k + 1} with \`code\`.`);
    const rows = Array.from({ length: 300 }, (_, k) => `| R${k + 1} | Behavior ${k + 1} | unit |`);
    const text = doc('# Big', '', '## Requirements', ...items, '', '## Acceptance test surface', '', ...TABLE, ...rows);
    expectSameAsWholeDocument(text, 'a.md');
    const design = extractDesign(text, 'a.md');
    expect(design.requirements).toHaveLength(300);
    expect(design.requirements[299]).toEqual({ id: 'R300', text: 'Requirement 300 with code.', line: 303 });
    expect(design.surface[299]).toMatchObject({ requirements: ['R300'], behavior: 'Behavior 300', line: 308 + 300 });
  });

  it('skips prose outside the sections it reads, and still reads headings and tables there', () => {
    const prose = Array.from({ length: 200 }, (_, k) => `Prose line ${k} with *emphasis*, [links](x) and \`code\`.`);
    const text = doc('Title', '=====', '', ...prose, '', '| | |', '|-|-|', '| **Spike** | LCORE-9 |', '', ...prose, '', 'Requirements', '------------', '- R1: Read.');
    expectSameAsWholeDocument(text, 'a.md');
    expect(extractDesign(text, 'a.md')).toMatchObject({ title: 'Title', spike: 'LCORE-9', requirements: [{ id: 'R1', text: 'Read.' }] });
  });

  it('reads a long run of `]` in linear time, with or without an image label before it', () => {
    for (const text of [doc('# B', '', `Some text ${']'.repeat(3_000)}`), doc('# B', '', `An ![image ${']'.repeat(300)}`)]) {
      expectSameAsWholeDocument(text, 'a.md');
    }
  });
});
