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
  for (const tag of tags) {
    const slug = designSlug(tag);
    if (slug !== null) return slug;
  }
  return null;
}

/**
 * The design a scenario is linked to by its tags as they stand: the first
 * `@design:` tag of the scenario, else of its Rule, else of the Feature
 * (Examples tags are not looked at).
 */
export function linkedDesign(scenario: FeatureScenario): string | null {
  return firstDesign(scenario.tags) ?? firstDesign(scenario.ruleTags) ?? firstDesign(scenario.featureTags);
}

/** True when a requirement tag applies to the scenario (its own, its Rule's or the Feature's). */
export function hasRequirementTag(scenario: FeatureScenario): boolean {
  return [...scenario.tags, ...scenario.ruleTags, ...scenario.featureTags].some((tag) => requirementId(tag) !== null);
}

/**
 * Which tags to add to one file for the accepted links of its scenarios.
 *
 * When every scenario of the file is linked to one design and the Feature has
 * no `@design:` tag yet, the design tag goes once on the Feature and the
 * scenarios get only their requirement tags. Otherwise each scenario gets its
 * requirement tag, plus `@design:<slug>` when its tags do not already link
 * it to that design. Choices for lines that are not a scenario of the file
 * are ignored. Pure.
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
