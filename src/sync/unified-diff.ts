import { FILE_HEADERS_ONLY, createTwoFilesPatch } from 'diff';

/** Lines of context around each change, as `git diff` shows. */
const CONTEXT = 3;

/**
 * A unified diff of one file in the form `git diff` prints: `--- a/<path>`
 * and `+++ b/<path>` headers (`--- /dev/null` for a new file), no index
 * line and no timestamps, so the same change always gives the same text.
 * Returns an empty string when nothing changed.
 *
 * @param path Path shown in the headers; backslashes become slashes.
 * @param before The file's text, or null when the file does not exist yet.
 */
export function unifiedDiff(path: string, before: string | null, after: string): string {
  if (before === after) return '';
  const shown = path.replaceAll('\\', '/').replace(/^(?:\.\/)+/, '');
  const oldName = before === null ? '/dev/null' : `a/${shown}`;
  return createTwoFilesPatch(oldName, `b/${shown}`, before ?? '', after, undefined, undefined, {
    context: CONTEXT,
    headerOptions: FILE_HEADERS_ONLY,
  });
}
