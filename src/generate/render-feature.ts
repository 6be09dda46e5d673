import type { Design, Level, SurfaceRow } from '../model.js';
import { checkGherkin } from './check-gherkin.js';
import { compileTemplates } from './compile-templates.js';
import type { Keywords } from './dialect.js';
import type { GenerateOptions } from './options.js';
import { featureContext } from './template-context.js';

/** Parsed in front of {@link renderScenarios} output, so it is checked where `sync` puts it: after a scenario. */
function appendCheckPrefix(k: Keywords): string {
  return `${k.languageLine ? `${k.languageLine}\n` : ''}${k.feature}: existing\n\n  ${k.scenario}: existing\n    ${k.given}an existing step\n\n`;
}

/** The surface rows whose levels intersect `levels`, in order. */
export function selectRows(rows: readonly SurfaceRow[], levels: readonly Level[]): SurfaceRow[] {
  const wanted = new Set(levels);
  return rows.filter((row) => row.levels.some((level) => wanted.has(level)));
}

/** The `.feature` file for a design: a scenario per row of `options.levels`, then per criterion no row takes; throws {@link GenerateError}. */
export function renderFeature(design: Design, options: GenerateOptions): string {
  const templates = compileTemplates(options.templates);
  const context = featureContext(design, selectRows(design.surface, options.levels), options, options.criteria ?? 'all');
  const text = `${normalizeNewlines(templates.feature(context)).trimEnd()}\n`;
  checkGherkin(text, { source: 'the feature and scenario templates', requireFeature: true });
  return text;
}

/** The scenario blocks of `rows` and `options.criteria`, a blank line apart, to append to a feature file; throws {@link GenerateError}. */
export function renderScenarios(
  design: Design,
  rows: readonly SurfaceRow[],
  options: GenerateOptions,
): string {
  const templates = compileTemplates(options.templates);
  const context = featureContext(design, selectRows(rows, options.levels), options, options.criteria ?? []);
  const blocks = context.scenarios
    .map((scenario) => trimBlankLines(normalizeNewlines(templates.scenario(scenario, context))))
    .filter((block) => block !== '');
  const text = blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
  checkGherkin(text, { source: 'the scenario template', prefix: appendCheckPrefix(context.keywords) });
  return text;
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Drop whole blank lines at both ends, keeping the indentation of the first real line. */
function trimBlankLines(text: string): string {
  const lines = text.split('\n');
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start++;
  while (end > start && lines[end - 1]?.trim() === '') end--;
  return lines.slice(start, end).join('\n');
}
