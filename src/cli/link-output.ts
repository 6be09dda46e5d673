import type { LinkCandidate, Suggestion } from '../link/suggest-links.js';
import type { LinkWriteOutcome } from '../api/run-link.js';
import { visible } from '../report/text-cleanup.js';
import { plural } from '../shared/plural.js';

/** `conversation-export R1  0.412  matched: markdown, export` */
export function formatCandidate(candidate: LinkCandidate): string {
  const matched = candidate.matched.length > 0 ? `  matched: ${candidate.matched.join(', ')}` : '';
  return `${candidate.design} ${candidate.requirement}  ${candidate.score.toFixed(3)}${matched}`;
}

/** `file:line  Scenario: name` */
export function formatScenarioHeading(suggestion: Suggestion): string {
  return `${visible(suggestion.file)}:${suggestion.line}  ${visible(suggestion.name)}`;
}

/** A scenario's candidates, best first, the one `--write` would apply marked `->`; or "no confident match" and the closest. */
function formatSuggestion(suggestion: Suggestion, minScore: number): string {
  const lines = [formatScenarioHeading(suggestion)];
  const [best] = suggestion.candidates;
  if (!suggestion.confident) {
    const why = best && best.score >= minScore ? `, but the rest of its file points to another design` : ` < ${minScore}`;
    const closest = best ? ` (closest: ${best.design} ${best.requirement}, score ${best.score.toFixed(3)}${why})` : '';
    lines.push(`  no confident match${closest}`);
  } else {
    lines.push(...suggestion.candidates.map((candidate, index) => `  ${index === 0 ? '->' : '  '} ${formatCandidate(candidate)}`));
  }
  return lines.join('\n');
}

/** The text report of `link`: one block per untagged scenario, then the counts. */
export function formatLinkText(suggestions: readonly Suggestion[], scenarios: number, minScore: number): string {
  const blocks = suggestions.map((suggestion) => formatSuggestion(suggestion, minScore));
  const confident = suggestions.filter((s) => s.confident).length;
  const untagged = suggestions.length;
  if (scenarios === 0) blocks.push('No scenario found: nothing to link.');
  else if (untagged === 0) blocks.push(`Every scenario (${scenarios}) has a requirement tag: nothing to link.`);
  else {
    blocks.push(
      `${untagged} of ${scenarios} scenarios have no requirement tag: ${confident} with a confident match, ` +
        `${untagged - confident} with no confident match (min score ${minScore}).`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

/** The JSON report of `link`: `{ suggestions: [{ file, line, name, confident, candidates }] }`, plus what was written. */
export function formatLinkJson(suggestions: readonly Suggestion[], written?: LinkWriteOutcome['written']): string {
  const body = {
    suggestions: suggestions.map(({ file, line, name, confident, candidates }) => ({
      file,
      line,
      name,
      confident,
      candidates: candidates.map(({ design, requirement, score, matched }) => ({ design, requirement, score, matched })),
    })),
    ...(written ? { written } : {}),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** One line per file `--write` changed. */
export function formatWritten(written: LinkWriteOutcome['written']): string {
  if (written.length === 0) return 'No file changed.\n';
  const lines = written.map((file) => {
    const tag = file.featureTag ? ` (${file.featureTag} on the Feature)` : '';
    return `tagged ${plural(file.scenarios, 'scenario')} in ${visible(file.file)}${tag}`;
  });
  return `${lines.join('\n')}\n`;
}
