import { designSlug, DESIGN_TAG_PREFIX, requirementId } from '../features/tag-kinds.js';
import type { FeatureScenario } from '../features/scenario-texts.js';
import type { LinkEdit } from '../link/apply-links.js';

/** A link someone accepted: the scenario at `file:line` verifies `requirement` of `design`. */
export interface LinkChoice {
  file: string;
  line: number;
  design: string;
  requirement: string;
}

/** The tags to add to one feature file. */
export interface FilePlan {
  edits: LinkEdit[];
  /** `@design:<slug>` to put on the Feature, or null when each scenario carries its own. */
  featureTag: string | null;
}

function firstDesign(tags: readonly string[]): string | null {
  return tags.map((tag) => designSlug(tag)).find((slug) => slug !== null) ?? null;
}

/** The slug of the first `@design:` tag of the scenario, else of its Rule, else of the Feature (not Examples). */
export function linkedDesign(scenario: FeatureScenario): string | null {
  return firstDesign(scenario.tags) ?? firstDesign(scenario.ruleTags) ?? firstDesign(scenario.featureTags);
}

/** True when a requirement tag applies to the scenario (its own, its Rule's or the Feature's). */
export function hasRequirementTag(scenario: FeatureScenario): boolean {
  return [...scenario.tags, ...scenario.ruleTags, ...scenario.featureTags].some((tag) => requirementId(tag) !== null);
}

/**
 * Which tags to add to one file for the accepted links of its scenarios: when all of them go to one
 * design and the Feature has no `@design:` tag, it goes once on the Feature; else each scenario gets
 * `@design:<slug>` unless already linked to that design. Choices for other lines are ignored.
 */
export function planFileEdits(scenarios: readonly FeatureScenario[], choices: readonly LinkChoice[]): FilePlan {
  const byLine = new Map<number, LinkChoice>();
  for (const choice of choices) byLine.set(choice.line, choice);
  const chosen = scenarios.filter((scenario) => byLine.has(scenario.line));
  if (chosen.length === 0) return { edits: [], featureTag: null };
  const slugs = new Set(chosen.map((scenario) => (byLine.get(scenario.line) as LinkChoice).design));
  const [only] = slugs;
  const featureHasDesign = firstDesign(scenarios[0]?.featureTags ?? []) !== null;
  const wholeFile = only !== undefined && slugs.size === 1 && chosen.length === scenarios.length && !featureHasDesign;
  const edits = chosen.map((scenario): LinkEdit => {
    const choice = byLine.get(scenario.line) as LinkChoice;
    const tags: string[] = [];
    if (!wholeFile && linkedDesign(scenario) !== choice.design) tags.push(`${DESIGN_TAG_PREFIX}${choice.design}`);
    tags.push(`@${choice.requirement}`);
    return { line: scenario.line, tags };
  });
  return { edits, featureTag: wholeFile ? `${DESIGN_TAG_PREFIX}${only}` : null };
}
