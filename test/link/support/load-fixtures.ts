import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type Scenario } from '@cucumber/messages';
import type { Design, Requirement, SurfaceRow } from '../../../src/model.js';
import type { LinkLabels } from '../../../src/link/measure-accuracy.js';
import type { ScenarioText } from '../../../src/link/suggest-links.js';
import { repoRoot } from '../../support/corpus.js';

/** The labelled link fixture set. */
export const fixtureDir = path.join(repoRoot, 'test/fixtures/link');

type ExtractDesign = (markdown: string, path: string) => Design;

/**
 * The design extractor, when `src/design/extract-design.ts` exists. It is
 * looked up at run time so these tests do not depend on it being written yet.
 */
async function loadExtractor(): Promise<ExtractDesign | null> {
  const file = path.join(repoRoot, 'src/design/extract-design.ts');
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as { extractDesign?: ExtractDesign };
  return typeof mod.extractDesign === 'function' ? mod.extractDesign : null;
}

/** Markup-free, whitespace-collapsed text of a Markdown fragment. */
function plain(markdown: string): string {
  return markdown
    .replace(/\*\*|`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function expandIds(cell: string): string[] {
  const ids: string[] = [];
  for (const piece of cell.split(/[,;]/)) {
    const range = /^\s*([A-Z])(\d+)\s*[-–]\s*[A-Z]?(\d+)\s*$/.exec(piece);
    if (range) {
      const [, prefix = 'R', from = '0', to = '0'] = range;
      for (let n = Number(from); n <= Number(to); n++) ids.push(`${prefix}${n}`);
      continue;
    }
    const single = /([A-Z]\d+)/.exec(piece);
    if (single?.[1]) ids.push(single[1]);
  }
  return ids;
}

/**
 * A deliberately small reading of the Lightspeed design template, enough for
 * the fixture docs: title, `- **R1:**` bullets (with continuation lines) under
 * Requirements and Use Cases, and the Acceptance test surface table.
 */
export function readFixtureDesign(markdown: string, file: string): Design {
  const lines = markdown.split('\n');
  let title: string | null = null;
  let section = '';
  const requirements: Requirement[] = [];
  const useCases: Requirement[] = [];
  const surface: SurfaceRow[] = [];
  let surfaceLine: number | null = null;
  let current: Requirement | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (heading) {
      current = null;
      const text = heading[2]?.trim() ?? '';
      if (heading[1] === '#' && title === null) title = plain(text);
      if (heading[1] === '##') section = text.toLowerCase();
      if (section === 'acceptance test surface' && heading[1] === '##') surfaceLine = line;
      return;
    }
    if (section === 'requirements' || section === 'use cases') {
      const bullet = /^-\s+\*\*([A-Z]\d+):\*\*\s*(.*)$/.exec(raw);
      if (bullet) {
        current = { id: bullet[1] ?? '', text: plain(bullet[2] ?? ''), line };
        (section === 'requirements' ? requirements : useCases).push(current);
      } else if (current && /^\s+\S/.test(raw)) {
        current.text = plain(`${current.text} ${raw}`);
      } else {
        current = null;
      }
      return;
    }
    if (section === 'acceptance test surface' && raw.startsWith('|')) {
      const cells = raw.split('|').slice(1, -1).map((cell) => cell.trim());
      const [req = '', behavior = '', verifiedBy = ''] = cells;
      if (req === 'Req' || /^-+$/.test(req)) return;
      surface.push({
        requirements: expandIds(req),
        behavior: plain(behavior),
        verifiedBy: plain(verifiedBy),
        levels: ['unknown'],
        line,
        extra: {},
      });
    }
  });
  return {
    path: file,
    slug: path.basename(file, '.md'),
    title,
    feature: null,
    spike: null,
    requirements,
    useCases,
    surface,
    surfaceLine,
    diagnostics: [],
  };
}

/** Read design docs through `extractDesign` when it exists, else through {@link readFixtureDesign}. */
export async function designReader(): Promise<{ read: ExtractDesign; extractor: 'extractDesign' | 'fixture reader' }> {
  const extract = await loadExtractor();
  return extract ? { read: extract, extractor: 'extractDesign' } : { read: readFixtureDesign, extractor: 'fixture reader' };
}

/** The fixture designs, in file name order. */
export async function loadFixtureDesigns(): Promise<{ designs: Design[]; extractor: 'extractDesign' | 'fixture reader' }> {
  const { read, extractor } = await designReader();
  const dir = path.join(fixtureDir, 'designs');
  const designs = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => read(readFileSync(path.join(dir, name), 'utf8'), `designs/${name}`));
  return { designs, extractor };
}

/**
 * Scenarios of a `.feature` text as {@link ScenarioText}: name, line of the
 * keyword, and the text of its own steps (no keyword, no Background, no doc
 * strings or tables), as the feature indexer gives them.
 */
export function scenarioTexts(text: string, file: string): ScenarioText[] {
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  const document = parser.parse(text);
  const scenarios: Scenario[] = [];
  for (const child of document.feature?.children ?? []) {
    if (child.scenario) scenarios.push(child.scenario);
    for (const ruleChild of child.rule?.children ?? []) if (ruleChild.scenario) scenarios.push(ruleChild.scenario);
  }
  return scenarios.map((scenario) => ({
    file,
    line: scenario.location.line,
    name: scenario.name,
    steps: scenario.steps.map((step) => step.text),
  }));
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
