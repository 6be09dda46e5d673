import type { Diagnostic } from '../model.js';
import { errorDiagnostics, parseGherkin } from './parse-gherkin.js';
import { scenarioAncestries } from './scenario-ancestry.js';
import { indentOf, sourceLines } from './source-lines.js';

/** What an editor of a scenario's tags needs to know about it. */
export interface FeatureScenario {
  file: string;
  /** Line of the scenario keyword. */
  line: number;
  name: string;
  keyword: string;
  /** Step text without the keyword, in order (Background steps not included). */
  steps: string[];
  /** The scenario's own tags (`@R1`), not inherited ones. */
  tags: string[];
  /** Line of the scenario's first own tag line, or null when it has no tag. */
  tagLine: number | null;
  /** Leading whitespace of the scenario keyword line. */
  indent: string;
  featureLine: number;
  featureTags: string[];
  /** The Feature's title and description. */
  feature: string;
  /** Tags of the enclosing Rule (empty outside a Rule). */
  ruleTags: string[];
}

/** Result of {@link listScenarioTexts}: the scenarios, or the first parse error. */
export type FeatureScenarios = FeatureScenario[] | { error: Diagnostic };

/** Every Scenario / Outline of a `.feature` file in order, or `{ error }` (the first parse error). Never throws. */
export function listScenarioTexts(text: string, path: string): FeatureScenarios {
  try {
    const parsed = parseGherkin(text, path);
    const [firstError] = parsed.diagnostics;
    if (firstError) return { error: firstError };
    const feature = parsed.document?.feature;
    if (!feature) return [];
    const lines = sourceLines(text);
    const featureTags = feature.tags.map((tag) => tag.name);
    return scenarioAncestries(feature).map(({ scenario, ruleTags }) => ({
      file: path,
      line: scenario.location.line,
      name: scenario.name,
      keyword: scenario.keyword,
      steps: scenario.steps.map((step) => step.text),
      tags: scenario.tags.map((tag) => tag.name),
      tagLine: scenario.tags[0]?.location.line ?? null,
      indent: indentOf(lines[scenario.location.line - 1] ?? ''),
      featureLine: feature.location.line,
      featureTags: [...featureTags],
      feature: `${feature.name}\n${feature.description ?? ''}`.trim(),
      ruleTags: ruleTags.map((tag) => tag.name),
    }));
  } catch (error) {
    // errorDiagnostics gives at least one diagnostic.
    return { error: errorDiagnostics(error, path)[0] as Diagnostic };
  }
}
