import { compile } from '@cucumber/gherkin';
import type { GherkinDocument, IdGenerator, Tag } from '@cucumber/messages';
import type { ScenarioAncestry } from './scenario-ancestry.js';

/** Where a tag stands: the higher, the more specific (Examples > Scenario > Rule > Feature). */
const TAG_LEVEL = { feature: 0, rule: 1, scenario: 2, examples: 3 };

/** A tag that applies to a pickle, with where it was written. */
export interface LeveledTag {
  id: string;
  name: string;
  line: number;
  level: number;
}

/** The tags of each pickle of one scenario, in `compile`'s order (Feature, Rule, Scenario, Examples). */
export type TagLists = LeveledTag[][];

/** Compile the document and group the pickles' tags by scenario id (none for a scenario without pickles). */
export function tagListsFromPickles(
  document: GherkinDocument,
  contexts: readonly ScenarioAncestry[],
  newId: IdGenerator.NewId,
): Map<string, TagLists> {
  const byTagId = new Map<string, LeveledTag>();
  for (const context of contexts) {
    for (const tag of tagListsWithoutPickles(context).flat()) byTagId.set(tag.id, tag);
  }
  const byScenario = new Map<string, TagLists>();
  for (const pickle of compile(document, '', newId)) {
    const scenarioId = pickle.astNodeIds[0];
    if (scenarioId === undefined) continue;
    const tags = pickle.tags.map(({ astNodeId }) => byTagId.get(astNodeId)).filter((tag) => tag !== undefined);
    const lists = byScenario.get(scenarioId);
    if (lists) lists.push(tags);
    else byScenario.set(scenarioId, [tags]);
  }
  return byScenario;
}

/** The tags each Examples block gives its rows, or would if it had any (one list without Examples). */
export function tagListsWithoutPickles(context: ScenarioAncestry): TagLists {
  const inherited = [
    ...context.featureTags.map((tag) => leveled(tag, TAG_LEVEL.feature)),
    ...context.ruleTags.map((tag) => leveled(tag, TAG_LEVEL.rule)),
    ...context.scenario.tags.map((tag) => leveled(tag, TAG_LEVEL.scenario)),
  ];
  const { examples } = context.scenario;
  if (examples.length === 0) return [inherited];
  return examples.map((block) => inherited.concat(block.tags.map((tag) => leveled(tag, TAG_LEVEL.examples))));
}

function leveled(tag: Tag, level: number): LeveledTag {
  return { id: tag.id, name: tag.name, line: tag.location.line, level };
}
