import { FILE_HEADERS_ONLY, formatPatch, structuredPatch } from 'diff';

/** Lines of context around each change, as `git diff` shows. */
const CONTEXT = 3;

/**
 * A unified diff of one file as `git diff` prints it (`--- /dev/null` for a new file, no index line or
 * timestamps); empty when nothing changed. `before` is null when the file does not exist yet.
 */
export function unifiedDiff(path: string, before: string | null, after: string): string {
  if (before === after) return '';
  const shown = path.replaceAll('\\', '/').replace(/^(?:\.\/)+/, '');
  const oldName = before === null ? '/dev/null' : `a/${shown}`;
  // Only the lines from the first change on go to the diff library: a 30 MB file with a scenario appended
  // took 6.2 s and 530 MB diffed whole, 0.5 s and 110 MB this way (the test "the diff of a trimmed text
  // equals the whole diff" proves the output the same).
  const [from, to, skipped] = changedEnd(before ?? '', after);
  const patch = structuredPatch(oldName, `b/${shown}`, from, to, undefined, undefined, { context: CONTEXT });
  for (const hunk of patch.hunks) {
    hunk.oldStart += skipped;
    hunk.newStart += skipped;
  }
  return formatPatch(patch, FILE_HEADERS_ONLY);
}

/**
 * Both texts without the lines they share at the start but {@link CONTEXT}, and how many were dropped
 * (not the shared end: the diff library aligns a repeated line differently without it).
 */
function changedEnd(before: string, after: string): [string, string, number] {
  const shortest = Math.min(before.length, after.length);
  let same = 0;
  while (same < shortest && before.charCodeAt(same) === after.charCodeAt(same)) same++;
  // The start of the first line that differs, then CONTEXT lines up.
  let start = same === 0 ? 0 : before.lastIndexOf('\n', same - 1) + 1;
  for (let kept = 0; kept < CONTEXT && start > 0; kept++) start = start < 2 ? 0 : before.lastIndexOf('\n', start - 2) + 1;
  let skipped = 0;
  for (let at = before.indexOf('\n'); at !== -1 && at < start; at = before.indexOf('\n', at + 1)) skipped++;
  return [before.slice(start), after.slice(start), skipped];
}
