import { describe, expect, it } from 'vitest';
import { hasRequirementTag, linkedDesign, planFileEdits, type LinkChoice } from '../../src/api/link-plan.js';
import { listScenarioTexts, type FeatureScenario } from '../../src/features/scenario-texts.js';

function scenariosOf(text: string): FeatureScenario[] {
  const result = listScenarioTexts(text, 'f.feature');
  if ('error' in result) throw new Error(result.error.message);
  return result;
}

const twoScenarios = `Feature: Export

  Scenario: Markdown
    Given a conversation

  Scenario: JSON
    Given a conversation
`;

function choice(line: number, design: string, requirement: string): LinkChoice {
  return { file: 'f.feature', line, design, requirement };
}

describe('planFileEdits', () => {
  it('puts the design tag once on the Feature when every scenario links to one design', () => {
    const plan = planFileEdits(scenariosOf(twoScenarios), [choice(3, 'export', 'R1'), choice(6, 'export', 'R2')]);
    expect(plan).toEqual({
      featureTag: '@design:export',
      edits: [
        { line: 3, tags: ['@R1'] },
        { line: 6, tags: ['@R2'] },
      ],
    });
  });

  it('tags each scenario with its design when a scenario of the file stays unlinked', () => {
    const plan = planFileEdits(scenariosOf(twoScenarios), [choice(6, 'export', 'R2')]);
    expect(plan).toEqual({ featureTag: null, edits: [{ line: 6, tags: ['@design:export', '@R2'] }] });
  });

  it('tags each scenario with its design when the file links to two designs', () => {
    const plan = planFileEdits(scenariosOf(twoScenarios), [choice(3, 'export', 'R1'), choice(6, 'audit', 'R4')]);
    expect(plan.featureTag).toBeNull();
    expect(plan.edits).toEqual([
      { line: 3, tags: ['@design:export', '@R1'] },
      { line: 6, tags: ['@design:audit', '@R4'] },
    ]);
  });

  it('adds no design tag where the Feature already links to the chosen design, and overrides a different one per scenario', () => {
    const text = `@design:export\nFeature: Export\n\n  Scenario: A\n    Given x\n\n  Scenario: B\n    Given y\n`;
    const plan = planFileEdits(scenariosOf(text), [choice(4, 'export', 'R1'), choice(7, 'audit', 'R2')]);
    expect(plan).toEqual({
      featureTag: null,
      edits: [
        { line: 4, tags: ['@R1'] },
        { line: 7, tags: ['@design:audit', '@R2'] },
      ],
    });
  });

  it('ignores choices for lines that hold no scenario', () => {
    expect(planFileEdits(scenariosOf(twoScenarios), [choice(4, 'export', 'R1')])).toEqual({ edits: [], featureTag: null });
  });
});

describe('linkedDesign and hasRequirementTag', () => {
  const text = `@design:feat @slow
Feature: F

  Rule: R
    @design:rule-level
    Scenario: in rule
      Given x

  @design:own @design:second
  Scenario: own
    Given x

  @R3
  Scenario: tagged
    Given x
`;
  const [inRule, own, tagged] = scenariosOf(text);

  it('takes the most specific design tag, the first at its level', () => {
    expect(linkedDesign(inRule as FeatureScenario)).toBe('rule-level');
    expect(linkedDesign(own as FeatureScenario)).toBe('own');
    expect(linkedDesign(tagged as FeatureScenario)).toBe('feat');
  });

  it('sees requirement tags on the scenario, its Rule or the Feature', () => {
    expect(hasRequirementTag(own as FeatureScenario)).toBe(false);
    expect(hasRequirementTag(tagged as FeatureScenario)).toBe(true);
    const inherited = scenariosOf('@R1\nFeature: F\n  Scenario: s\n    Given x\n');
    expect(hasRequirementTag(inherited[0] as FeatureScenario)).toBe(true);
  });
});
