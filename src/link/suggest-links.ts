import { compareRequirementIds, compareStrings } from '../features/tag-kinds.js';
import type { Design } from '../model.js';
import { terms } from './tokenize.js';
import { bagOf, cosine, inverseFrequency, vectorize, type Field, type TermBag, type Vector } from './rank.js';

/** The text of one scenario: its own steps (Background steps are shared boilerplate, better left out). */
export interface ScenarioText {
  file: string;
  /** Line of the Scenario keyword. */
  line: number;
  name: string;
  steps: string[];
  /** The Feature's title and description: file-level evidence of the design its scenarios verify. */
  feature?: string;
}

/** One proposed link of a scenario to a requirement. */
export interface LinkCandidate {
  design: string;
  requirement: string;
  /** Similarity, 0..1, rounded to 3 decimals. */
  score: number;
  /** Words of the scenario shared with the requirement, strongest first. */
  matched: string[];
}

/** The ranked link proposals for one scenario. */
export interface Suggestion {
  file: string;
  line: number;
  name: string;
  /** Best first; ties broken by design slug, then natural requirement order. */
  candidates: LinkCandidate[];
  /** True when the best candidate scores at least `minScore`. */
  confident: boolean;
}

export interface SuggestOptions {
  /** Score from which the best candidate counts as confident. */
  minScore: number;
  /** Most candidates listed per scenario. */
  limit: number;
}

/**
 * Default confidence threshold: on `test/fixtures/link` confident suggestions
 * have 80% recall and 92% precision, no unrelated scenario confident; on the
 * Lightspeed e2e suite it separates the config-merge design's 24 scenarios.
 */
export const DEFAULT_MIN_SCORE = 0.15;

/** Default number of candidates per scenario. */
export const DEFAULT_LIMIT = 3;

/** How much each part of a requirement's document counts. */
const DOC_WEIGHTS = { text: 1, behavior: 1, title: 0.3 } as const;

interface RequirementDoc {
  design: string;
  requirement: string;
  fields: Field[];
}

/** One document per (design, requirement): its text, its rows' behaviors, the design title; ids only rows name too. */
function requirementDocs(designs: readonly Design[]): RequirementDoc[] {
  const docs: RequirementDoc[] = [];
  for (const design of designs) {
    const ids: string[] = design.requirements.map((r) => r.id);
    for (const row of design.surface) {
      for (const id of row.requirements) if (!ids.includes(id)) ids.push(id);
    }
    const definitions = new Map<string, string>();
    for (const r of [...design.useCases, ...design.requirements]) definitions.set(r.id, r.text);
    for (const id of ids) {
      const fields: Field[] = [{ text: definitions.get(id) ?? '', weight: DOC_WEIGHTS.text }];
      for (const row of design.surface) {
        if (row.requirements.includes(id)) fields.push({ text: row.behavior, weight: DOC_WEIGHTS.behavior });
      }
      if (design.title) fields.push({ text: design.title, weight: DOC_WEIGHTS.title });
      docs.push({ design: design.slug, requirement: id, fields });
    }
  }
  return docs;
}

/** File name without folders and extension: `tests/e2e/features/token_quota.feature` -> `token_quota`. */
function baseName(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const name = file.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The least design evidence a scenario gets from a file whose Feature title or name names the design. */
const NAMED_EVIDENCE = 0.1;
/** Scenarios of one file sharing this share of their words are twins (the same check through two endpoints). */
const TWIN_OVERLAP = 0.75;

const TITLE_LEAD = /^\s*feature design\s+(?:for|of)?\s*/i;

/** The design a file's Feature title or file name names (all words of its title or slug), longest name first; null for none. */
function namedDesign(designs: readonly Design[], feature: string, file: string): string | null {
  const words = new Set(terms(`${feature} ${baseName(file)}`));
  let best: { slug: string; size: number } | null = null;
  for (const design of designs) {
    for (const name of [(design.title ?? '').replace(TITLE_LEAD, ''), design.slug.replace(/[-_.]/g, ' ')].map((text) => new Set(terms(text)))) {
      const covered = name.size > 0 && [...name].every((term) => words.has(term));
      if (covered && (best === null || name.size > best.size)) best = { slug: design.slug, size: name.size };
    }
  }
  return best?.slug ?? null;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Propose, for each scenario (in input order), at most `limit` requirements it most likely verifies.
 * Scenario name, steps and file name are the query, weighted by TF-IDF over the requirements and the
 * scenarios (a step every scenario has says nothing); the score is the geometric mean of the cosine
 * with the requirement and with its whole design. Lone links against their file's grain are not
 * confident, and twin scenarios share a verdict.
 */
export function suggestLinks(
  designs: readonly Design[],
  scenarios: readonly ScenarioText[],
  options: SuggestOptions,
): Suggestion[] {
  const docs = requirementDocs(designs);
  const docBags = docs.map((doc) => bagOf(doc.fields));
  const queries = scenarios.map((scenario) =>
    bagOf([scenario.name, ...scenario.steps, baseName(scenario.file)].map((text) => ({ text, weight: 1 }))),
  );
  const docIdf = inverseFrequency(docBags);
  const suiteIdf = inverseFrequency(queries);
  const weight = (term: string): number => docIdf(term) * suiteIdf(term);
  const docVectors = docBags.map((bag) => vectorize(bag, docIdf));
  const designVectors = new Map<string, Vector>();
  for (const design of designs) {
    const fields = docs.filter((doc) => doc.design === design.slug).flatMap((doc) => doc.fields);
    designVectors.set(design.slug, vectorize(bagOf(fields), docIdf));
  }
  const files = new Map<string, { members: number[]; named: string | null }>();
  scenarios.forEach((scenario, i) => {
    let file = files.get(scenario.file);
    if (!file) {
      file = { members: [], named: namedDesign(designs, scenario.feature ?? '', scenario.file) };
      files.set(scenario.file, file);
    }
    file.members.push(i);
  });
  const suggestions = scenarios.map((scenario, i) => {
    const query = queries[i] as TermBag;
    const named = files.get(scenario.file)?.named ?? null;
    const vector = vectorize(query, weight);
    const evidence = new Map<string, number>();
    for (const [slug, designVector] of designVectors) {
      const own = cosine(vector, designVector).score;
      evidence.set(slug, slug === named ? Math.max(own, NAMED_EVIDENCE) : own);
    }
    const candidates = docs
      .map((doc, index) => {
        const similarity = cosine(vector, docVectors[index] as Vector);
        const score = Math.sqrt(similarity.score * (evidence.get(doc.design) ?? 0));
        return { design: doc.design, requirement: doc.requirement, score: Math.round(score * 1000) / 1000, matched: surfaces(similarity.terms, query) };
      })
      .filter((candidate) => candidate.score > 0)
      .sort(
        (a, b) => b.score - a.score || compareStrings(a.design, b.design) || compareRequirementIds(a.requirement, b.requirement),
      )
      .slice(0, Math.max(0, options.limit));
    const best = candidates[0];
    return {
      file: scenario.file,
      line: scenario.line,
      name: scenario.name,
      candidates,
      confident: best !== undefined && best.score >= options.minScore,
    };
  });
  for (const file of files.values()) againstTheGrain(file.members, file.named, suggestions);
  for (const file of files.values()) sameVerdictForTwins(file.members, queries, suggestions);
  return suggestions;
}

/** A confident link is not when its file names another design, or two others link to one other design and none to this one. */
function againstTheGrain(members: readonly number[], named: string | null, suggestions: Suggestion[]): void {
  const linked = members.map((i) => (suggestions[i]?.confident ? suggestions[i]?.candidates[0]?.design : undefined));
  members.forEach((i, at) => {
    const design = linked[at];
    if (design === undefined) return;
    const others = linked.filter((other, k): other is string => k !== at && other !== undefined);
    if (others.includes(design)) return;
    const counts = new Map<string, number>();
    for (const other of others) counts.set(other, (counts.get(other) ?? 0) + 1);
    const grain = (named !== null && named !== design) || [...counts.values()].some((count) => count >= 2);
    if (grain) suggestions[i] = { ...(suggestions[i] as Suggestion), confident: false };
  });
}

/** Twins of a file take the candidates and verdict of the twin with the best score. */
function sameVerdictForTwins(members: readonly number[], queries: readonly TermBag[], suggestions: Suggestion[]): void {
  const words = members.map((i) => new Set([...(queries[i] as TermBag).weights.keys()].filter((term) => !term.includes(' '))));
  members.forEach((i, a) => {
    const twins = members.filter((_, b) => b !== a && jaccard(words[a] as Set<string>, words[b] as Set<string>) >= TWIN_OVERLAP);
    if (twins.length === 0) return;
    const top = (k: number): number => suggestions[k]?.candidates[0]?.score ?? 0;
    const lead = [i, ...twins].reduce((x, y) => (top(y) > top(x) ? y : x));
    const own = suggestions[i] as Suggestion;
    const leader = suggestions[lead] as Suggestion;
    if (lead !== i) suggestions[i] = { ...own, candidates: leader.candidates, confident: leader.confident };
  });
}

/** The scenario's own spelling of the matched single terms (word pairs left out), each once. */
function surfaces(terms: readonly string[], query: TermBag): string[] {
  const words = terms.filter((term) => !term.includes(' '));
  return [...new Set(words.map((term) => query.surfaces.get(term) ?? term))];
}
