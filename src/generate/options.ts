import type { AcceptanceCriterion, Level } from '../model.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';

/** Handlebars sources of the two templates (see templates/README.md). */
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
  /** Also tag every scenario with `@design:<slug>` (appending to a file linked to another design). */
  designTag?: boolean;
  /** Gherkin dialect code of the keywords written (`en` when absent). */
  language?: string;
  /** The acceptance criteria rendered as scenarios of their own (default: those no selected row takes). */
  criteria?: readonly AcceptanceCriterion[];
  /** The suite's steps to suggest Given/When/Then from, and the files and folders whose steps are preferred. */
  vocabulary?: { vocabulary: Vocabulary; preferred: readonly string[] };
  /** Lines of a Background a new feature file starts with. */
  background?: readonly string[];
}

/** The skip tag used when configuration does not name another one. */
export const DEFAULT_SKIP_TAG = '@skip';
