import { describe, expect, it } from 'vitest';
import { chooseTarget, defaultFeaturesDir, designTagsInText, patternBase } from '../../src/api/feature-target.js';
import { extractDesign } from '../../src/design/extract-design.js';
import { indexFeature } from '../../src/features/index-feature.js';
import type { FeatureIndex } from '../../src/model.js';
import { designDoc } from './support/sync-project.js';

const design = extractDesign(designDoc('Pay', [['R1', 'Pay.']], [['R1', 'Paying works', 'e2e']]), 'docs/design/pay/pay.md');

function feature(file: string, text: string): FeatureIndex {
  return indexFeature(text, file);
}

const featureLinked = feature('f/feature-linked.feature', '@design:pay\nFeature: A\n');
const oneScenario = feature('f/one.feature', 'Feature: B\n  @design:pay @R1\n  Scenario: s\n    Given x\n');
const twoScenarios = feature(
  'f/two.feature',
  '@design:pay\nFeature: C\n  Scenario: s1\n    Given x\n  Scenario: s2\n    Given y\n',
);
const otherDesign = feature('a/other.feature', '@design:other\nFeature: D\n  Scenario: s\n    Given x\n  Scenario: t\n    Given y\n  Scenario: u\n    Given z\n');
const unlinked = feature('a/unlinked.feature', 'Feature: E\n  @R1\n  Scenario: s\n    Given x\n');

describe('chooseTarget', () => {
  it('takes the file the into mapping names, even when others are linked', () => {
    expect(chooseTarget(design, [twoScenarios], { pay: 'somewhere/else.feature' })).toBe('somewhere/else.feature');
  });

  it('ignores an into mapping for another design, and inherited object keys', () => {
    expect(chooseTarget(design, [oneScenario], { other: 'x.feature' })).toBe('f/one.feature');
    const constructorSlug = { ...design, slug: 'constructor' };
    expect(chooseTarget(constructorSlug, [], {})).toBeNull();
  });

  it('takes the only linked file, whether its Feature or only a scenario links it', () => {
    expect(chooseTarget(design, [featureLinked, otherDesign, unlinked], {})).toBe('f/feature-linked.feature');
    expect(chooseTarget(design, [otherDesign, oneScenario, unlinked], {})).toBe('f/one.feature');
  });

  it('of several linked files, takes the one with most of the design scenarios, whatever the order', () => {
    expect(chooseTarget(design, [oneScenario, twoScenarios, featureLinked], {})).toBe('f/two.feature');
    expect(chooseTarget(design, [featureLinked, twoScenarios, oneScenario], {})).toBe('f/two.feature');
  });

  it('breaks ties by path', () => {
    const twin = feature('f/a-twin.feature', 'Feature: T\n  @design:pay\n  Scenario: s\n    Given x\n');
    expect(chooseTarget(design, [oneScenario, twin], {})).toBe('f/a-twin.feature');
    expect(chooseTarget(design, [twin, oneScenario], {})).toBe('f/a-twin.feature');
  });

  it('returns null when no file links the design (a new file is created)', () => {
    expect(chooseTarget(design, [otherDesign, unlinked], {})).toBeNull();
    expect(chooseTarget(design, [], {})).toBeNull();
  });
});

describe('defaultFeaturesDir', () => {
  it('is the folder holding most feature files, ties broken by path', () => {
    const files = ['x/a.feature', 'y/b.feature', 'y/c.feature', 'x/d.feature', 'z/e.feature'].map((p) => feature(p, ''));
    expect(defaultFeaturesDir(files)).toBe('x');
    expect(defaultFeaturesDir(files.slice(1, 3))).toBe('y');
  });

  it('without feature files, is the fixed part of the first feature glob, else features', () => {
    expect(defaultFeaturesDir([], ['tests/e2e/features/**/*.feature'])).toBe('tests/e2e/features');
    expect(defaultFeaturesDir([], ['!tests/skip/**', './tests/e2e/*.feature'])).toBe('tests/e2e');
    expect(defaultFeaturesDir([], ['**/*.feature', '!**/node_modules/**'])).toBe('features');
    expect(defaultFeaturesDir([], ['../outside/**/*.feature'])).toBe('features');
    expect(defaultFeaturesDir([])).toBe('features');
  });
});

describe('patternBase', () => {
  it('keeps the segments before the first one with glob syntax, without the file name', () => {
    expect(patternBase('a/b/**/*.feature')).toBe('a/b');
    expect(patternBase('a/{b,c}/*.feature')).toBe('a');
    expect(patternBase('a/b/x.feature')).toBe('a/b');
    expect(patternBase('x.feature')).toBe('');
    expect(patternBase('**/*.feature')).toBe('');
  });
});

describe('designTagsInText', () => {
  it('finds @design: tags on tag lines and in comments, without parsing', () => {
    const text = '# @design:in-comment\n@design:pay @R1\nFeature: x\n  @smoke\t@design:other\n  not gherkin at all\n';
    expect([...designTagsInText(text)].sort()).toEqual(['in-comment', 'other', 'pay']);
  });

  it('ignores the prefix inside words and empty slugs', () => {
    expect([...designTagsInText('email@design:pay and @design: alone')]).toEqual([]);
  });

  it('stops a slug at the next tag when tags touch', () => {
    expect([...designTagsInText('@design:pay@R1')]).toEqual(['pay']);
  });
});
