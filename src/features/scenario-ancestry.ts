import type { Feature, Scenario, Tag } from '@cucumber/messages';

/** A Scenario or Scenario Outline with the tags it inherits from above. */
export interface ScenarioAncestry {
  scenario: Scenario;
  featureTags: readonly Tag[];
  /** Tags of the enclosing Rule; empty outside a Rule. */
  ruleTags: readonly Tag[];
}

const NO_TAGS: readonly Tag[] = [];

/** Every Scenario / Outline of a feature, in file order (Backgrounds are not scenarios). */
export function scenarioAncestries(feature: Feature): ScenarioAncestry[] {
  const contexts: ScenarioAncestry[] = [];
  const add = (scenario: Scenario | undefined, ruleTags: readonly Tag[]): void => {
    if (scenario) contexts.push({ scenario, featureTags: feature.tags, ruleTags });
  };
  for (const child of feature.children) {
    add(child.scenario, NO_TAGS);
    for (const inner of child.rule?.children ?? []) add(inner.scenario, child.rule?.tags ?? NO_TAGS);
  }
  return contexts;
}
