import type { Feature, GherkinDocument, IdGenerator } from '@cucumber/messages';
import type { FeatureIndex, ScenarioEntry } from '../model.js';
import { errorDiagnostics, parseGherkin } from './parse-gherkin.js';
import { scenarioContexts } from './scenario-contexts.js';
import { scenarioEntries } from './scenario-entries.js';
import { scenarioProvenance } from './scenario-provenance.js';
import { DESIGN_TAG_PREFIX, designSlug } from './tag-kinds.js';
import { tagListsFromAst, tagListsFromPickles, tagListsWithoutPickles, type TagLists } from './tag-lists.js';

/** How {@link indexDocument} finds which tags apply to each pickle. */
export type TagSource = 'pickles' | 'ast';

/**
 * Index one `.feature` file: its Feature, and each Scenario / Outline with the
 * design it links to and the requirement tags that apply after inheritance.
 *
 * Pure and total: parse errors become `parse-error` diagnostics (all of them,
 * and then the file has no scenarios); it never throws. Pickles are compiled
 * only when the text has a `@design:` tag; otherwise the same entries are
 * derived from the AST, which is cheaper.
 */
export function indexFeature(text: string, path: string): FeatureIndex {
  try {
    const parsed = parseGherkin(text, path);
    if (!parsed.document) return emptyIndex(path, parsed.diagnostics);
    const source: TagSource = text.includes(DESIGN_TAG_PREFIX) ? 'pickles' : 'ast';
    return indexDocument(parsed.document, text, path, source, parsed.newId);
  } catch (error) {
    return emptyIndex(path, errorDiagnostics(error, path));
  }
}

/**
 * Index a parsed document. `source` chooses how tags are attributed to
 * pickles; both give the same result (the AST path exists for speed).
 *
 * @param newId The generator the AST was built with (compiling continues it).
 */
export function indexDocument(
  document: GherkinDocument,
  text: string,
  path: string,
  source: TagSource,
  newId: IdGenerator.NewId,
): FeatureIndex {
  const { feature } = document;
  if (!feature) return emptyIndex(path, []);
  const contexts = scenarioContexts(feature);
  const provenance = scenarioProvenance(
    text,
    document.comments,
    contexts.map((context) => context.scenario.location.line),
  );
  const fromPickles = source === 'pickles' ? tagListsFromPickles(document, contexts, newId) : null;

  const scenarios: ScenarioEntry[] = [];
  for (const context of contexts) {
    const lists: TagLists = fromPickles ? (fromPickles.get(context.scenario.id) ?? []) : tagListsFromAst(context);
    const coversNothing = lists.length === 0;
    const entries = scenarioEntries(
      context,
      coversNothing ? tagListsWithoutPickles(context) : lists,
      coversNothing,
      provenance.get(context.scenario.location.line) ?? null,
    );
    scenarios.push(...entries);
  }
  return {
    path,
    name: feature.name,
    line: feature.location.line,
    designTags: featureDesignTags(feature),
    scenarios,
    diagnostics: [],
  };
}

function featureDesignTags(feature: Feature): string[] {
  const slugs: string[] = [];
  for (const tag of feature.tags) {
    const slug = designSlug(tag.name);
    if (slug !== null && !slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}

function emptyIndex(path: string, diagnostics: FeatureIndex['diagnostics']): FeatureIndex {
  return { path, name: null, line: null, designTags: [], scenarios: [], diagnostics };
}
