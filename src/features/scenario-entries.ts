import type { ExampleRow, Provenance, ScenarioEntry } from '../model.js';
import { isTodoStep } from '../shared/todo-steps.js';
import type { ScenarioAncestry } from './scenario-ancestry.js';
import { compareRequirementIds, designSlug, requirementId } from './tag-kinds.js';
import { tagListsWithoutPickles, type LeveledTag, type TagLists } from './tag-lists.js';

interface DesignGroup {
  design: string | null;
  designLine: number | null;
  tags: Set<string>;
  requirements: Map<string, LeveledTag>;
}

/**
 * The entries of one scenario: its pickles' tag lists grouped by the design they link to, each with
 * the union of their tags. Without pickles, the design and tags its Examples would give, no requirement.
 */
export function scenarioEntries(context: ScenarioAncestry, pickleLists: TagLists, provenance: Provenance | null): ScenarioEntry[] {
  const coversNothing = pickleLists.length === 0;
  const lists = coversNothing ? tagListsWithoutPickles(context) : pickleLists;
  const groups = new Map<string | null, DesignGroup>();
  for (const tags of lists) {
    const link = deciding(tags);
    const design = link ? designSlug(link.name) : null;
    let group = groups.get(design);
    if (!group) {
      group = { design, designLine: link ? link.line : null, tags: new Set(), requirements: new Map() };
      groups.set(design, group);
    }
    addTags(group, tags, coversNothing);
  }
  const { scenario } = context;
  const todo = scenario.steps.some((step) => isTodoStep(step.text));
  const rows = coversNothing ? [] : exampleRows(context);
  return [...groups.values()].map((group) => {
    const entry: ScenarioEntry = {
      name: scenario.name,
      keyword: scenario.keyword,
      line: scenario.location.line,
      design: group.design,
      designLine: group.designLine,
      requirements: [...group.requirements]
        .map(([id, tag]) => ({ id, line: tag.line }))
        .sort((a, b) => compareRequirementIds(a.id, b.id)),
      tags: [...group.tags],
      provenance,
    };
    if (todo) entry.todo = true;
    const own = rows.filter((row) => row.design === group.design).map((row) => row.row);
    if (own.length > 0) entry.rows = own;
    return entry;
  });
}

/** Each row of an Outline's Examples with the tags that apply to it and the design they link it to. */
function exampleRows(context: ScenarioAncestry): { design: string | null; row: ExampleRow }[] {
  const { examples } = context.scenario;
  if (examples.length === 0) return [];
  const lists = tagListsWithoutPickles(context);
  return examples.flatMap((block, index) => {
    if (!block.tableHeader) return [];
    const tags = lists[index] ?? [];
    const link = deciding(tags);
    const names = [...new Set(tags.map((tag) => tag.name))];
    const requirements = [...new Set(names.map(requirementId).filter((id): id is string => id !== null))];
    return block.tableBody.map((row, at) => ({
      design: link ? designSlug(link.name) : null,
      row: { line: row.location.line, block: index + 1, row: at + 1, tags: names, requirements },
    }));
  });
}

/** The `@design:` tag at the most specific level; the first one written at that level. */
function deciding(tags: readonly LeveledTag[]): LeveledTag | null {
  let best: LeveledTag | null = null;
  for (const tag of tags) {
    if (designSlug(tag.name) === null) continue;
    if (!best || tag.level > best.level) best = tag;
  }
  return best;
}

function addTags(group: DesignGroup, tags: readonly LeveledTag[], coversNothing: boolean): void {
  for (const tag of tags) {
    group.tags.add(tag.name);
    if (coversNothing) continue;
    const id = requirementId(tag.name);
    if (id === null) continue;
    const known = group.requirements.get(id);
    // The most specific occurrence gives the line; at equal levels the first one written.
    if (!known || tag.level > known.level) group.requirements.set(id, tag);
  }
}
