import type { GherkinDocument } from '@cucumber/messages';
import { parseGherkin } from './parse-gherkin.js';
import { scenarioAncestries } from './scenario-ancestry.js';

/** What a valid file's index needs when its scenarios are only counted: the Feature line and the number of scenarios. */
export interface GherkinScan {
  /** The Feature line's name and line, or null for a file with no Feature (empty, comments only). */
  feature: { name: string; line: number } | null;
  /** Scenarios and Scenario Outlines (inside Rules too; Backgrounds are not scenarios). */
  scenarios: number;
}

/** The {@link GherkinScan} of a parsed document. */
export function documentScan(document: GherkinDocument): GherkinScan {
  const { feature } = document;
  if (!feature) return { feature: null, scenarios: 0 };
  return { feature: { name: feature.name, line: feature.location.line }, scenarios: scenarioAncestries(feature).length };
}

/** The scan of Gherkin text (no BOM) by the library's parser, or null on an error: the reference `quickScan` is proven equal to. */
export function libraryScan(text: string): GherkinScan | null {
  const { document } = parseGherkin(text, '');
  return document ? documentScan(document) : null;
}
