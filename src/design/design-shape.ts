import type { Design } from '../model.js';

/** A Markdown file that was found by the design globs but is not a feature design. */
export interface SkippedFile {
  file: string;
  reason: string;
}

const DESIGN_TITLE = /^feature design\b/i;

/** Why an extracted Markdown file is not a feature design, or null; one that could not be parsed stays one, to report it. */
export function notADesign(design: Design): string | null {
  if (design.requirements.length > 0 || design.surfaceLine !== null || design.feature !== null) return null;
  if (design.spike !== null || (design.title !== null && DESIGN_TITLE.test(design.title))) return null;
  if (design.diagnostics.some((d) => d.kind === 'parse-error')) return null;
  return 'no "Feature design" title, metadata table, requirement ids or Acceptance test surface table';
}
