import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, type Options } from '../config/resolve-options.js';
import { indexFeature } from '../features/index-feature.js';
import { listScenarioTexts, type FeatureScenario } from '../features/scenario-texts.js';
import { applyLinks } from '../link/apply-links.js';
import { suggestLinks, type Suggestion } from '../link/suggest-links.js';
import type { Design, Diagnostic } from '../model.js';
import { discover } from '../io/discover.js';
import { writeEscape } from '../io/paths.js';
import { readText } from '../io/read-text.js';
import { writeAtomic } from '../io/write-atomic.js';
import { ConflictError } from '../io/file-error.js';
import { withRunLock } from '../io/run-lock.js';
import { hasRequirementTag, linkedDesign, planFileEdits, type FilePlan, type LinkChoice } from './link-plan.js';
import { loadDesigns, mapLimited } from '../load/load-project.js';

/** What `link` is asked to do. */
export interface LinkRequest {
  cwd: string;
  options: Pick<Options, 'designs' | 'features'>;
  /** Score from which a suggestion counts as confident. */
  minScore: number;
  /** Most candidates listed per scenario. */
  limit: number;
}

/** A feature file that parsed, with every scenario in it. */
export interface LinkFile {
  file: string;
  /** The text as read (BOM removed), to check it has not changed before writing. */
  text: string;
  scenarios: FeatureScenario[];
  /** Lines of the scenarios a requirement tag applies to, Examples tags included. */
  tagged: Set<number>;
}

/** What `link` proposes, before anything is written. */
export interface LinkProposal {
  designs: Design[];
  /** One per untagged scenario, in file order; one linked to a known design gets only its candidates. */
  suggestions: Suggestion[];
  /** Feature files that parsed. */
  files: LinkFile[];
  /** Scenarios read, tagged or not. */
  scenarios: number;
  /** Unreadable or unparsable feature files, and the designs' own diagnostics. */
  diagnostics: Diagnostic[];
}

/**
 * Propose, for each scenario without a requirement tag, the requirements it most likely verifies.
 * Every scenario counts towards the word statistics, so tagging some does not change the others' scores.
 */
export async function proposeLinks(request: LinkRequest): Promise<LinkProposal> {
  const root = path.resolve(request.cwd);
  const [designFiles, featureFiles] = await Promise.all([
    discover(root, request.options.designs),
    discover(root, request.options.features),
  ]);
  const loaded = await loadDesigns(root, designFiles);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...loaded.designs.flatMap((design) => design.diagnostics)];
  const reads = await mapLimited(featureFiles, async (shown) => ({ shown, read: await readText(shown, path.resolve(root, shown)) }));
  const files: LinkFile[] = [];
  for (const { shown, read } of reads) {
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const scenarios = listScenarioTexts(read.text, shown);
    if ('error' in scenarios) {
      diagnostics.push(scenarios.error);
      continue;
    }
    // The index sees requirement tags on Examples too, which the scenario texts do not carry.
    const tagged = new Set<number>();
    for (const entry of indexFeature(read.text, shown).scenarios) if (entry.requirements.length > 0) tagged.add(entry.line);
    for (const scenario of scenarios) if (hasRequirementTag(scenario)) tagged.add(scenario.line);
    files.push({ file: shown, text: read.text, scenarios, tagged });
  }
  const all = files.flatMap((file) => file.scenarios);
  const untagged = files.flatMap((file) => file.scenarios.map((scenario) => !file.tagged.has(scenario.line)));
  const known = new Set(loaded.designs.map((design) => design.slug));
  const requirementCount = loaded.designs.reduce((sum, d) => sum + d.requirements.length + d.surface.length, 0);
  // Every candidate first: a scenario linked to a design keeps only that design's, then the list is cut.
  const ranked = suggestLinks(loaded.designs, all, { minScore: request.minScore, limit: Math.max(requirementCount, 1) });
  const suggestions = all.flatMap((scenario, index): Suggestion[] => {
    if (!untagged[index]) return [];
    const suggestion = ranked[index] as Suggestion;
    const linked = linkedDesign(scenario);
    const pool = linked !== null && known.has(linked)
      ? suggestion.candidates.filter((candidate) => candidate.design === linked)
      : suggestion.candidates;
    const candidates = pool.slice(0, Math.max(0, request.limit));
    const best = candidates[0];
    // The ranking's own verdict (grain, twins) holds for its best candidate; a design tag may pick another.
    const confident = best === suggestion.candidates[0] ? suggestion.confident : best !== undefined && best.score >= request.minScore;
    return [{ ...suggestion, candidates, confident }];
  });
  return { designs: loaded.designs, suggestions, files, scenarios: all.length, diagnostics };
}

/** The accepted links of a proposal: the best candidate of each confident suggestion. */
export function confidentChoices(suggestions: readonly Suggestion[]): LinkChoice[] {
  return suggestions.flatMap(({ file, line, confident, candidates: [best] }) =>
    confident && best ? [{ file, line, design: best.design, requirement: best.requirement }] : [],
  );
}

/** What {@link writeLinks} did. */
export interface LinkWriteOutcome {
  /** Each file changed: how many scenarios got tags, and the design tag put on the Feature (or null). */
  written: { file: string; scenarios: number; featureTag: string | null }[];
  /** Files left alone because they changed since they were read or could not be written. */
  problems: Diagnostic[];
}

const UNEXPECTED_CHANGE = 'Unexpected change to the file since it was read, expected it unchanged; left alone';

function problem(file: string, message: string): Diagnostic {
  return { kind: 'io-error', severity: 'error', file, line: 1, message };
}

/**
 * Add the tags of the accepted links to the feature files as a minimal edit ({@link applyLinks}), each
 * written atomically under the lock. A file no longer as {@link proposeLinks} read it, or that cannot be
 * written, is left alone and reported.
 *
 * @throws ConfigError when a file to change lies outside the working directory (nothing is written).
 * @throws ConflictError when another run holds the lock.
 */
export async function writeLinks(
  cwd: string,
  proposal: Pick<LinkProposal, 'files'>,
  choices: readonly LinkChoice[],
): Promise<LinkWriteOutcome> {
  const root = path.resolve(cwd);
  const planned = proposal.files
    .map((file) => ({ file, plan: planFileEdits(file.scenarios, choices.filter((c) => c.file === file.file)) }))
    .filter(({ plan }) => plan.edits.length > 0)
    .sort((a, b) => (a.file.file < b.file.file ? -1 : a.file.file > b.file.file ? 1 : 0));
  // Nothing is written when one file would land outside the working directory (a `../` glob, a link leading out).
  for (const { file, plan } of planned) {
    const escape = await writeEscape(root, path.resolve(root, file.file));
    if (!escape) continue;
    const count = plan.edits.length;
    throw new ConfigError(
      `Refusing to write ${file.file}: ${escape.message} (link would tag ${count} scenario${count === 1 ? '' : 's'} in it; leave it out of the features globs to tag the files inside)`,
    );
  }
  return planned.length === 0 ? { written: [], problems: [] } : withRunLock(root, () => writePlanned(root, planned));
}

async function writePlanned(root: string, planned: readonly { file: LinkFile; plan: FilePlan }[]): Promise<LinkWriteOutcome> {
  const written: LinkWriteOutcome['written'] = [];
  const problems: Diagnostic[] = [];
  for (const { file, plan } of planned) {
    const absolute = path.resolve(root, file.file);
    let current: string;
    try {
      current = await readFile(absolute, 'utf8');
    } catch (error) {
      problems.push(problem(file.file, `Cannot read file again before writing: ${(error as Error).message}`));
      continue;
    }
    // readText dropped the BOM; the file keeps it.
    if ((current.startsWith('\uFEFF') ? current.slice(1) : current) !== file.text) {
      problems.push(problem(file.file, UNEXPECTED_CHANGE));
      continue;
    }
    const next = applyLinks(current, plan.edits, plan.featureTag);
    if (next === current) continue;
    try {
      await writeAtomic(absolute, next, undefined, current);
      written.push({ file: file.file, scenarios: plan.edits.length, featureTag: plan.featureTag });
    } catch (error) {
      problems.push(problem(file.file, error instanceof ConflictError ? UNEXPECTED_CHANGE : `Cannot write file: ${(error as Error).message}`));
    }
  }
  return { written, problems };
}
