import path from 'node:path';
import { convertLineEndings, detectLineEnding, endsWithLineBreak } from './line-endings.js';

/** The entries of a runner list, with the 1-based line of each. */
export interface RunnerList {
  /** Paths in list order, normalised by {@link normaliseListPath}. */
  entries: string[];
  lines: number[];
}

/** What {@link registerInList} did. */
export interface RegisterResult {
  /** The list with the missing entries appended; the same string when none was missing. */
  text: string;
  /** Normalised entries that were appended, in order. */
  added: string[];
}

/**
 * A path as a runner list compares it: forward slashes, `.` and `..`
 * segments resolved, no leading `./`, no trailing slash
 * (`./features\a.feature` -> `features/a.feature`).
 */
export function normaliseListPath(entry: string): string {
  const normal = path.posix.normalize(entry.trim().replaceAll('\\', '/'));
  // normalize() leaves at most one trailing slash.
  const bare = normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
  return bare === '.' ? '' : bare;
}

/**
 * Read a runner list such as Lightspeed's `tests/e2e/test_list.txt`: one path
 * per line, relative to the list's folder. Blank lines and lines starting
 * with `#` are skipped; a BOM and CRLF do not shift line numbers.
 */
export function parseRunnerList(listText: string): RunnerList {
  const entries: string[] = [];
  const lines: number[] = [];
  const text = listText.startsWith('\uFEFF') ? listText.slice(1) : listText;
  text.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const normal = normaliseListPath(trimmed);
    if (normal === '') return;
    entries.push(normal);
    lines.push(index + 1);
  });
  return { entries, lines };
}

/**
 * Add paths to a runner list. Existing lines (comments and blank lines too)
 * keep their bytes and order; each entry not already listed (compared by
 * {@link normaliseListPath}, so `./a` and `a` are one) is appended at the end,
 * normalised, once, in the list's line ending style. Registering the same
 * entries again returns the text unchanged.
 */
export function registerInList(listText: string, entries: readonly string[]): RegisterResult {
  const known = new Set(parseRunnerList(listText).entries);
  const added: string[] = [];
  for (const entry of entries) {
    const normal = normaliseListPath(entry);
    if (normal === '' || known.has(normal)) continue;
    known.add(normal);
    added.push(normal);
  }
  if (added.length === 0) return { text: listText, added };

  const eol = detectLineEnding(listText);
  const separator = endsWithLineBreak(listText) ? '' : eol;
  const text = listText + separator + convertLineEndings(`${added.join('\n')}\n`, eol);
  return { text, added };
}
