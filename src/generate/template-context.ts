import { todoSteps } from './todo-steps.js';
import type { Design, Level, Requirement, SurfaceRow } from '../model.js';
import { PROVENANCE_PREFIX, formatBehaviorComment, formatProvenance, parseProvenance } from './provenance.js';
import { toSingleLine, toTagName, toTextLines } from './sanitize.js';
import { shortenName } from './shorten.js';

/** Every provenance comment contains this; a cheap test before the full parse. */
const PROVENANCE_MARKER = PROVENANCE_PREFIX.slice(1).trim();

/** A requirement named by a surface row, as templates see it. */
export interface RequirementContext {
  /** The id as a tag name (`R4`). */
  id: string;
  /** `@R4`. */
  tag: string;
  /** Definition text on one line, or null when the design does not define the id. */
  text: string | null;
  /** Definition text split on line breaks, for comment lines. */
  textLines: string[];
}

/** A column of the surface table beyond Req / Observable behavior / Verified by. */
export interface ExtraColumnContext {
  header: string;
  value: string;
  valueLines: string[];
}

/**
 * Data for the scenario template, one per rendered surface row. Every string
 * is free of line breaks and control characters; `commentLines` and
 * `provenance` are whole comment lines starting with `#`.
 */
export interface ScenarioContext {
  /** `# gherkin-bridge: design=… row=… behavior=…`. */
  provenance: string;
  /**
   * `# behavior: <behavior on one line>`, written on the line after the
   * provenance comment so that a stale report can show the old text; empty
   * when the behavior is.
   */
  behaviorComment: string;
  /** `@design:<slug>` when asked for, requirement tags, then the skip tag, each with its `@`. */
  tags: string[];
  tagLine: string;
  /** Scenario name: the behavior shortened, unique within the rendered set. */
  name: string;
  /** The full behavior on one line. */
  behavior: string;
  behaviorLines: string[];
  requirements: RequirementContext[];
  /** Requirement ids joined with `, ` (empty when the row names none). */
  ids: string;
  verifiedBy: string;
  verifiedByLines: string[];
  levels: Level[];
  extra: ExtraColumnContext[];
  derived: boolean;
  /** Line of the row in the design. */
  line: number;
  /** Context for readers: behavior, requirement texts, verified by, extra columns. */
  commentLines: string[];
  /** Skeleton step texts (without keyword), unique within the rendered set. */
  steps: { given: string; when: string; then: string };
}

/** Data for the feature template. */
export interface FeatureContext {
  slug: string;
  /** Design path on one line. */
  path: string;
  /** Design title on one line, or the slug when the design has none. */
  title: string;
  /** Jira key of the feature, or null. */
  feature: string | null;
  /** `@design:<slug>` and the Jira key tag, each with its `@`. */
  tags: string[];
  tagLine: string;
  skipTag: string | null;
  scenarios: ScenarioContext[];
}

/** Build the template data for a design and the rows to render, in row order. */
export function featureContext(
  design: Design,
  rows: readonly SurfaceRow[],
  skipTag: string | null,
  scenarioDesignTag = false,
): FeatureContext {
  const slug = toTagName(design.slug) || '_';
  const jira = design.feature === null ? '' : toTagName(design.feature);
  const designTag = `@design:${slug}`;
  const tags = [designTag, ...(jira ? [`@${jira}`] : [])];
  const skip = skipTag === null ? '' : toTagName(skipTag);
  const definitions = definitionsById(design);
  const names = new Claims();
  const keys = new Claims();
  const scenarios = rows.map((row) =>
    scenarioContext(row, {
      slug,
      designTag: scenarioDesignTag ? designTag : '',
      skip,
      definitions,
      names,
      keys,
    }),
  );
  return {
    slug,
    path: toSingleLine(design.path),
    title: toSingleLine(design.title ?? '') || toSingleLine(design.slug) || slug,
    feature: jira || null,
    tags,
    tagLine: tags.join(' '),
    skipTag: skip ? `@${skip}` : null,
    scenarios,
  };
}

interface ScenarioEnv {
  slug: string;
  /** `@design:<slug>` when scenarios carry it themselves, else empty. */
  designTag: string;
  skip: string;
  definitions: ReadonlyMap<string, Requirement>;
  names: Claims;
  keys: Claims;
}

function scenarioContext(row: SurfaceRow, env: ScenarioEnv): ScenarioContext {
  const ids = row.requirements.map(toTagName).filter((id) => id !== '');
  const requirements = unique(ids).map((id): RequirementContext => {
    const definition = env.definitions.get(id);
    return {
      id,
      tag: `@${id}`,
      text: definition ? toSingleLine(definition.text) : null,
      textLines: definition ? toTextLines(definition.text) : [],
    };
  });
  const tags = [
    ...(env.designTag ? [env.designTag] : []),
    ...requirements.map((r) => r.tag),
    ...(env.skip ? [`@${env.skip}`] : []),
  ];
  const idList = requirements.map((r) => r.id).join(', ');
  const behavior = toSingleLine(row.behavior);
  const behaviorLines = toTextLines(row.behavior);
  const verifiedBy = toSingleLine(row.verifiedBy);
  const verifiedByLines = toTextLines(row.verifiedBy);
  const extra = Object.entries(row.extra).map(([header, value]) => ({
    header: toSingleLine(header),
    value: toSingleLine(value),
    valueLines: toTextLines(value),
  }));

  const fallbackName = idList ? `Behavior of ${idList}` : `Behavior at line ${row.line}`;
  const name = env.names.claim(shortenName(behavior) || fallbackName);
  const key = env.keys.claim(idList || `the row at line ${row.line}`);

  return {
    provenance: formatProvenance(env.slug, ids, row.behavior),
    behaviorComment: behavior === '' ? '' : formatBehaviorComment(behavior),
    tags,
    tagLine: tags.join(' '),
    name,
    behavior,
    behaviorLines,
    requirements,
    ids: idList,
    verifiedBy,
    verifiedByLines,
    levels: [...row.levels],
    extra,
    derived: row.derived === true,
    line: row.line,
    commentLines: commentLines(behaviorLines, requirements, verifiedByLines, extra, row.derived === true),
    steps: todoSteps(key),
  };
}

function commentLines(
  behaviorLines: readonly string[],
  requirements: readonly RequirementContext[],
  verifiedByLines: readonly string[],
  extra: readonly ExtraColumnContext[],
  derived: boolean,
): string[] {
  // Blocks are joined with concat: spreading a text of many lines into push() overflows the stack.
  const blocks: string[][] = [labelledLines('Behavior', behaviorLines)];
  for (const requirement of requirements) {
    blocks.push(
      requirement.text === null
        ? [`# ${requirement.id}: (not defined in the design)`]
        : labelledLines(requirement.id, requirement.textLines),
    );
  }
  if (verifiedByLines.length > 0) blocks.push(labelledLines('Verified by', verifiedByLines));
  for (const column of extra) {
    if (column.header !== '' && column.valueLines.length > 0) {
      blocks.push(labelledLines(column.header, column.valueLines));
    }
  }
  if (derived) {
    blocks.push(['# Derived from the requirement: the design has no acceptance test surface table.']);
  }
  return blocks.flat();
}

/** `# Label: first line`, then `#   next line` for the rest; blank lines as `#`. */
function labelledLines(label: string, lines: readonly string[]): string[] {
  const [first = '', ...rest] = lines;
  const out = [first === '' ? `# ${label}:` : `# ${label}: ${first}`];
  for (const line of rest) out.push(line === '' ? '#' : `#   ${line}`);
  return out.map(unlikeProvenance);
}

/**
 * Design text that happens to read like a provenance comment must not be
 * taken for one by whoever indexes the file later.
 */
function unlikeProvenance(comment: string): string {
  if (!comment.includes(PROVENANCE_MARKER) || parseProvenance(comment, 0) === null) return comment;
  return `# (quoted)${comment.slice(1)}`;
}

function definitionsById(design: Design): Map<string, Requirement> {
  const byId = new Map<string, Requirement>();
  for (const definition of [...design.requirements, ...design.useCases]) {
    const id = toTagName(definition.id);
    if (!byId.has(id)) byId.set(id, definition);
  }
  return byId;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Hands out unique labels: `base`, then `base (2)`, `base (3)`… in order. */
class Claims {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  claim(base: string): string {
    // Remembering the next number per base keeps many equal names linear.
    let n = this.next.get(base) ?? 1;
    let candidate = n === 1 ? base : `${base} (${n})`;
    while (this.taken.has(candidate)) {
      n += 1;
      candidate = `${base} (${n})`;
    }
    this.next.set(base, n + 1);
    this.taken.add(candidate);
    return candidate;
  }
}
