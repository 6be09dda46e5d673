import type { Design } from '../model.js';
import { diagnostic } from './diagnostic.js';
import { slugFromPath } from './slug.js';

/** Largest design read, in bytes (4 MiB): over a hundred times the largest real design (33 KB). */
export const MAX_DESIGN_BYTES = 4 * 1024 * 1024;

/** A design that could not be read: no content, one `parse-error` at `line`. */
export function unreadableDesign(path: string, message: string, line = 1): Design {
  return {
    path,
    slug: slugFromPath(path),
    title: null,
    feature: null,
    spike: null,
    requirements: [],
    useCases: [],
    surface: [],
    surfaceLine: null,
    acceptanceCriteria: [],
    diagnostics: [diagnostic('parse-error', 'error', message, path, line)],
  };
}

/** The message for a design of `bytes` bytes, over {@link MAX_DESIGN_BYTES}. */
export function oversizeMessage(bytes: number): string {
  return `Unexpected design of ${bytes} bytes, expected at most ${MAX_DESIGN_BYTES} (4 MiB); not read`;
}
