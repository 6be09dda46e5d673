import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import { LEVELS, type Design } from '../../src/model.js';
import { doc } from './doc.js';

/** Markdown-ish text built from the pieces the extractor reacts to. */
const markdownish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\n',
        '\n\n',
        '# ',
        '## ',
        '### ',
        'Acceptance test surface',
        'Requirements',
        'Use cases',
        '| Req | Observable behavior | Verified by |\n|---|---|---|\n',
        '| ',
        ' |',
        '|',
        '\\|',
        '`',
        '**',
        '- ',
        '1. ',
        '> ',
        '    ',
        'R1',
        'R4a',
        'U2',
        '–',
        '..',
        ', ',
        ':',
        'e2e',
        'unit',
        'manual',
        'TODO',
        '<br>',
        '[x](y)',
        '**Feature**',
        'LCORE-1',
        '\u0000',
        '\uFEFF',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

function checkInvariants(design: Design, path: string, text: string): void {
  const lineCount = text.split(/\r\n?|\n/).length;
  for (const d of design.diagnostics) {
    expect(d.file).toBe(path);
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lineCount).toBe(true);
  }
  for (const row of design.surface) {
    expect(row.requirements.length).toBeGreaterThan(0);
    expect(new Set(row.requirements).size).toBe(row.requirements.length);
    expect(row.levels).toEqual(LEVELS.filter((level) => row.levels.includes(level)));
    expect(row.line >= 1 && row.line <= lineCount).toBe(true);
  }
  for (const r of [...design.requirements, ...design.useCases]) {
    expect(r.text).toBe(r.text.replace(/\s+/g, ' ').trim());
  }
}

describe('robustness', () => {
  it('never throws on arbitrary text and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), markdownish), (text) => {
        const design = extractDesign(text, 'any.md');
        checkInvariants(design, 'any.md', text);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same design with a BOM and CRLF line endings', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const lf = text.replace(/\r/g, '');
        const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
        expect(extractDesign(crlf, 'a.md')).toEqual(extractDesign(lf, 'a.md'));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a surface table with NUL characters', () => {
    const text = doc('## Acceptance test surface', '', '| Req | Observable behavior | Verified by |', '|---|---|---|', '| R1\u0000 | a\u0000b | e2e\u0000 |');
    const design = extractDesign(text, 'nul.md');
    expect(design.surface).toHaveLength(1);
    expect(design.surface[0]?.requirements).toEqual(['R1']);
    expect(design.surface[0]?.levels).toEqual(['e2e']);
  });

  it.each([
    ['block quotes', '>'.repeat(30_000)],
    ['list items', '- '.repeat(30_000)],
    ['mixed containers', '> 1. * '.repeat(10_000)],
  ])('refuses %s nested too deeply, quickly and without throwing', (_name, deep) => {
    const started = performance.now();
    const design = extractDesign(doc('# Fine', '', 'Text.', deep), 'deep.md');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(design.surface).toEqual([]);
    expect(design.diagnostics).toHaveLength(1);
    expect(design.diagnostics[0]).toMatchObject({ kind: 'parse-error', severity: 'error', file: 'deep.md', line: 4 });
    expect(design.diagnostics[0]?.message).toMatch(/^Unexpected \d+ nested block quotes or list items, expected at most 100$/);
  });

  it('still reads a document nested 100 containers deep', () => {
    const text = doc(`${'> '.repeat(100)}## Acceptance test surface`, '', '| Req | Observable behavior | Verified by |', '|---|---|---|', '| R1 | Deep | e2e |');
    const design = extractDesign(text, 'deep.md');
    expect(design.diagnostics.map((d) => d.kind)).not.toContain('parse-error');
  });

  it('handles a huge line in a cell and a large table', () => {
    const huge = 'word '.repeat(60_000);
    const rows = Array.from({ length: 1000 }, (_, index) => `| R${index + 1} | Behavior ${index} | unit |`);
    const text = doc(
      '## Acceptance test surface',
      '',
      '| Req | Observable behavior | Verified by |',
      '|---|---|---|',
      `| R0 | ${huge} | e2e |`,
      ...rows,
    );
    const design = extractDesign(text, 'big.md');
    expect(design.surface).toHaveLength(1001);
    expect(design.surface[0]?.behavior).toHaveLength(huge.trim().length);
    expect(design.surface[1000]).toMatchObject({ requirements: ['R1000'], line: 1005 });
  });
});
