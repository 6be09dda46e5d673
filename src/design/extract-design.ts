import type { Root } from 'mdast';
import type { Design, Diagnostic, SurfaceRow } from '../model.js';
import { readDesignTree } from './design-tree.js';
import { deriveRows } from './derived-rows.js';
import { diagnostic } from './diagnostic.js';
import { readJiraKeys, readTitle } from './metadata.js';
import { deepestNesting, MAX_NESTING } from './nesting.js';
import { normalizeSource, parseMarkdown } from './parse-markdown.js';
import { readDefinitions } from './requirements.js';
import { findSection, SECTION_NAMES } from './sections.js';
import { slugAliases, slugFromPath } from './slug.js';
import { readSurface } from './surface-table.js';

export { classifyLevels } from './levels.js';
export { parseRequirementIds } from './requirement-ids.js';

function byLine(left: Diagnostic, right: Diagnostic): number {
  return left.line - right.line;
}

function designFromTree(root: Root, path: string, slug: string): Design {
  const diagnostics: Diagnostic[] = [];
  const requirementSection = findSection(root, SECTION_NAMES.requirements);
  const useCaseSection = findSection(root, SECTION_NAMES.useCases);
  const surfaceSection = findSection(root, SECTION_NAMES.surface);

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
    surface = deriveRows(requirements.definitions);
    const count = surface.length;
    diagnostics.push(
      diagnostic(
        'missing-surface',
        'warning',
        `Design has no Acceptance test surface table, so its ${count} ${count === 1 ? 'requirement is' : 'requirements are'} not measured (level unknown); add the table, or set perDesign.${slug} in the config ({ "levels": ["e2e"] } or { "measured": false })`,
        path,
        1,
      ),
    );
  } else {
    const message =
      requirementSection === null
        ? 'Design has no Requirements section and no Acceptance test surface table, so nothing in it is measured; add requirements with ids (**R1:** …) or the table'
        : 'Design has no requirement ids (R1, R2, …) and no Acceptance test surface table, so nothing in it is measured; number its requirements **R1:** … or add the table';
    diagnostics.push(diagnostic('missing-surface', 'warning', message, path, 1));
  }

  const { feature, spike } = readJiraKeys(root);
  const aliases = slugAliases(path);
  return {
    path,
    slug,
    ...(aliases.length > 0 ? { aliases } : {}),
    title: readTitle(root),
    feature,
    spike,
    requirements: requirements.definitions,
    useCases: useCases.definitions,
    surface,
    surfaceLine: surfaceSection?.line ?? null,
    diagnostics: diagnostics.sort(byLine),
  };
}

function unreadableDesign(path: string, slug: string, message: string, line: number): Design {
  return {
    path,
    slug,
    title: null,
    feature: null,
    spike: null,
    requirements: [],
    useCases: [],
    surface: [],
    surfaceLine: null,
    diagnostics: [diagnostic('parse-error', 'error', message, path, line)],
  };
}

/**
 * Extraction over the tree `read` makes of the normalized source (BOM dropped,
 * line endings `\n`). Not part of the public API: tests compare readers with it.
 */
export function extractDesignWith(text: string, path: string, read: (source: string) => Root): Design {
  const slug = slugFromPath(path);
  const source = normalizeSource(text);
  const nesting = deepestNesting(source);
  if (nesting.depth > MAX_NESTING) {
    const message = `Unexpected ${nesting.depth} nested block quotes or list items, expected at most ${MAX_NESTING}`;
    return unreadableDesign(path, slug, message, nesting.line);
  }
  try {
    return designFromTree(read(source), path, slug);
  } catch (error) {
    // Only stack exhaustion from pathological nesting is an input problem;
    // anything else is a bug and must surface.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      const message = `Unexpected Markdown nested too deeply to read (${error.message}), expected shallower nesting`;
      return unreadableDesign(path, slug, message, 1);
    }
    throw error;
  }
}

/**
 * Extract a feature design from Markdown: title, Jira keys, requirements,
 * use cases and the Acceptance test surface rows, with diagnostics for
 * everything that could not be read. Pure, and never throws on any text: a
 * document nested more than {@link MAX_NESTING} block containers deep gives
 * one `parse-error` instead of a design. Time is linear in the length of the
 * text (see {@link readDesignTree}).
 *
 * @param text The Markdown source (a BOM and CRLF line endings are fine).
 * @param path The file's path, copied into the design and its diagnostics.
 */
export function extractDesign(text: string, path: string): Design {
  return extractDesignWith(text, path, (source) => readDesignTree(source));
}

/**
 * {@link extractDesign} over one parse of the whole document: slower on large
 * documents, and the reference the fast path is tested against. Not part of
 * the public API.
 */
export function extractDesignWholeDocument(text: string, path: string): Design {
  return extractDesignWith(text, path, parseMarkdown);
}
