import type { GherkinDocument, IdGenerator } from '@cucumber/messages';
import type { FeatureIndex } from '../model.js';
import { errorDiagnostics, parseGherkin } from './parse-gherkin.js';
import { scenarioAncestries } from './scenario-ancestry.js';
import { scenarioEntries } from './scenario-entries.js';
import { quickScan } from './quick-scan.js';
import { documentScan, type GherkinScan } from './scan-gherkin.js';
import { scenarioProvenance } from './scenario-provenance.js';
import { DESIGN_TAG_PREFIX, designSlug } from './tag-kinds.js';
import { tagListsFromPickles } from './tag-lists.js';

/** What {@link indexFeature} lists: `all` scenarios, or (`linked`) none of a file without `@design:` tags, only their count. */
export type IndexDetail = 'all' | 'linked';

/** Index one `.feature` file: each Scenario / Outline with its design and requirement tags. Never throws: parse errors become diagnostics. */
export function indexFeature(text: string, path: string, detail: IndexDetail = 'all'): FeatureIndex {
  try {
    const parsed = parseGherkin(text, path);
    if (!parsed.document) return emptyIndex(path, parsed.diagnostics);
    if (detail === 'linked' && !text.includes(DESIGN_TAG_PREFIX)) return countedIndex(path, documentScan(parsed.document));
    return indexDocument(parsed.document, text, path, parsed.newId);
  } catch (error) {
    return emptyIndex(path, errorDiagnostics(error, path));
  }
}

/** {@link indexFeature} of valid UTF-8 bytes; with `linked`, a file {@link quickScan} accepts is counted undecoded (decoding costs more). */
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

/** The index of a valid file whose scenarios are only counted. */
function countedIndex(path: string, scan: GherkinScan): FeatureIndex {
  const index: FeatureIndex = { ...emptyIndex(path, []), name: scan.feature?.name ?? null, line: scan.feature?.line ?? null };
  if (scan.scenarios > 0) index.unlinkedScenarios = scan.scenarios;
  return index;
}

/** Index a parsed document, reading each pickle's tags. `newId` built the AST (compiling continues it). */
function indexDocument(document: GherkinDocument, text: string, path: string, newId: IdGenerator.NewId): FeatureIndex {
  const { feature } = document;
  if (!feature) return emptyIndex(path, []);
  const contexts = scenarioAncestries(feature);
  const provenance = scenarioProvenance(text, document.comments, contexts.map((context) => context.scenario.location.line));
  const fromPickles = tagListsFromPickles(document, contexts, newId);
  const scenarios = contexts.flatMap((context) =>
    scenarioEntries(context, fromPickles.get(context.scenario.id) ?? [], provenance.get(context.scenario.location.line) ?? null),
  );
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
