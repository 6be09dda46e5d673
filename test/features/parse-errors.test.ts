import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexFeature } from '../../src/features/index-feature.js';
import { errorDiagnostics } from '../../src/features/parse-gherkin.js';
import { fixture } from './fixtures.js';

/** Line of the first error a plain parse with the library's defaults reports, or null when it accepts the text. */
function plainFirstErrorLine(text: string): number | null {
  try {
    new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher()).parse(text);
    return null;
  } catch (error) {
    const { errors, location } = error as { errors?: { location?: { line?: number } }[]; location?: { line?: number } };
    return errors?.[0]?.location?.line ?? location?.line ?? -1;
  }
}

describe('indexFeature: parse errors', () => {
  it('reports every error the parser finds, with its line and column, and no scenarios', () => {
    const expected = (line: number, column: number, message: string) => ({
      kind: 'parse-error',
      severity: 'error',
      message,
      file: 'bad.feature',
      line,
      column,
    });
    const expectedTokens =
      '#EOF, #TableRow, #DocStringSeparator, #StepLine, #TagLine, #ExamplesLine, #ScenarioLine, #RuleLine, #Comment, #Empty';
    expect(indexFeature(fixture('multiple-errors.feature'), 'bad.feature')).toEqual({
      path: 'bad.feature',
      name: null,
      line: null,
      designTags: [],
      scenarios: [],
      diagnostics: [
        expected(8, 3, `expected: ${expectedTokens}, got 'this line is not Gherkin'`),
        expected(6, 7, 'inconsistent cell count within the table'),
        expected(12, 5, 'A tag may not contain whitespace'),
        expected(12, 5, `expected: ${expectedTokens}, got '@bad tag'`),
      ],
    });
  });

  it('reports errors up to the limit where the parser gives up (11)', () => {
    const scenarios = Array.from({ length: 15 }, (_, i) => `  Scenario: s${i}\n    Given x\n    junk ${i}`);
    const index = indexFeature(['Feature: f', ...scenarios].join('\n'), 'many.feature');
    expect(index.diagnostics.map((d) => d.line)).toEqual([4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34]);
  });

  it('turns a failure of the parser itself into a parse-error on line 1', () => {
    expect(errorDiagnostics(new TypeError('boom'), 'x.feature')).toEqual([
      {
        kind: 'parse-error',
        severity: 'error',
        message: 'Unexpected failure of the Gherkin parser: boom',
        file: 'x.feature',
        line: 1,
      },
    ]);
    expect(errorDiagnostics('odd', 'x.feature')[0]?.message).toBe('Unexpected failure of the Gherkin parser: odd');
  });

  it('reports an unexpected end of file without a column', () => {
    const text = 'Feature: f\n  Scenario: s\n    Given a doc string\n      """\n      never closed\n';
    expect(indexFeature(text, 'eof.feature').diagnostics).toEqual([
      {
        kind: 'parse-error',
        severity: 'error',
        message: 'unexpected end of file, expected: #DocStringSeparator, #Other',
        file: 'eof.feature',
        line: 6,
      },
    ]);
  });

  it('reports an unknown language at the language header', () => {
    const [diagnostic] = indexFeature('# language: no-such\nFeature: f\n', 'lang.feature').diagnostics;
    expect(diagnostic).toMatchObject({ line: 1, column: 1, message: 'Language not supported: no-such' });
  });

  it('reads other languages', () => {
    const index = indexFeature('# language: fr\n@R1\nFonctionnalité: f\n  Scénario: s\n    Soit un pas\n', 'fr.feature');
    expect(index.diagnostics).toEqual([]);
    expect(index.scenarios.map((s) => [s.keyword, s.requirements])).toEqual([['Scénario', [{ id: 'R1', line: 2 }]]]);
  });
});

describe('indexFeature: files without a feature', () => {
  it.each([
    ['an empty file', ''],
    ['blank lines only', '\n  \n\t\n'],
    ['comments only', '# just a note\n\n  # another one\n'],
    ['a byte order mark only', '\uFEFF'],
    ['comments with CRLF', '# one\r\n# two\r\n'],
  ])('accepts %s: no error, no scenario', (_, text) => {
    expect(indexFeature(text, 'empty.feature')).toEqual({
      path: 'empty.feature',
      name: null,
      line: null,
      designTags: [],
      scenarios: [],
      diagnostics: [],
    });
  });

  it('keeps an empty Feature name apart from a missing Feature', () => {
    expect(indexFeature('Feature:\n', 'f.feature')).toMatchObject({ name: '', line: 1, scenarios: [] });
  });
});

describe('indexFeature: line endings and byte order mark', () => {
  const lf = fixture('designs.feature');
  const expected = indexFeature(lf, 'designs.feature');

  it.each([
    ['CRLF', lf.replace(/\n/g, '\r\n')],
    ['a byte order mark', `\uFEFF${lf}`],
    ['both', `\uFEFF${lf.replace(/\n/g, '\r\n')}`],
    ['no final newline', lf.trimEnd()],
  ])('gives the same index with %s', (_, text) => {
    expect(indexFeature(text, 'designs.feature')).toEqual(expected);
  });

  it('keeps error lines and columns with CRLF and a byte order mark', () => {
    const text = fixture('multiple-errors.feature');
    const bad = indexFeature(`\uFEFF${text.replace(/\n/g, '\r\n')}`, 'bad.feature');
    expect(bad).toEqual(indexFeature(text, 'bad.feature'));
    expect(indexFeature('\uFEFFnot gherkin\r\n', 'x.feature').diagnostics.map((d) => [d.line, d.column])).toEqual([[1, 1]]);
  });

  it('attaches provenance with CRLF', () => {
    const text = fixture('provenance.feature');
    expect(indexFeature(text.replace(/\n/g, '\r\n'), 'p.feature')).toEqual(indexFeature(text, 'p.feature'));
  });
});

describe('indexFeature: never throws', () => {
  const fragment = fc.oneof(
    fc.constantFrom(
      'Feature: f',
      'Feature:',
      '  Rule: r',
      '  Background:',
      '  Scenario: s',
      '  Scenario Outline: o <x>',
      '  Example: e',
      '    Examples:',
      '    Given <x>',
      '    And a step',
      '    * a step',
      '      | x |',
      '      | 1 |',
      '      | 1 | 2 |',
      '      | a \\',
      '      """',
      '      ```json',
      '@R1 @design:a',
      '@design:b',
      '@R2a #comment',
      '@bad tag',
      '# gherkin-bridge: design=a row=R1 behavior=abcdef',
      '# language: fr',
      '# language: nope',
      '#',
      '',
      '\uFEFF',
      'free text',
    ),
    fc.string({ maxLength: 12 }),
  );
  const feature = fc
    .tuple(fc.array(fragment, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([lines, eol]) => lines.join(eol));

  it('returns diagnostics exactly when the library rejects the text, starting at its first error line', () => {
    fc.assert(
      fc.property(feature, (text) => {
        const index = indexFeature(text, 'fuzz.feature');
        const firstLine = plainFirstErrorLine(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        expect(index.diagnostics[0]?.line ?? null).toBe(firstLine);
        for (const diagnostic of index.diagnostics) {
          expect(diagnostic.kind).toBe('parse-error');
          expect(diagnostic.line).toBeGreaterThanOrEqual(1);
          expect(diagnostic.message).not.toMatch(/^\(-?\d+:-?\d+\)/);
        }
        if (index.diagnostics.length > 0) expect(index.scenarios).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
