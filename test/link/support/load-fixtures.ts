import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDesign } from '../../../src/design/extract-design.js';
import { listScenarioTexts } from '../../../src/features/scenario-texts.js';
import type { Design } from '../../../src/model.js';
import type { LinkLabels } from '../../../bench/measure-accuracy.mjs';
import type { ScenarioText } from '../../../src/link/suggest-links.js';
import { repoRoot } from '../../support/corpus.js';

/** The labelled link fixture set. */
export const fixtureDir = path.join(repoRoot, 'test/fixtures/link');

type ExtractDesign = (markdown: string, path: string) => Design;

/** The design reader the CLI uses. */
export async function designReader(): Promise<{ read: ExtractDesign; extractor: 'extractDesign' }> {
  return { read: extractDesign, extractor: 'extractDesign' };
}

/** The fixture designs, in file name order. */
export async function loadFixtureDesigns(): Promise<{ designs: Design[]; extractor: 'extractDesign' }> {
  const { read, extractor } = await designReader();
  const dir = path.join(fixtureDir, 'designs');
  const designs = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => read(readFileSync(path.join(dir, name), 'utf8'), `designs/${name}`));
  return { designs, extractor };
}

/** Scenarios of a `.feature` text as the `link` command reads them (the indexer's `listScenarioTexts`). */
export function scenarioTexts(text: string, file: string): ScenarioText[] {
  const listed = listScenarioTexts(text, file);
  if (!Array.isArray(listed)) throw new Error(`${file} does not parse: ${listed.error.message}`);
  return listed.map((scenario) => ({ file, line: scenario.line, name: scenario.name, steps: scenario.steps, feature: scenario.feature }));
}

/** Every scenario of the fixture features, files in name order. */
export function loadFixtureScenarios(): ScenarioText[] {
  const dir = path.join(fixtureDir, 'features');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.feature'))
    .sort()
    .flatMap((name) => scenarioTexts(readFileSync(path.join(dir, name), 'utf8'), `features/${name}`));
}

/** `labels.json`: `file:line` -> `{ design, requirement }` or null. */
export function loadLabels(): LinkLabels {
  return JSON.parse(readFileSync(path.join(fixtureDir, 'labels.json'), 'utf8')) as LinkLabels;
}
