import type { GherkinDocument, IdGenerator } from '@cucumber/messages';
import type { FeatureIndex, ScenarioEntry } from '../model.js';
import { errorDiagnostics, parseGherkin } from './parse-gherkin.js';
import { scenarioAncestries } from './scenario-ancestry.js';
import { scenarioEntries } from './scenario-entries.js';
import { quickScan } from './quick-scan.js';
import { documentScan, type GherkinScan } from './scan-gherkin.js';
import { scenarioProvenance } from './scenario-provenance.js';
import { withoutBom } from './source-lines.js';
import { DESIGN_TAG_PREFIX, designSlug } from './tag-kinds.js';
import { tagListsFromAst, tagListsFromPickles, tagListsWithoutPickles, type TagLists } from './tag-lists.js';

/** How {@link indexDocument} finds which tags apply to each pickle. */
export type TagSource = 'pickles' | 'ast';

/**
 * What {@link indexFeature} lists: `all` scenarios, or only those that can
 * link to a design (`linked`): a file without any `@design:` tag then lists
 * none and only counts them, which needs no syntax tree.
 */
export type IndexDetail = 'all' | 'linked';

/**
 * Index one `.feature` file: its Feature, and each Scenario / Outline with the
 * design it links to and the requirement tags that apply after inheritance.
 * Never throws: parse errors become `parse-error` diagnostics (all of them, and
 * then no scenarios). Pickles are compiled only when the text has a `@design:`
 * tag; otherwise the same entries come from the AST, which is cheaper.
 */
export function indexFeature(text: string, path: string, detail: IndexDetail = 'all'): FeatureIndex {
  try {
    const linked = text.includes(DESIGN_TAG_PREFIX);
    const counted = detail === 'linked' && !linked;
    // A valid English file is only scanned; anything else is parsed (an invalid one, to word its errors).
    const scan = counted && isWellFormed(text) ? quickScan(Buffer.from(withoutBom(text), 'utf8')) : undefined;
    if (scan) return countedIndex(path, scan);
    const parsed = parseGherkin(text, path);
    if (!parsed.document) return emptyIndex(path, parsed.diagnostics);
    if (counted) return countedIndex(path, documentScan(parsed.document));
    const source: TagSource = linked ? 'pickles' : 'ast';
    return indexDocument(parsed.document, text, path, source, parsed.newId);
  } catch (error) {
    return emptyIndex(path, errorDiagnostics(error, path));
  }
}

/**
 * {@link indexFeature} of a file given as valid UTF-8 bytes (BOM or not). With
 * detail `linked`, a file without a `@design:` tag that {@link quickScan}
 * accepts is counted without being decoded (decoding cost more than scanning).
 */
export function indexFeatureBytes(bytes: Uint8Array, path: string, detail: IndexDetail = 'all'): FeatureIndex {
  if (detail === 'linked' && !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(DESIGN_TAG_PREFIX)) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const scan = quickScan(bom ? bytes.subarray(3) : bytes);
    if (scan) return countedIndex(path, scan);
  }
  // The decoder drops a byte order mark, as reading a file as text does.
  return indexFeature(utf8.decode(bytes), path, detail);
}

const utf8 = new TextDecoder();

/** False for a string with a lone surrogate: it has no UTF-8 bytes that read back the same, so the quick scan cannot take it. */
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

/** The index of a valid file whose scenarios are only counted. */
function countedIndex(path: string, scan: GherkinScan): FeatureIndex {
  const index = emptyIndex(path, []);
  if (scan.feature) {
    index.name = scan.feature.name;
    index.line = scan.feature.line;
  }
  if (scan.scenarios > 0) index.unlinkedScenarios = scan.scenarios;
  return index;
}

/**
 * Index a parsed document. `source` chooses how tags are attributed to
 * pickles; both give the same result. `newId` built the AST (compiling continues it).
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
  const contexts = scenarioAncestries(feature);
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
    designTags: [...new Set(feature.tags.map((tag) => designSlug(tag.name)).filter((slug) => slug !== null))],
    scenarios,
    diagnostics: [],
  };
}

function emptyIndex(path: string, diagnostics: FeatureIndex['diagnostics']): FeatureIndex {
  return { path, name: null, line: null, designTags: [], scenarios: [], diagnostics };
}
