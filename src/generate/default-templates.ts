import type { TemplateSources } from './options.js';

/**
 * File names of the built-in templates in the package's `templates/` folder.
 * The sources live in those files, not here; `src/io` reads them.
 */
export const DEFAULT_TEMPLATE_FILES: Readonly<Record<keyof TemplateSources, string>> = {
  feature: 'feature.hbs',
  scenario: 'scenario.hbs',
};

/**
 * The package's `templates/` folder as a file URL. This module sits two
 * levels below the package root both as source (`src/generate/`) and as
 * build output (`dist/generate/`), so the same relative URL works for both.
 */
export function defaultTemplatesDir(): URL {
  return new URL('../../templates/', import.meta.url);
}

/** File URLs of the built-in templates. */
export function defaultTemplateUrls(): Record<keyof TemplateSources, URL> {
  const dir = defaultTemplatesDir();
  return {
    feature: new URL(DEFAULT_TEMPLATE_FILES.feature, dir),
    scenario: new URL(DEFAULT_TEMPLATE_FILES.scenario, dir),
  };
}
