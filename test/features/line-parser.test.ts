import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import LibraryLine from '@cucumber/gherkin/dist/GherkinLine.js';
import { IdGenerator } from '@cucumber/messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GherkinLine } from '../../src/features/gherkin-line.js';
import { createLineParser } from '../../src/features/line-parser.js';
import { propertyParameters, replayHint } from '../hostile/support/property.js';
import { corpusDir } from '../support/corpus.js';
import { filesUnder } from './corpus-files.js';

/** What a parse gives: the document, or the errors' messages and places. */
function outcome(parse: () => unknown): unknown {
  try {
    return { document: parse() };
  } catch (error) {
    const { errors } = error as { errors?: { message: string; location?: unknown }[] };
    const list = errors ?? [error as { message: string; location?: unknown }];
    return { errors: list.map((e) => ({ message: e.message, location: e.location })) };
  }
}

function libraryParse(text: string): unknown {
  return outcome(() => new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher()).parse(text));
}

const ours = (() => {
  let parser: ReturnType<typeof createLineParser> | null = null;
  let newId = IdGenerator.incrementing();
  return (text: string): unknown => {
    // A fresh id sequence per document, as the library parse above uses, so the ids compare equal.
    newId = IdGenerator.incrementing();
    parser = createLineParser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
    return outcome(() => parser?.parse(text));
  };
})();

/** Every member of a line the token matcher reads. */
function lineView(line: GherkinLine | LibraryLine): unknown {
  const indents = [-1, 0, 1, 2, 3, line.indent, line.indent + 1];
  return {
    trimmed: line.trimmedLineText,
    isEmpty: line.isEmpty,
    indent: line.indent,
    cells: line.getTableCells(),
    lineText: indents.map((n) => line.getLineText(n)),
    rest: [0, 1, 3, 8].map((n) => line.getRestTrimmed(n)),
    startsWith: ['|', '@', '#', '"""', '```', 'Given ', 'Feature', ''].map((p) => line.startsWith(p)),
    title: ['Feature', 'Scenario', 'Exemple'].map((k) => line.startsWithTitleKeyword(k)),
  };
}

const pieces = [
  '|', '\\|', '\\\\', '\\n', '\\', ' ', '\t', '\u00a0', '\u0085', '\u2003', '\u3000', '\ufeff', '\v', '\f', '\r',
  'a', 'Given ', 'Feature:', 'Scenario:', 'Exemple:', '@tag', '#', '"""', '```', '😀', '\ud83d', 'é', 'א',
];
const lineArbitrary = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));

const shapes = [
  'Feature: F', '# language: fr', 'Fonctionnalité: F', 'Rule: R', 'Background:', 'Scenario: S', 'Scenario Outline: O <a>',
  'Examples:', 'Given a', 'When b', 'And c', '| a | b |', '| 1 | 2 |', '| 1 |', '|a\\|b|c\\\\|', '"""', '"""json', '```',
  '@t1 @t2', '@bad tag', '# comment', '', 'free text', 'Scénario: s', 'Soit x',
];
const documentArbitrary = fc
  .array(fc.tuple(fc.constantFrom('', ' ', '  ', '\t', '    '), fc.constantFrom(...shapes), fc.constantFrom('', ' ', '\r')), {
    maxLength: 30,
  })
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.map(([a, b, c]) => a + b + c).join(eol)));

describe('GherkinLine', () => {
  it('reads every line as @cucumber/gherkin does (property)', () => {
    const details = fc.check(
      fc.property(lineArbitrary, fc.integer({ min: 1, max: 9 }), (text, n) => {
        expect(lineView(new GherkinLine(text, n))).toEqual(lineView(new LibraryLine(text, n)));
      }),
      propertyParameters(2000),
    );
    if (details.failed) expect.fail(`${String(details.errorInstance)}\n${replayHint(details, 'test/features/line-parser.test.ts')}`);
  });

  it('splits cells with escapes, padding and columns like the library', () => {
    const text = '  |  a\\|b | \\\\c\\n |\u00a0d\u0085|  |😀 x|';
    expect(lineView(new GherkinLine(text, 1))).toEqual(lineView(new LibraryLine(text, 1)));
    expect(new GherkinLine(text, 1).getTableCells().map((cell) => cell.text)).toEqual(['a|b', '\\c\n', 'd', '', '😀 x']);
  });
});

describe('createLineParser', () => {
  it('gives the same document, or the same errors, as the library on generated documents (property)', () => {
    const details = fc.check(
      fc.property(documentArbitrary, (text) => {
        expect(ours(text)).toEqual(libraryParse(text));
      }),
      propertyParameters(500),
    );
    if (details.failed) expect.fail(`${String(details.errorInstance)}\n${replayHint(details, 'test/features/line-parser.test.ts')}`);
  });

  const corpus = corpusDir();
  it.skipIf(!corpus)('gives the same document, or the same errors, as the library on every corpus file', () => {
    const root = corpus ?? '';
    const files = [...filesUnder(path.join(root, 'real-features'), '.feature'), ...filesUnder(path.join(root, 'gherkin-testdata'), '.feature')];
    expect(files.length).toBeGreaterThan(3000);
    let rejected = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const expected = libraryParse(text);
      if ((expected as { errors?: unknown }).errors) rejected++;
      expect(ours(text), file).toEqual(expected);
    }
    expect(rejected).toBeGreaterThan(10);
  });
});
