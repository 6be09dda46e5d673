import type { Level } from '../model.js';

/**
 * Handlebars sources of the two templates. `feature` renders the whole file
 * and can include each scenario with `{{> scenario}}`; `scenario` renders one
 * scenario block and is registered as the partial `scenario`.
 */
export interface TemplateSources {
  feature: string;
  scenario: string;
}

/** What {@link renderFeature} and {@link renderScenarios} need besides the design. */
export interface GenerateOptions {
  /** Render the surface rows whose levels intersect these. */
  levels: readonly Level[];
  /** Tag added to every generated scenario (`@skip` or `skip`), or null for none. */
  skipTag: string | null;
  templates: TemplateSources;
  /**
   * Also tag every scenario with `@design:<slug>`, for scenarios appended to a
   * file whose Feature is not linked to this design. False when absent.
   */
  designTag?: boolean;
}

/** The skip tag used when configuration does not name another one. */
export const DEFAULT_SKIP_TAG = '@skip';
