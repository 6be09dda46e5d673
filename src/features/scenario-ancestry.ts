import type { Feature, Rule, Scenario, Tag } from '@cucumber/messages';

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
  for (const child of feature.children) {
    if (child.scenario) {
      contexts.push({ scenario: child.scenario, featureTags: feature.tags, ruleTags: NO_TAGS });
    } else if (child.rule) {
      addRule(contexts, feature, child.rule);
    }
  }
  return contexts;
}

function addRule(contexts: ScenarioAncestry[], feature: Feature, rule: Rule): void {
  for (const child of rule.children) {
    if (child.scenario) {
      contexts.push({ scenario: child.scenario, featureTags: feature.tags, ruleTags: rule.tags });
    }
  }
}
