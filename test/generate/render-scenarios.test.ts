import { describe, expect, it } from 'vitest';
import { parseProvenance } from '../../src/shared/provenance.js';
import { renderFeature, renderScenarios } from '../../src/generate/render-feature.js';
import { design, options, parseGherkin, requirementTags, row } from './support.js';

const rows = [
  row(['R7'], 'New behavior | with pipes', { line: 40 }),
  row(['R8', 'R8a'], 'Scenario: looks like a keyword\nGiven this too', { line: 41 }),
  row(['R9'], 'Unit only', { levels: ['unit'], line: 42 }),
];

/** Existing files ending in every way a scenario can end. */
const EXISTING: Record<string, string> = {
  'plain scenario': 'Feature: f\n\n  Scenario: s\n    Given a\n',
  'no final newline': 'Feature: f\n\n  Scenario: s\n    Given a',
  'data table': 'Feature: f\n\n  Scenario: s\n    Given a\n      | x | y |\n      | 1 | 2 |\n',
  'doc string': 'Feature: f\n\n  Scenario: s\n    Given a\n      """\n      text\n      """\n',
  'outline with examples': 'Feature: f\n\n  Scenario Outline: s\n    Given <x>\n\n    Examples:\n      | x |\n      | 1 |\n',
  'scenario inside a rule': 'Feature: f\n\n  Rule: r\n\n    Scenario: s\n      Given a\n',
  'background only': 'Feature: f\n\n  Background:\n    Given a\n',
  'trailing comment': 'Feature: f\n\n  Scenario: s\n    Given a\n    # a comment\n',
};

describe('renderScenarios', () => {
  const text = renderScenarios(design(rows), rows, options({ levels: ['e2e'] }));

  it('renders only the scenario blocks of the selected rows, each opening with its provenance comment', () => {
    expect(text).not.toMatch(/^\s*Feature:/m);
    const blocks = text.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks.map((block) => parseProvenance(block.split('\n')[0] ?? '', 1)?.row)).toEqual([['R7'], ['R8', 'R8a']]);
    expect(text.startsWith('  # gherkin-bridge: design=sample row=R7 behavior=')).toBe(true);
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });

  it('matches the blocks of the whole feature file', () => {
    const whole = renderFeature(design(rows), options({ levels: ['e2e'] }));
    expect(whole.endsWith(`\n\n${text}`)).toBe(true);
  });

  for (const [name, existing] of Object.entries(EXISTING)) {
    it(`stays valid appended after: ${name}`, () => {
      const separator = existing.endsWith('\n') ? '\n' : '\n\n';
      const { pickles } = parseGherkin(`${existing}${separator}${text}`);
      const generated = pickles.filter((pickle) => pickle.tags.some((tag) => tag.name === '@skip'));
      expect(generated.map(requirementTags)).toEqual([['@R7'], ['@R8', '@R8a']]);
      expect(generated.map((pickle) => pickle.name)).toEqual(['New behavior | with pipes', 'Scenario: looks like a keyword Given this too']);
    });
  }

  it('returns an empty string when no row is selected', () => {
    expect(renderScenarios(design(rows), rows, options({ levels: ['manual'] }))).toBe('');
  });
});

describe('designTag', () => {
  it('tags each scenario with its design when asked, for files linked to another design', () => {
    const block = renderScenarios(design(rows), rows, options({ levels: ['e2e'], designTag: true }));
    const { document, pickles } = parseGherkin(`@design:other\nFeature: another design's file\n\n${block}`);
    const own = document.feature?.children.map((child) => child.scenario?.tags.map((tag) => tag.name));
    expect(own).toEqual([
      ['@design:sample', '@R7', '@skip'],
      ['@design:sample', '@R8', '@R8a', '@skip'],
    ]);
    expect(pickles.map(requirementTags)).toEqual([['@R7'], ['@R8', '@R8a']]);
  });

  it('leaves scenarios without a design tag by default', () => {
    expect(renderScenarios(design(rows), rows, options())).not.toContain('@design:');
  });
});
