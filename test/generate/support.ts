import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument, type Pickle } from '@cucumber/messages';
import type { Design, Level, SurfaceRow } from '../../src/model.js';
import type { GenerateOptions, TemplateSources } from '../../src/generate/options.js';
import { repoRoot } from '../support/corpus.js';

/** The built-in templates, read straight from `templates/`. */
export const defaultTemplates: TemplateSources = {
  feature: readFileSync(path.join(repoRoot, 'templates', 'feature.hbs'), 'utf8'),
  scenario: readFileSync(path.join(repoRoot, 'templates', 'scenario.hbs'), 'utf8'),
};

export const fixturesDir = path.join(repoRoot, 'test/fixtures/generate');

export const ALL_LEVELS: Level[] = ['e2e', 'integration', 'unit', 'manual', 'unknown'];

export function options(overrides: Partial<GenerateOptions> = {}): GenerateOptions {
  return { levels: ALL_LEVELS, skipTag: '@skip', templates: defaultTemplates, ...overrides };
}

export function row(requirements: string[], behavior: string, overrides: Partial<SurfaceRow> = {}): SurfaceRow {
  return { requirements, behavior, verifiedBy: 'e2e', levels: ['e2e'], line: 1, extra: {}, ...overrides };
}

export function design(surface: SurfaceRow[], overrides: Partial<Design> = {}): Design {
  return {
    path: 'docs/design/sample/sample.md',
    slug: 'sample',
    title: 'Sample design',
    feature: 'LCORE-1',
    spike: null,
    requirements: [],
    useCases: [],
    surface,
    surfaceLine: 10,
    diagnostics: [],
    ...overrides,
  };
}

/** Parse with `@cucumber/gherkin` (throws on any error) and compile pickles. */
export function parseGherkin(text: string): { document: GherkinDocument; pickles: readonly Pickle[] } {
  const ids = IdGenerator.incrementing();
  const parser = new Parser(new AstBuilder(ids), new GherkinClassicTokenMatcher());
  const document = parser.parse(text);
  return { document, pickles: compile(document, 'generated.feature', ids) };
}

/** Requirement tags (`@R…`, `@U…`) of a pickle, in order. */
export function requirementTags(pickle: Pickle): string[] {
  return pickle.tags.map((tag) => tag.name).filter((name) => /^@[RU]\d/.test(name));
}
