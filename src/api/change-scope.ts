import type { Design } from '../model.js';
import { extractDesign } from '../design/extract-design.js';
import { changedRows, type ChangeScope } from '../coverage/scope.js';
import { changedSince, resolveGitBase, textAtBase } from '../io/git.js';

/**
 * What changed since `ref`: the feature files changed (or added) since then,
 * and for each design the surface rows added, changed or removed, compared
 * with the design as it was at the ref.
 */
export async function changeScope(
  root: string,
  ref: string,
  designs: readonly Design[],
  featureFiles: readonly string[],
): Promise<ChangeScope> {
  const base = await resolveGitBase(root, ref);
  const changed = await changedSince(root, base);
  const requirements = new Map<string, Set<string>>();
  const lines = new Map<string, Set<number>>();
  for (const design of designs) {
    if (!changed.has(design.path)) continue;
    const previousText = await textAtBase(root, base, design.path);
    const previous = previousText === null ? null : extractDesign(previousText, design.path);
    const rows = changedRows(previous, design);
    requirements.set(design.slug, rows.ids);
    lines.set(design.path, rows.lines);
  }
  return { files: new Set(featureFiles.filter((file) => changed.has(file))), requirements, lines };
}
