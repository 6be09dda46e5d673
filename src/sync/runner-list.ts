import path from 'node:path';
import { convertLineEndings, detectLineEnding, endsWithLineBreak } from './line-endings.js';

/** The entries of a runner list (normalised, in list order), with the 1-based line of each. */
export interface RunnerList {
  entries: string[];
  lines: number[];
}

/** The list with the missing entries appended (the same string when none was), and those entries. */
export interface RegisterResult {
  text: string;
  added: string[];
}

/** A path as a runner list compares it (`./features\a.feature/` -> `features/a.feature`). */
export function normaliseListPath(entry: string): string {
  const normal = path.posix.normalize(entry.trim().replaceAll('\\', '/'));
  // normalize() leaves at most one trailing slash.
  const bare = normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
  return bare === '.' ? '' : bare;
}

/** Read a runner list (one path a line, relative to its folder; blank lines and `#` comments skipped). */
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

/** Append to a runner list, normalised and in its line ending style, each entry it does not list yet; existing bytes stay. */
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
