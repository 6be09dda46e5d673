import type { Design, Finding } from '../model.js';
import { extractDesign } from '../design/extract-design.js';
import { changedRows, inScope } from '../coverage/scope.js';
import { changedSince, textAtBase, type GitBase } from '../io/git.js';

/**
 * Whether a finding is about what changed since a git ref (`coverage --since`): the feature files changed
 * or added, and for each changed design the surface rows added, changed or removed compared with the ref.
 */
export async function changeScope(
  base: GitBase,
  designs: readonly Design[],
  featureFiles: readonly string[],
): Promise<(finding: Finding) => boolean> {
  const changed = await changedSince(base);
  const files = new Set(featureFiles.filter((file) => changed.has(file)));
  const requirements = new Map<string, Set<string>>();
  const lines = new Map<string, Set<number>>();
  for (const design of designs) {
    if (!changed.has(design.path)) continue;
    const previousText = await textAtBase(base, design.path);
    // A design added since the ref is new as a whole: every finding in it is in scope.
    if (previousText === null) files.add(design.path);
    const previous = previousText === null ? null : extractDesign(previousText, design.path);
    const rows = changedRows(previous, design);
    requirements.set(design.slug, new Set([...(requirements.get(design.slug) ?? []), ...rows.ids]));
    lines.set(design.path, rows.lines);
  }
  const scope = { files, requirements, lines };
  return (finding) => inScope(finding, scope);
}
