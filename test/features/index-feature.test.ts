import { describe, expect, it } from 'vitest';
import { indexFeature } from '../../src/features/index-feature.js';
import type { ScenarioEntry } from '../../src/model.js';
import { fixture } from './fixtures.js';

/** An entry without provenance, the common case in these fixtures. */
function entry(fields: Omit<ScenarioEntry, 'provenance'> & { provenance?: ScenarioEntry['provenance'] }): ScenarioEntry {
  return { provenance: null, ...fields };
}

const refs = (...pairs: [string, number][]) => pairs.map(([id, line]) => ({ id, line }));

describe('indexFeature: tag inheritance', () => {
  const index = indexFeature(fixture('inheritance.feature'), 'features/inheritance.feature');

  it('indexes the Feature and every Scenario, Outline and Rule scenario (not the Background)', () => {
    const withoutRows = { ...index, scenarios: index.scenarios.map(({ rows: _rows, ...rest }) => rest) };
    expect(withoutRows).toEqual({
      path: 'features/inheritance.feature',
      name: 'Tag inheritance',
      line: 2,
      designTags: [],
      diagnostics: [],
      scenarios: [
        entry({
          name: 'Scenario tags add to Feature tags',
          keyword: 'Scenario',
          line: 8,
          design: null,
          designLine: null,
          requirements: refs(['R1', 1], ['R2', 7]),
          tags: ['@R1', '@smoke', '@R2'],
        }),
        entry({
          name: 'Examples tags apply to their own rows only',
          keyword: 'Scenario Outline',
          line: 13,
          design: null,
          designLine: null,
          // @R1 is on the Feature and on the Outline: the Outline's tag is the most specific.
          requirements: refs(['R1', 12], ['R3', 12], ['R4', 16]),
          tags: ['@R1', '@smoke', '@R3', '@R4'],
        }),
        entry({
          name: 'Inside the rule',
          keyword: 'Example',
          line: 30,
          design: null,
          designLine: null,
          requirements: refs(['R1', 1], ['R5', 26], ['R6', 29]),
          tags: ['@R1', '@smoke', '@R5', '@R6'],
        }),
        entry({
          name: 'Also inside the rule',
          keyword: 'Scenario',
          line: 33,
          design: null,
          designLine: null,
          requirements: refs(['R1', 1], ['R5', 26]),
          tags: ['@R1', '@smoke', '@R5'],
        }),
      ],
    });
  });
});

describe('indexFeature: design links', () => {
  const index = indexFeature(fixture('designs.feature'), 'designs.feature');
  // Outline rows (`rows`) are checked in test/results/results.test.ts; here the links.
  const byName = (name: string) =>
    index.scenarios.filter((s) => s.name === name).map(({ rows: _rows, ...rest }) => rest);

  it('reports the design tags of the Feature line', () => {
    expect(index.designTags).toEqual(['feature-level']);
    expect(index.diagnostics).toEqual([]);
  });

  it('links a scenario through the Feature', () => {
    expect(byName('Linked through the Feature')).toEqual([
      entry({
        name: 'Linked through the Feature',
        keyword: 'Scenario',
        line: 4,
        design: 'feature-level',
        designLine: 1,
        requirements: refs(['R1', 1]),
        tags: ['@design:feature-level', '@R1'],
      }),
    ]);
  });

  it('lets a Scenario tag override the Feature tag', () => {
    expect(byName('The Scenario overrides the Feature').map((s) => [s.design, s.designLine])).toEqual([
      ['scenario-level', 7],
    ]);
  });

  it('lets an Examples tag override the Scenario tag', () => {
    expect(byName('Examples override the Scenario')).toEqual([
      entry({
        name: 'Examples override the Scenario',
        keyword: 'Scenario Outline',
        line: 12,
        design: 'examples-level',
        designLine: 15,
        requirements: refs(['R1', 1], ['R2', 11], ['R3', 15]),
        tags: ['@design:feature-level', '@R1', '@design:scenario-level', '@R2', '@design:examples-level', '@R3'],
      }),
    ]);
  });

  it('splits an Outline whose Examples link to different designs, each with its own requirements', () => {
    const base = { name: 'Two Examples blocks link two designs', keyword: 'Scenario Outline', line: 21 };
    expect(byName(base.name)).toEqual([
      entry({
        ...base,
        design: 'alpha',
        designLine: 24,
        requirements: refs(['R1', 1], ['R2', 20], ['R4', 24]),
        tags: ['@design:feature-level', '@R1', '@R2', '@design:alpha', '@R4'],
      }),
      entry({
        ...base,
        design: 'beta',
        designLine: 30,
        requirements: refs(['R1', 1], ['R2', 20], ['R5', 30]),
        tags: ['@design:feature-level', '@R1', '@R2', '@design:beta', '@R5'],
      }),
      // The third Examples block has no design tag of its own: the Feature's applies.
      entry({
        ...base,
        design: 'feature-level',
        designLine: 1,
        requirements: refs(['R1', 1], ['R2', 20], ['R6', 35]),
        tags: ['@design:feature-level', '@R1', '@R2', '@R6'],
      }),
    ]);
  });

  it('keeps an Outline with empty Examples, linked but covering no requirement', () => {
    expect(byName('Empty Examples cover nothing')).toEqual([
      entry({
        name: 'Empty Examples cover nothing',
        keyword: 'Scenario Outline',
        line: 41,
        design: 'empty',
        designLine: 40,
        requirements: [],
        tags: ['@design:feature-level', '@R1', '@design:empty', '@R7', '@R8'],
      }),
    ]);
  });

  it('links through a Rule, and a Scenario tag overrides the Rule tag', () => {
    expect(byName('Linked through the Rule').map((s) => [s.design, s.designLine, s.requirements])).toEqual([
      ['rule-level', 48, refs(['R1', 1], ['R9', 48])],
    ]);
    expect(byName('The Scenario overrides the Rule').map((s) => [s.design, s.designLine, s.requirements])).toEqual([
      ['inside-rule', 54, refs(['R1', 1], ['R9', 48])],
    ]);
  });

  it('has one entry per scenario and design, in file order', () => {
    expect(index.scenarios.map((s) => `${s.line}:${s.design}`)).toEqual([
      '4:feature-level',
      '8:scenario-level',
      '12:examples-level',
      '21:alpha',
      '21:beta',
      '21:feature-level',
      '41:empty',
      '51:rule-level',
      '55:inside-rule',
    ]);
  });
});

describe('indexFeature: requirement tags', () => {
  it('keeps only @R<number><lowercase letters> tags, once each, in natural order', () => {
    const [scenario] = indexFeature(fixture('natural-sort.feature'), 'natural-sort.feature').scenarios;
    expect(scenario?.requirements).toEqual(
      refs(['R1', 4], ['R1a', 4], ['R1b', 4], ['R02', 5], ['R2', 4], ['R10', 5], ['R100', 5]),
    );
    expect(scenario?.tags).toEqual([
      '@R10', '@R2', '@R1b', '@R1', '@R1a', '@R02', '@Rx', '@r3', '@R3X', '@R-4', '@R100',
    ]);
  });

  it('takes the line of the first tag at the most specific level when a tag repeats', () => {
    const text = [
      '@R1',
      'Feature: f',
      '  @R1 @R2',
      '  Scenario Outline: o',
      '    Given <x>',
      '    @R2',
      '    Examples:',
      '      | x |',
      '      | 1 |',
      '    @R2 @R2',
      '    Examples:',
      '      | x |',
      '      | 2 |',
    ].join('\n');
    expect(indexFeature(text, 'f.feature').scenarios[0]?.requirements).toEqual(refs(['R1', 3], ['R2', 6]));
  });

  it('ignores requirement tags of Examples blocks without rows', () => {
    const text = [
      'Feature: f',
      '  @R1',
      '  Scenario Outline: o',
      '    Given <x>',
      '    @R2',
      '    Examples:',
      '      | x |',
      '    @R3',
      '    Examples:',
      '      | x |',
      '      | 1 |',
    ].join('\n');
    const [scenario] = indexFeature(text, 'f.feature').scenarios;
    expect(scenario?.requirements).toEqual(refs(['R1', 2], ['R3', 8]));
    expect(scenario?.tags).toEqual(['@R1', '@R3']);
  });
});

describe('indexFeature: provenance', () => {
  const index = indexFeature(fixture('provenance.feature'), 'provenance.feature');
  const provenanceOf = (line: number) => index.scenarios.find((s) => s.line === line)?.provenance;

  it('attaches a comment directly above the tag line', () => {
    expect(provenanceOf(5)).toEqual({ design: 'alpha', row: ['R1'], fingerprint: '0123456789ab', line: 3 });
  });

  it('attaches across blank lines, other comments and several tag lines', () => {
    expect(provenanceOf(14)).toEqual({ design: 'alpha', row: ['R2', 'R3'], fingerprint: 'abcdef012345', line: 8 });
  });

  it('does not attach a comment separated from the scenario by steps of the previous scenario', () => {
    expect(provenanceOf(19)).toBeNull();
  });

  it('does not take text inside a doc string for a comment', () => {
    expect(provenanceOf(25)).toBeNull();
  });

  it('takes the nearest of two provenance comments', () => {
    expect(provenanceOf(30)).toEqual({ design: 'alpha', row: ['R7'], fingerprint: '222222222222', line: 29 });
  });

  it('does not attach across a Rule line', () => {
    expect(provenanceOf(36)).toBeNull();
  });

  it('gives the same provenance to every entry of a split Outline', () => {
    const text = [
      'Feature: f',
      '  # gherkin-bridge: design=a row=R1 behavior=abcdef',
      '  Scenario Outline: o',
      '    Given <x>',
      '    @design:a',
      '    Examples:',
      '      | x |',
      '      | 1 |',
      '    @design:b',
      '    Examples:',
      '      | x |',
      '      | 2 |',
    ].join('\n');
    const expected = { design: 'a', row: ['R1'], fingerprint: 'abcdef', line: 2 };
    expect(indexFeature(text, 'f.feature').scenarios.map((s) => [s.design, s.provenance])).toEqual([
      ['a', expected],
      ['b', expected],
    ]);
  });
});
