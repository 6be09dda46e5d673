import { compareRequirementIds } from '../features/tag-kinds.js';
import type { Design } from '../model.js';
import {
  bagOf,
  cosine,
  inverseFrequency,
  mergeBags,
  vectorize,
  type Field,
  type TermBag,
  type Vector,
} from './rank.js';

/**
 * The text of one scenario, as the feature indexer reads it (its own
 * `ScenarioText` fits this shape). `steps` are the text of the scenario's own
 * steps, with or without the keyword; Background steps are shared
 * boilerplate and better left out.
 */
export interface ScenarioText {
  file: string;
  /** Line of the Scenario keyword. */
  line: number;
  name: string;
  steps: string[];
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
 * Default confidence threshold, chosen on the labelled fixture set
 * (`test/fixtures/link`): correct matches mostly score above it, scenarios
 * verifying nothing in the designs stay below it. On the Lightspeed e2e suite
 * it also separates the 24 scenarios of the config-merge design (0.17 and up)
 * from the 343 others (0.12 at most).
 */
export const DEFAULT_MIN_SCORE = 0.15;

/** Default number of candidates per scenario. */
export const DEFAULT_LIMIT = 3;

/** How much each part of a requirement's document counts. */
const DOC_WEIGHTS = { text: 1, behavior: 1, title: 0.3 } as const;
/** How much each part of a scenario counts. */
const QUERY_WEIGHTS = { name: 1, steps: 1, file: 1 } as const;

interface RequirementDoc {
  design: string;
  requirement: string;
  fields: Field[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One document per (design, requirement): the requirement's text, the
 * behaviors of every surface row naming it, and the design title at low
 * weight. Ids named only by surface rows get a document too (with the use
 * case text when the id is a use case); use cases no row names are left out,
 * since scenarios verify requirements.
 */
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

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Propose, for each scenario, the requirements it most likely verifies.
 *
 * Each (design, requirement) is a document; a scenario's name, steps and file
 * name are the query. Terms are weighted by TF-IDF, where the IDF is taken
 * twice: over the requirement documents (a word every requirement uses says
 * nothing) and over the scenarios passed in (a step every scenario has, like
 * "the status code of the response is 200", says nothing either). The score
 * is the geometric mean of the scenario's cosine similarity with the
 * requirement and with its whole design, so that a chance overlap of two
 * words with one requirement of a design the scenario is otherwise unrelated
 * to stays low. Deterministic; scenarios come back in input order, each with
 * at most `limit` candidates scoring above 0.
 */
export function suggestLinks(
  designs: readonly Design[],
  scenarios: readonly ScenarioText[],
  options: SuggestOptions,
): Suggestion[] {
  const docs = requirementDocs(designs);
  const docBags = docs.map((doc) => bagOf(doc.fields));
  const queries = scenarios.map((scenario) =>
    bagOf([
      { text: scenario.name, weight: QUERY_WEIGHTS.name },
      ...scenario.steps.map((step) => ({ text: step, weight: QUERY_WEIGHTS.steps })),
      { text: baseName(scenario.file), weight: QUERY_WEIGHTS.file },
    ]),
  );
  const docIdf = inverseFrequency(docBags);
  const suiteIdf = inverseFrequency(queries);
  const docVectors = docBags.map((bag) => vectorize(bag, docIdf));
  const designVectors = new Map<string, Vector>();
  for (const design of designs) {
    const bags = docBags.filter((_, i) => docs[i]?.design === design.slug);
    designVectors.set(design.slug, vectorize(mergeBags(bags), docIdf));
  }
  return scenarios.map((scenario, i) => {
    const query = queries[i] as TermBag;
    const vector = vectorize(query, (term) => docIdf(term) * suiteIdf(term));
    const designScores = new Map<string, number>();
    for (const [slug, designVector] of designVectors) designScores.set(slug, cosine(vector, designVector).score);
    const candidates = docs
      .map((doc, index) => {
        const similarity = cosine(vector, docVectors[index] as Vector);
        const score = Math.sqrt(similarity.score * (designScores.get(doc.design) ?? 0));
        return {
          design: doc.design,
          requirement: doc.requirement,
          score: round3(score),
          matched: surfaces(similarity.terms, query),
        };
      })
      .filter((candidate) => candidate.score > 0)
      .sort(
        (a, b) =>
          b.score - a.score ||
          compareText(a.design, b.design) ||
          compareRequirementIds(a.requirement, b.requirement),
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
}

/** The scenario's own spelling of the matched single terms (word pairs left out), each once. */
function surfaces(terms: readonly string[], query: TermBag): string[] {
  const words = terms.filter((term) => !term.includes(' '));
  return [...new Set(words.map((term) => query.surfaces.get(term) ?? term))];
}
