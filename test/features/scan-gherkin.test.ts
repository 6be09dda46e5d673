import { describe, expect, it } from 'vitest';
import { indexFeature } from '../../src/features/index-feature.js';
import { libraryScan } from '../../src/features/scan-gherkin.js';

/** The full index of `text` with its unlinked scenarios counted instead of listed, as detail "linked" should give. */
function countedFull(text: string) {
  const full = indexFeature(text, 'f.feature');
  const unlinked = full.scenarios.filter((scenario) => scenario.design === null).length;
  const { scenarios: _listed, ...rest } = full;
  return unlinked > 0 ? { ...rest, scenarios: [], unlinkedScenarios: unlinked } : { ...rest, scenarios: [] };
}

const cases: Record<string, string> = {
  'scenarios, an outline and a background': [
    '@smoke',
    'Feature: Shop',
    '  Background:',
    '    Given a shop',
    '  Scenario: Buy',
    '    When I buy',
    '  Scenario Outline: Pay <n>',
    '    When I pay <n>',
    '    Examples:',
    '      | n |',
    '      | 1 |',
    '      | 2 |',
  ].join('\n'),
  'scenarios inside rules': 'Feature: R\n  Rule: one\n    Scenario: a\n      Given x\n  Rule: two\n    Background:\n      Given y\n    Scenario: b\n    Scenario: c\n',
  'an outline without examples rows': 'Feature: O\n  Scenario Outline: empty <x>\n    Given <x>\n    Examples:\n      | x |\n',
  'a feature with no scenario': 'Feature: Nothing yet\n  Just a description.\n',
  'comments only': '# nothing here\n# at all\n',
  'an empty file': '',
  'a byte order mark and CRLF': '\uFEFFFeature: BOM\r\n  Scenario: one\r\n    Given x\r\n',
  'French keywords': '# language: fr\nFonctionnalité: Achats\n  Scénario: payer\n    Soit un panier\n',
  'requirement tags without a design link': 'Feature: T\n  @R1 @R2\n  Scenario: tagged\n    Given x\n',
};

const broken: Record<string, string> = {
  'a data table with a short row': 'Feature: T\n  Scenario: s\n    Given rows\n      | a | b |\n      | 1 |\n',
  'an Examples table with a long row': 'Feature: T\n  Scenario Outline: s <a>\n    Given <a>\n    Examples:\n      | a |\n      | 1 | 2 |\n',
  'a tag before the end of the file': 'Feature: T\n  Scenario: s\n    Given x\n  @orphan\n',
  'a doc string never closed': 'Feature: T\n  Scenario: s\n    Given x\n      """\n      text\n',
  'a background after a scenario': 'Feature: T\n  Scenario: s\n    Given x\n  Background:\n    Given y\n',
  'an unknown language': '# language: xx-nope\nFeature: A\n',
};

describe('counting scenarios (detail linked)', () => {
  for (const [name, text] of Object.entries(cases)) {
    it(`counts like the full index: ${name}`, () => {
      expect(indexFeature(text, 'f.feature', 'linked')).toEqual(countedFull(text));
    });
  }

  for (const [name, text] of Object.entries(broken)) {
    it(`rejects, and the index words the same errors as a full parse: ${name}`, () => {
      expect(libraryScan(text)).toBeNull();
      const full = indexFeature(text, 'f.feature');
      expect(full.diagnostics.length).toBeGreaterThan(0);
      expect(indexFeature(text, 'f.feature', 'linked')).toEqual(full);
    });
  }

  it('reads the Feature name and line and counts the scenarios', () => {
    expect(libraryScan('# c\n\nFeature: Named\n  Scenario: a\n  Scenario: b\n')).toEqual({
      feature: { name: 'Named', line: 3 },
      scenarios: 2,
    });
  });

  it('is not confused by a previous file: each scan starts afresh', () => {
    expect(libraryScan('# language: fr\nFonctionnalité: A\n  Scénario: x\n')?.scenarios).toBe(1);
    expect(libraryScan('Feature: B\n  Scenario: y\n  Scenario: z\n')?.scenarios).toBe(2);
    expect(libraryScan('Feature: C\n  Scenario: s\n    Given rows\n      | a |\n      | 1 | 2 |\n')).toBeNull();
    expect(libraryScan('Feature: D\n  Scenario: s\n    Given rows\n      | a |\n      | 1 |\n')?.scenarios).toBe(1);
  });

  it('lists linked files in full: a file with a @design: tag is not only counted', () => {
    const text = '@design:shop\nFeature: L\n  @R1\n  Scenario: a\n    Given x\n';
    const linked = indexFeature(text, 'f.feature', 'linked');
    expect(linked).toEqual(indexFeature(text, 'f.feature'));
    expect(linked.scenarios).toHaveLength(1);
    expect(linked.unlinkedScenarios).toBeUndefined();
  });
});
