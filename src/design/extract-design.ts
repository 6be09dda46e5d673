import type { Root } from 'mdast';
import type { Design, Diagnostic, SurfaceRow } from '../model.js';
import { diagnostic } from './diagnostic.js';
import { readJiraKeys, readTitle } from './metadata.js';
import { deepestNesting, MAX_NESTING } from './nesting.js';
import { guardMarks } from './markup-guard.js';
import { normalizeSource, parseMarkdown } from './parse-markdown.js';
import { readAcceptanceCriteria } from './acceptance-criteria.js';
import { readDefinitions } from './requirements.js';
import { findSection, SECTION_NAMES } from './sections.js';
import { slugAliases, slugFromPath } from './slug.js';
import { MAX_DESIGN_BYTES, oversizeMessage, unreadableDesign } from './size-cap.js';
import { readSurface } from './surface-table.js';

function designFromTree(root: Root, path: string, markWarning: Diagnostic | null): Design {
  const slug = slugFromPath(path);
  const diagnostics: Diagnostic[] = markWarning === null ? [] : [markWarning];
  const requirementSection = findSection(root, SECTION_NAMES.requirements);
  const useCaseSection = findSection(root, SECTION_NAMES.useCases);
  const surfaceSection = findSection(root, SECTION_NAMES.surface);
  const criteriaSection = findSection(root, SECTION_NAMES.acceptanceCriteria);

  const requirements = readDefinitions(requirementSection?.nodes ?? [], 'R', path);
  const useCases = readDefinitions(useCaseSection?.nodes ?? [], 'U', path);
  // Loops, not spreads: a table of many rows gives many diagnostics, too many for one call's arguments.
  for (const found of [requirements.diagnostics, useCases.diagnostics]) for (const item of found) diagnostics.push(item);

  let surface: SurfaceRow[] = [];
  if (surfaceSection !== null) {
    const reading = readSurface(surfaceSection, path);
    surface = reading.rows;
    for (const item of reading.diagnostics) diagnostics.push(item);
  } else if (requirements.definitions.length > 0) {
    // Rows standing in for the missing table: one per requirement, its text as the behavior.
    surface = requirements.definitions.map((requirement) => ({
      requirements: [requirement.id],
      behavior: requirement.text,
      verifiedBy: '',
      levels: ['unknown'],
      line: requirement.line,
      extra: {},
      derived: true,
    }));
    const count = surface.length;
    const message = `Design has no Acceptance test surface table, so its ${count} ${count === 1 ? 'requirement is' : 'requirements are'} not measured (level unknown); add the table, or set perDesign.${slug} in the config ({ "levels": ["e2e"] } or { "measured": false })`;
    diagnostics.push(diagnostic('missing-surface', 'warning', message, path, 1));
  } else {
    const message =
      requirementSection === null
        ? 'Design has no Requirements section and no Acceptance test surface table, so nothing in it is measured; add requirements with ids (**R1:** …) or the table'
        : 'Design has no requirement ids (R1, R2, …) and no Acceptance test surface table, so nothing in it is measured; number its requirements **R1:** … or add the table';
    diagnostics.push(diagnostic('missing-surface', 'warning', message, path, 1));
  }

  const aliases = slugAliases(path);
  return {
    path,
    slug,
    ...(aliases.length > 0 ? { aliases } : {}),
    title: readTitle(root),
    ...readJiraKeys(root),
    requirements: requirements.definitions,
    useCases: useCases.definitions,
    surface,
    surfaceLine: surfaceSection?.line ?? null,
    acceptanceCriteria: criteriaSection
      ? readAcceptanceCriteria(criteriaSection, [...requirements.definitions, ...useCases.definitions])
      : [],
    diagnostics: diagnostics.sort((left, right) => left.line - right.line),
  };
}

/**
 * Extract a feature design from Markdown, with diagnostics for what could not be read. Pure, linear in the text's
 * length, never throws: a document too large or too deeply nested is one `parse-error`.
 */
export function extractDesign(text: string, path: string): Design {
  // UTF-8 takes at most three bytes per UTF-16 unit: count the bytes only of a text that may be over.
  const bytes = text.length > MAX_DESIGN_BYTES / 3 ? Buffer.byteLength(text) : 0;
  if (bytes > MAX_DESIGN_BYTES) return unreadableDesign(path, oversizeMessage(bytes));
  const normalized = normalizeSource(text);
  const nesting = deepestNesting(normalized);
  if (nesting.depth > MAX_NESTING) {
    const message = `Unexpected ${nesting.depth} nested block quotes or list items, expected at most ${MAX_NESTING}`;
    return unreadableDesign(path, message, nesting.line);
  }
  const { source, warning } = guardMarks(normalized, path);
  try {
    return designFromTree(parseMarkdown(source), path, warning);
  } catch (error) {
    // Only stack exhaustion from pathological nesting is an input problem; anything else is a bug.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      const message = `Unexpected Markdown nested too deeply to read (${error.message}), expected shallower nesting`;
      return unreadableDesign(path, message);
    }
    throw error;
  }
}
