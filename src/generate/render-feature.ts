import type { Design, Level, SurfaceRow } from '../model.js';
import { checkGherkin } from './check-gherkin.js';
import { compileTemplates } from './compile-templates.js';
import type { Keywords } from './dialect.js';
import type { GenerateOptions } from './options.js';
import { featureContext } from './template-context.js';

/**
 * Text placed in front of {@link renderScenarios} output when checking it, so
 * the blocks are checked where `sync` puts them: after an existing scenario.
 */
function appendCheckPrefix(k: Keywords): string {
  return `${k.languageLine ? `${k.languageLine}\n` : ''}${k.feature}: existing\n\n  ${k.scenario}: existing\n    ${k.given}an existing step\n\n`;
}

/** The surface rows whose levels intersect `levels`, in order. */
export function selectRows(rows: readonly SurfaceRow[], levels: readonly Level[]): SurfaceRow[] {
  const wanted = new Set(levels);
  return rows.filter((row) => row.levels.some((level) => wanted.has(level)));
}

/**
 * The whole `.feature` file for a design: one skeleton scenario per surface
 * row whose levels intersect `options.levels`, then one per acceptance
 * criterion no such row takes. Deterministic, LF line endings, one final
 * newline.
 *
 * @throws {GenerateError} when a template is broken or renders invalid Gherkin.
 */
export function renderFeature(design: Design, options: GenerateOptions): string {
  const templates = compileTemplates(options.templates);
  const context = featureContext(design, selectRows(design.surface, options.levels), options, options.criteria ?? 'all');
  const text = finish(templates.feature(context));
  checkGherkin(text, { source: 'the feature and scenario templates', requireFeature: true });
  return text;
}

/**
 * Only the scenario blocks for `rows` (those whose levels intersect
 * `options.levels`) and `options.criteria` (none by default), separated by a blank line, for appending to an existing
 * feature file after its last scenario. Each block starts with its provenance
 * comment when the scenario template writes one (the default does). Empty
 * string when no row is selected.
 *
 * @throws {GenerateError} when a template is broken or renders invalid Gherkin.
 */
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

function finish(text: string): string {
  return `${normalizeNewlines(text).trimEnd()}\n`;
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
