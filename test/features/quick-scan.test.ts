import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickScan } from '../../src/features/quick-scan.js';
import { libraryScan } from '../../src/features/scan-gherkin.js';
import { indexFeature, indexFeatureBytes } from '../../src/features/index-feature.js';
import { assertProperty, propertyParameters, propertyTimeout } from '../hostile/support/property.js';
import { corpusDir } from '../support/corpus.js';
import { filesUnder } from './corpus-files.js';

const LANGUAGE_LINE = /^\s*#\s*language\s*:\s*([a-zA-Z\-_]+)\s*$/m;

/**
 * What the quick scan must give: the library's scan whenever it answers; and
 * it declines (undefined) only where the library finds an error or the text
 * is in another language than English.
 */
function expectAgreement(text: string): 'accepted' | 'declined' {
  const quick = quickScan(Buffer.from(text, 'utf8'));
  // Indexing the bytes gives what indexing the text gives, whichever path it takes.
  expect(indexFeatureBytes(Buffer.from(text, 'utf8'), 'f.feature', 'linked')).toStrictEqual(indexFeature(text, 'f.feature', 'linked'));
  const library = libraryScan(text);
  if (quick !== undefined) {
    expect(quick, JSON.stringify(text)).toEqual(library);
    return 'accepted';
  }
  const language = LANGUAGE_LINE.exec(text)?.[1];
  if (language === undefined || language === 'en') expect(library, JSON.stringify(text)).toBeNull();
  return 'declined';
}

const valid: Record<string, string> = {
  'a plain feature': 'Feature: Shop\n  Scenario: buy\n    Given a cart\n    When I pay\n    Then I own it\n',
  'every English title keyword': [
    'Business Need: B',
    '  Background:',
    '    * a thing',
    '  Example: e',
    '    But not this',
    '  Scenario Template: t <x>',
    '    And <x>',
    '    Scenarios:',
    '      | x |',
    '      | 1 |',
    'Rule: R',
    '  Scenario Outline: o',
    '    Given x',
    '    @ex',
    '    Examples:',
    '      | y |',
  ].join('\n'),
  'descriptions that read like steps, rows and titles': [
    'Ability: A',
    '  Given this is description',
    '  | not a table |',
    '  Examples: not examples here',
    '  Scenario: s',
    '    Feature: still a description',
    '    Background: too',
    '    Given a step',
  ].join('\n'),
  'a doc string holding keywords, and a table after it': [
    'Feature: D',
    '  Scenario: s',
    '    Given text',
    '      ```markdown',
    '      Scenario: not one',
    '      """',
    '      ```',
    '      | a | b |',
    '      | 1 | 2 |',
  ].join('\n'),
  'tags with comments, and tags for a rule': [
    '# language: en',
    '@a @b #tail',
    'Feature: T',
    '  @c',
    '  # between',
    '  Scenario: one',
    '    Given x',
    '  @d',
    '  Rule: r',
    '    Background:',
    '      Given y',
  ].join('\n'),
  'escaped pipes and CRLF': 'Feature: E\r\n  Scenario: s\r\n    Given rows\r\n      | a \\| b | c |\r\n      | 1 | 2 \\\\|\r\n',
  'white space the library trims': '\u00a0Feature:\u2003Spaced \t\n\u3000 Scenario: s\n',
  'a step behind NEL, which the library does not trim: a description line': 'Feature: N\n  Scenario: s\n\u0085  Given x\n',
  'comments only': '# one\n\n# two\n',
  'empty text': '',
};

const invalid: Record<string, string> = {
  'a row wider than the first': 'Feature: T\n  Scenario: s\n    Given rows\n      | a |\n      | 1 | 2 |\n',
  'a step after an Examples table': 'Feature: T\n  Scenario Outline: s\n    Given <a>\n    Examples:\n      | a |\n      Given no\n',
  'a Background after a step': 'Feature: T\n  Scenario: s\n    Given x\n  Background:\n',
  'tags before the end of the file': 'Feature: T\n  Scenario: s\n  @orphan\n',
  'tags before a step': 'Feature: T\n  Scenario: s\n  @t\n    Given x\n',
  'Examples tags before a feature-level scenario': 'Feature: T\n  @t\n  Examples:\n',
  'a tag holding a space': 'Feature: T\n  @a b\n  Scenario: s\n',
  'a doc string never closed': 'Feature: T\n  Scenario: s\n    Given x\n      """\n      text\n',
  'a doc string closed by the other separator': 'Feature: T\n  Scenario: s\n    Given x\n      """\n      ```\n',
  'two doc strings for one step': 'Feature: T\n  Scenario: s\n    Given x\n      """\n      """\n      """\n      """\n',
  'a table after a table and a doc string': 'Feature: T\n  Scenario: s\n    Given x\n      | a |\n      """\n      """\n      | b |\n',
  'text before the Feature line': 'Hello\nFeature: T\n',
  'a language line alone': '# language: en\n',
  'a second Feature after steps': 'Feature: A\n  Scenario: s\n    Given x\nFeature: B\n',
};

describe('quickScan', () => {
  for (const [name, text] of Object.entries(valid)) {
    it(`scans valid text as the library does: ${name}`, () => {
      expect(expectAgreement(text)).toBe('accepted');
    });
  }

  for (const [name, text] of Object.entries(invalid)) {
    it(`declines what the library rejects: ${name}`, () => {
      expect(quickScan(Buffer.from(text))).toBeUndefined();
      expect(libraryScan(text)).toBeNull();
    });
  }

  it('reads the title and line of the Feature, and counts scenarios in rules and outlines', () => {
    expect(quickScan(Buffer.from(valid['every English title keyword'] ?? ''))).toEqual({
      feature: { name: 'B', line: 1 },
      scenarios: 3,
    });
    expect(quickScan(Buffer.from(valid['white space the library trims'] ?? ''))).toEqual({
      feature: { name: 'Spaced', line: 1 },
      scenarios: 1,
    });
  });

  it('indexes bytes with a byte order mark, or with a @design: tag, as it indexes the text', () => {
    for (const text of ['\uFEFFFeature: B\n  Scenario: s\n', '@design:x\nFeature: L\n  @R1\n  Scenario: s\n    Given x\n']) {
      expect(indexFeatureBytes(Buffer.from(text, 'utf8'), 'f.feature', 'linked')).toStrictEqual(indexFeature(text, 'f.feature', 'linked'));
      expect(indexFeatureBytes(Buffer.from(text, 'utf8'), 'f.feature', 'all')).toStrictEqual(indexFeature(text, 'f.feature', 'all'));
    }
  });

  it('declines another language, even a valid text, and leaves it to the library', () => {
    const french = '# language: fr\nFonctionnalité: A\n  Scénario: x\n    Soit y\n';
    expect(quickScan(Buffer.from(french))).toBeUndefined();
    expect(libraryScan(french)).toEqual({ feature: { name: 'A', line: 2 }, scenarios: 1 });
  });
});

/** Lines of a mostly valid document: a Feature, a Background, scenarios with arguments and examples, rules. */
const step = fc.tuple(
  fc.constantFrom('Given x', 'When y', 'Then z', 'And a', 'But b', '* c'),
  fc.constantFrom<string[]>([], ['| a | b |', '| 1 | 2 |'], ['"""', 'Scenario: inside', '"""'], ['```', '| x |', '```'], ['| a |', '"""', 'q', '"""'], ['"""', '"""', '| a |', '| b |']),
).map(([line, arg]) => [line, ...arg]);
const tags = fc.constantFrom<string[]>([], ['@t'], ['@a @b', '# note'], ['@x #c']);
const scenario = fc
  .tuple(
    tags,
    fc.constantFrom('Scenario: s', 'Example: e', 'Scenario Outline: o', 'Scenario Template: t'),
    fc.constantFrom<string[]>([], ['  a description'], ['# a comment', 'text']),
    fc.array(step, { maxLength: 4 }),
    fc.array(fc.tuple(tags, fc.constantFrom('Examples:', 'Scenarios:'), fc.constantFrom<string[]>([], ['| a |'], ['| a |', '', '| 1 |'])), { maxLength: 2 }),
  )
  .map(([t, title, description, steps, examples]) => [
    ...t,
    title,
    ...description,
    ...steps.flat(),
    ...examples.flatMap(([et, line, rows]) => [...et, line, ...rows]),
  ]);
const background = fc.option(fc.array(step, { maxLength: 3 }).map((steps) => ['Background:', ...steps.flat()]), { nil: undefined });
const rule = fc
  .tuple(tags, background, fc.array(scenario, { maxLength: 3 }))
  .map(([t, bg, scenarios]) => [...t, 'Rule: r', ...(bg ?? []), ...scenarios.flat()]);
const documentLines = fc
  .tuple(
    fc.constantFrom<string[]>([], ['# language: en'], ['# language: fr'], ['# just a comment', '']),
    tags,
    fc.constantFrom('Feature: F', 'Ability: A', 'Business Need: B'),
    background,
    fc.array(scenario, { maxLength: 3 }),
    fc.array(rule, { maxLength: 2 }),
  )
  .map(([header, t, title, bg, scenarios, rules]) => [...header, ...t, title, ...(bg ?? []), ...scenarios.flat(), ...rules.flat()]);

/** Lines that break a document when put in the wrong place. */
const strayLine = fc.constantFrom(
  '', '# c', '@t', '@a b', 'Feature: G', 'Background:', 'Scenario: z', 'Examples:', 'Rule: q', 'Given w',
  '| a | b | c |', '"""', '```', 'free text', 'Scenario Outline x', 'Given', '*x', '\\"\\"\\"',
);
const indent = fc.constantFrom('', '  ', '\t', '\u00a0 ', '    ', '\u3000', '\u2003\t');

/** A document, maybe with a line replaced, inserted or dropped, indented at random, with LF or CRLF. */
const gherkinText = fc
  .tuple(
    documentLines,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'drop'), strayLine), { maxLength: 2 }),
    fc.infiniteStream(indent),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([lines, edits, indents, eol, finalEol]) => {
    const edited = [...lines];
    for (const [at, edit, line] of edits) {
      const i = edited.length === 0 ? 0 : at % edited.length;
      if (edit === 'replace') edited[i] = line;
      else if (edit === 'insert') edited.splice(i, 0, line);
      else edited.splice(i, 1);
    }
    const text = edited.map((line) => indents.next().value + line).join(eol);
    return finalEol ? text + eol : text;
  });

describe('quickScan against the library on generated documents', () => {
  const parameters = propertyParameters<[string]>(2000);

  it('agrees with the library on every generated text, and answers for most valid ones', () => {
    let accepted = 0;
    let declined = 0;
    assertProperty(
      fc.property(gherkinText, (text) => {
        if (expectAgreement(text) === 'accepted') accepted++;
        else declined++;
      }),
      parameters,
      'test/features/quick-scan.test.ts',
    );
    // Both sides are exercised: the generator makes valid and broken texts.
    expect(accepted).toBeGreaterThan(parameters.numRuns! / 5);
    expect(declined).toBeGreaterThan(parameters.numRuns! / 20);
  }, propertyTimeout(parameters.numRuns, 2));
});

const corpus = corpusDir();

describe.skipIf(!corpus)('quickScan on the real corpora', () => {
  it('agrees with the library on every file, and answers for the English ones', () => {
    const files = corpus
      ? [
          ...filesUnder(path.join(corpus, 'real-features'), '.feature'),
          ...filesUnder(path.join(corpus, 'gherkin-testdata'), '.feature'),
          ...filesUnder(path.join(corpus, 'lightspeed-stack'), '.feature'),
        ]
      : [];
    expect(files.length).toBeGreaterThan(3000);
    let accepted = 0;
    for (const file of files) {
      const bytes = readFileSync(file);
      const raw = bytes.toString('utf8');
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (expectAgreement(text) === 'accepted') accepted++;
      // As read from disk, byte order mark included.
      if (isUtf8(bytes)) expect(indexFeatureBytes(bytes, file, 'linked'), file).toStrictEqual(indexFeature(raw, file, 'linked'));
    }
    // Every valid English file: all but the invalid and the other-language ones.
    expect(accepted).toBeGreaterThan(files.length * 0.9);
  });
});
