import type { AcceptanceCriterion, Design, Requirement, StepKeyword, SurfaceRow } from '../model.js';
import { formatBehaviorComment, formatProvenance, parseProvenance } from '../shared/provenance.js';
import { suggestSteps, type SuggestedStep } from '../vocabulary/suggest-steps.js';
import { CRITERION_ROW, planCriteria } from './criteria.js';
import { dialectKeywords, stepKeyword, type Keywords } from './dialect.js';
import type { GenerateOptions } from './options.js';
import { todoSteps } from '../shared/todo-steps.js';
import { toSingleLine, toTagName, toTextLines } from './sanitize.js';
import { shortenName } from './shorten.js';

/** One step line of a scenario: `kind` is `given`…`but` whatever the dialect, `keyword` the dialect's with its spacing. */
export interface StepContext {
  kind: string;
  keyword: string;
  text: string;
  /** `# suggested: from <file>:<line>` for a step taken from the suite's vocabulary, else empty. */
  comment: string;
}

/** Data for the feature template (described in templates/README.md). */
export type FeatureContext = ReturnType<typeof featureContext>;

/** Data for the scenario template, one per rendered row or criterion (described in templates/README.md); no string holds a line break or control character. */
export type ScenarioContext = ReturnType<typeof scenarioContext>;

/** The template data for a design: its rows, then the criteria rendered alone (`all`: those no row takes). */
export function featureContext(
  design: Design,
  rows: readonly SurfaceRow[],
  options: GenerateOptions,
  criteria: 'all' | readonly AcceptanceCriterion[],
) {
  const slug = toTagName(design.slug) || '_';
  const jira = design.feature === null ? '' : toTagName(design.feature);
  const designTag = `@design:${slug}`;
  const tags = [designTag, ...(jira ? [`@${jira}`] : [])];
  const skip = options.skipTag === null ? '' : toTagName(options.skipTag);
  const plan = planCriteria(design, rows);
  const env: ScenarioEnv = {
    slug,
    designTag: options.designTag === true ? designTag : '',
    skip,
    definitions: definitionsById(design),
    names: new Claims(),
    keys: new Claims(),
    keywords: dialectKeywords(options.language ?? 'en'),
    vocabulary: options.vocabulary,
  };
  const standalone = criteria === 'all' ? plan.standalone : criteria;
  const scenarios = [
    ...rows.map((row) => scenarioContext(row, env, plan.byRow.get(row) ?? null)),
    ...standalone.map((criterion) =>
      scenarioContext(
        { requirements: criterion.ids, behavior: criterion.heading, verifiedBy: '', levels: [], line: criterion.line, extra: {} },
        env,
        criterion,
        true,
      ),
    ),
  ];
  return {
    slug,
    path: toSingleLine(design.path),
    title: toSingleLine(design.title ?? '') || toSingleLine(design.slug) || slug,
    feature: jira || null,
    tags,
    tagLine: tags.join(' '),
    skipTag: skip ? `@${skip}` : null,
    keywords: env.keywords,
    background: (options.background ?? []).map((line) => `${/^ */.exec(line)?.[0] ?? ''}${toSingleLine(line)}`),
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
  keywords: Keywords;
  vocabulary: GenerateOptions['vocabulary'];
}

function scenarioContext(row: SurfaceRow, env: ScenarioEnv, criterion: AcceptanceCriterion | null, standalone = false) {
  const ids = row.requirements.map(toTagName).filter((id) => id !== '');
  const requirements = [...new Set(ids)].map((id) => {
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
  const verifiedByLines = toTextLines(row.verifiedBy);
  const extra = Object.entries(row.extra).map(([header, value]) => ({
    header: toSingleLine(header),
    value: toSingleLine(value),
    valueLines: toTextLines(value),
  }));

  const fallbackName = idList ? `Behavior of ${idList}` : `Behavior at line ${row.line}`;
  const name = env.names.claim(shortenName(behavior) || fallbackName);
  const stepLines = criterion ? criterionSteps(criterion, env.keywords) : suggestedSteps(row, requirements.flatMap((r) => (r.text === null ? [] : [r.text])), env, idList);
  const first = (kind: string): string => stepLines.find((step) => step.kind === kind)?.text ?? '';

  return {
    provenance: formatProvenance(env.slug, standalone ? [CRITERION_ROW] : ids, row.behavior),
    behaviorComment: behavior === '' || standalone ? '' : formatBehaviorComment(behavior),
    tags,
    tagLine: tags.join(' '),
    name,
    behavior,
    behaviorLines: toTextLines(row.behavior),
    requirements,
    ids: idList,
    verifiedBy: toSingleLine(row.verifiedBy),
    verifiedByLines,
    levels: [...row.levels],
    extra,
    derived: row.derived === true,
    line: row.line,
    commentLines: commentLines(behavior, requirements, verifiedByLines, extra, row.derived === true),
    steps: { given: first('given'), when: first('when'), then: first('then') },
    stepLines,
    criterion: standalone,
  };
}

function stepContext(keywords: Keywords, kind: StepKeyword | 'given' | 'when' | 'then', text: string, comment = ''): StepContext {
  return { kind: kind.toLowerCase(), keyword: stepKeyword(keywords, kind, text), text, comment };
}

/** A criterion's own sentences, each with its keyword in the dialect. */
function criterionSteps(criterion: AcceptanceCriterion, keywords: Keywords): StepContext[] {
  return criterion.steps.map((step) => stepContext(keywords, step.keyword, toSingleLine(step.text)));
}

/** A Given, a When and a Then: suggested from the suite's vocabulary where one fits, else a `TODO` step (pending). */
function suggestedSteps(row: SurfaceRow, context: string[], env: ScenarioEnv, idList: string): StepContext[] {
  const { keywords, vocabulary } = env;
  const preferred = vocabulary?.preferred ?? [];
  const suggested = vocabulary
    ? suggestSteps(vocabulary.vocabulary, {
        behavior: row.behavior,
        context,
        preferred: (file) => preferred.some((p) => file === p || file.startsWith(`${p}/`)),
      })
    : { given: null, when: null, then: null };
  let key: string | null = null;
  return (['given', 'when', 'then'] as const).map((kind) => {
    const step: SuggestedStep | null = suggested[kind];
    if (step) return stepContext(keywords, kind, toSingleLine(step.text), `# suggested: from ${toSingleLine(step.file)}:${step.line}`);
    key ??= env.keys.claim(idList || `the row at line ${row.line}`);
    return stepContext(keywords, kind, todoSteps(key)[kind]);
  });
}

function commentLines(
  behavior: string,
  requirements: ReadonlyArray<{ id: string; text: string | null }>,
  verifiedByLines: readonly string[],
  extra: ReadonlyArray<{ header: string; valueLines: string[] }>,
  derived: boolean,
): string[] {
  // The behavior is already in the `# behavior:` comment and the name, so it is not repeated here,
  // nor is a requirement text that only repeats it (a derived row's behavior is its requirement).
  const blocks: string[][] = [];
  for (const requirement of requirements) {
    if (requirement.text === behavior) continue;
    blocks.push([unlikeProvenance(`# ${requirement.id}: ${requirement.text ?? '(not defined in the design)'}`)]);
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
  // Blocks are joined with flat: spreading a text of many lines into push() overflows the stack.
  return blocks.flat();
}

/** `# Label: first line`, then `#   next line` for the rest; blank lines as `#`. */
function labelledLines(label: string, lines: readonly string[]): string[] {
  const [first = '', ...rest] = lines;
  const out = [first === '' ? `# ${label}:` : `# ${label}: ${first}`];
  for (const line of rest) out.push(line === '' ? '#' : `#   ${line}`);
  return out.map(unlikeProvenance);
}

/** Design text that reads like a provenance comment must not be taken for one when the file is indexed. */
function unlikeProvenance(comment: string): string {
  if (parseProvenance(comment, 0) === null) return comment;
  return `# (quoted)${comment.slice(1)}`;
}

/** Definitions by tag name; the first of an id wins (a Map keeps the last value set, hence the reverse). */
function definitionsById(design: Design): Map<string, Requirement> {
  return new Map([...design.requirements, ...design.useCases].reverse().map((definition) => [toTagName(definition.id), definition]));
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
