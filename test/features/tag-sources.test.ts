import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexFeature } from '../../src/features/index-feature.js';
import { plainParse, tagViews } from './corpus-files.js';
import { fixture } from './fixtures.js';

/** The index of a text next to what cucumber's pickles give (see {@link tagViews}). */
function views(text: string) {
  const { document } = plainParse(text);
  if (!document) throw new Error(`generated text does not parse:\n${text}`);
  return tagViews(indexFeature(text, 'gen.feature'), document);
}

const tagPool = ['@R1', '@R2', '@R10', '@R1a', '@R02', '@smoke', '@design:a', '@design:b', '@design:c', '@wip'];
const tags = (withDesign: boolean) =>
  fc.array(fc.constantFrom(...tagPool.filter((tag) => withDesign || !tag.startsWith('@design:'))), { maxLength: 3 });

const tagLine = (indent: string, names: readonly string[]) => (names.length > 0 ? [`${indent}${names.join(' ')}`] : []);

function examplesBlock(withDesign: boolean) {
  return fc
    .record({ tags: tags(withDesign), header: fc.boolean(), rows: fc.integer({ min: 0, max: 2 }) })
    .map(({ tags: names, header, rows }) => [
      ...tagLine('    ', names),
      '    Examples:',
      ...(header ? ['      | x |', ...Array.from({ length: rows }, (_, i) => `      | ${i} |`)] : []),
    ]);
}

function scenario(withDesign: boolean) {
  return fc
    .record({
      tags: tags(withDesign),
      provenance: fc.boolean(),
      examples: fc.option(fc.array(examplesBlock(withDesign), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    })
    .map(({ tags: names, provenance, examples }) => [
      '',
      ...(provenance ? ['  # gherkin-bridge: design=a row=R1 behavior=abcdef'] : []),
      ...tagLine('  ', names),
      examples ? '  Scenario Outline: outline <x>' : '  Scenario: plain',
      '    Given step <x>',
      ...(examples ? examples.flat() : []),
    ]);
}

function rule(withDesign: boolean) {
  return fc
    .record({ tags: tags(withDesign), background: fc.boolean(), scenarios: fc.array(scenario(withDesign), { maxLength: 3 }) })
    .map(({ tags: names, background, scenarios }) => [
      '',
      ...tagLine('  ', names),
      '  Rule: rule',
      ...(background ? ['    Background:', '      Given context'] : []),
      ...scenarios.flat().map((line) => (line === '' ? line : `  ${line}`)),
    ]);
}

function featureText(withDesign: boolean) {
  return fc
    .record({
      tags: tags(withDesign),
      background: fc.boolean(),
      scenarios: fc.array(scenario(withDesign), { maxLength: 4 }),
      rules: fc.array(rule(withDesign), { maxLength: 2 }),
    })
    .map(({ tags: names, background, scenarios, rules }) =>
      [
        ...tagLine('', names),
        'Feature: generated',
        ...(background ? ['  Background:', '    Given context'] : []),
        ...scenarios.flat(),
        ...rules.flat(),
        '',
      ].join('\n'),
    );
}

describe("tag sources: the index lists the tags, requirements and designs of cucumber's pickles", () => {
  it('for features without design links', () => {
    fc.assert(
      fc.property(featureText(false), (text) => {
        expect(text).not.toContain('@design:');
        const { actual, expected } = views(text);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('for features with design links at every level', () => {
    fc.assert(
      fc.property(featureText(true), (text) => {
        const { actual, expected } = views(text);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it.each(['inheritance.feature', 'designs.feature', 'natural-sort.feature', 'provenance.feature'])(
    'for the fixture %s',
    (name) => {
      const { actual, expected } = views(fixture(name));
      expect(actual).toEqual(expected);
    },
  );

  it('generates outlines that cover nothing, that split, and that carry provenance', () => {
    // Guards the generator itself: the properties above must meet these cases.
    const seen = { empty: false, split: false, provenance: false, requirements: false };
    fc.assert(
      fc.property(featureText(true), (text) => {
        const { scenarios } = indexFeature(text, 'gen.feature');
        const lines = scenarios.map((s) => s.line);
        if (scenarios.some((s) => s.requirements.length === 0 && s.tags.some((t) => t.startsWith('@R')))) seen.empty = true;
        if (new Set(lines).size < lines.length) seen.split = true;
        if (scenarios.some((s) => s.provenance)) seen.provenance = true;
        if (scenarios.some((s) => s.requirements.length > 1)) seen.requirements = true;
      }),
      { numRuns: 300, seed: 42 },
    );
    expect(seen).toEqual({ empty: true, split: true, provenance: true, requirements: true });
  });
});
