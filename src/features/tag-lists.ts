import { compile } from '@cucumber/gherkin';
import type { GherkinDocument, IdGenerator, Tag } from '@cucumber/messages';
import type { ScenarioAncestry } from './scenario-ancestry.js';

/** Where a tag stands: the higher, the more specific (Examples > Scenario > Rule > Feature). */
export type TagLevel = 0 | 1 | 2 | 3;

/** Tag levels by name. */
export const TAG_LEVEL = { feature: 0, rule: 1, scenario: 2, examples: 3 } as const;

/** A tag that applies to a pickle, with where it was written. */
export interface LeveledTag {
  name: string;
  line: number;
  level: TagLevel;
}

/**
 * The tags of each pickle of one scenario, one list per pickle, in the order
 * `compile` gives them (Feature, Rule, Scenario, Examples).
 */
export type TagLists = LeveledTag[][];

/**
 * Compile the document and group the pickles' tags back to their scenario
 * (`pickle.astNodeIds[0]`), keyed by scenario id. A scenario missing from the
 * map has no pickle (an Outline whose Examples have no rows).
 */
export function tagListsFromPickles(
  document: GherkinDocument,
  contexts: readonly ScenarioAncestry[],
  newId: IdGenerator.NewId,
): Map<string, TagLists> {
  const byTagId = new Map<string, LeveledTag>();
  for (const context of contexts) {
    for (const list of declaredTags(context)) {
      for (const { tag, level } of list) byTagId.set(tag.id, leveled(tag, level));
    }
  }
  const byScenario = new Map<string, TagLists>();
  for (const pickle of compile(document, '', newId)) {
    const scenarioId = pickle.astNodeIds[0];
    if (scenarioId === undefined) continue;
    const tags: LeveledTag[] = [];
    for (const { astNodeId } of pickle.tags) {
      const tag = byTagId.get(astNodeId);
      if (tag) tags.push(tag);
    }
    const lists = byScenario.get(scenarioId);
    if (lists) lists.push(tags);
    else byScenario.set(scenarioId, [tags]);
  }
  return byScenario;
}

/**
 * The same lists as {@link tagListsFromPickles}, derived from the AST without
 * compiling: a Scenario (or an Outline without Examples) is one pickle; an
 * Outline yields pickles only from Examples that have a header and at least
 * one row. Every row of one Examples block carries the same tags, so one list
 * per block stands for all of them.
 */
export function tagListsFromAst(context: ScenarioAncestry): TagLists {
  const inherited = inheritedTags(context);
  const { examples } = context.scenario;
  if (examples.length === 0) return [inherited];
  const lists: TagLists = [];
  for (const block of examples) {
    if (block.tableHeader && block.tableBody.length > 0) {
      lists.push(inherited.concat(block.tags.map((tag) => leveled(tag, TAG_LEVEL.examples))));
    }
  }
  return lists;
}

/**
 * For a scenario with no pickle: the tags each Examples block would give its
 * rows if it had any, so its design link and tags can still be reported.
 */
export function tagListsWithoutPickles(context: ScenarioAncestry): TagLists {
  const inherited = inheritedTags(context);
  const { examples } = context.scenario;
  if (examples.length === 0) return [inherited];
  return examples.map((block) => inherited.concat(block.tags.map((tag) => leveled(tag, TAG_LEVEL.examples))));
}

function inheritedTags(context: ScenarioAncestry): LeveledTag[] {
  const tags: LeveledTag[] = [];
  for (const tag of context.featureTags) tags.push(leveled(tag, TAG_LEVEL.feature));
  for (const tag of context.ruleTags) tags.push(leveled(tag, TAG_LEVEL.rule));
  for (const tag of context.scenario.tags) tags.push(leveled(tag, TAG_LEVEL.scenario));
  return tags;
}

function declaredTags(context: ScenarioAncestry): { tag: Tag; level: TagLevel }[][] {
  const at = (tags: readonly Tag[], level: TagLevel) => tags.map((tag) => ({ tag, level }));
  return [
    at(context.featureTags, TAG_LEVEL.feature),
    at(context.ruleTags, TAG_LEVEL.rule),
    at(context.scenario.tags, TAG_LEVEL.scenario),
    ...context.scenario.examples.map((block) => at(block.tags, TAG_LEVEL.examples)),
  ];
}

function leveled(tag: Tag, level: TagLevel): LeveledTag {
  return { name: tag.name, line: tag.location.line, level };
}
