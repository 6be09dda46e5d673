import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument, type Pickle } from '@cucumber/messages';
import { LEVELS } from '../../../src/model.js';
import type { GenerateOptions, TemplateSources } from '../../../src/generate/options.js';
import { repoRoot } from '../../support/corpus.js';

/** The built-in templates, read from `templates/`. */
export const builtinTemplates: TemplateSources = {
  feature: readFileSync(path.join(repoRoot, 'templates/feature.hbs'), 'utf8'),
  scenario: readFileSync(path.join(repoRoot, 'templates/scenario.hbs'), 'utf8'),
};

/** Generation options that render every row, whatever its levels. */
export const everyRow: GenerateOptions = { levels: LEVELS, skipTag: '@skip', templates: builtinTemplates };

/** Parse as cucumber does (throws on any error) and compile the pickles. */
export function parseStrict(text: string): { document: GherkinDocument; pickles: readonly Pickle[] } {
  const ids = IdGenerator.incrementing();
  const document = new Parser(new AstBuilder(ids), new GherkinClassicTokenMatcher()).parse(text);
  return { document, pickles: compile(document, 'generated.feature', ids) };
}
