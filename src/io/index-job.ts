import type { Diagnostic, FeatureIndex } from '../model.js';
import { indexFeature } from '../features/index-feature.js';
import { contentHash } from './index-cache.js';
import { readTextFast } from './read-text-fast.js';

/** One feature file to read and index. */
export interface IndexJob {
  /** Position of the file in the run's file list (results are put back in that order). */
  i: number;
  /** The path as reports show it. */
  file: string;
  /** Where to read it. */
  absolute: string;
}

/** What came of one {@link IndexJob}: an index (and the hash of the text, when asked for), or why it could not be read. */
export type IndexOutcome =
  | { i: number; hash: string | null; index: FeatureIndex }
  | { i: number; diagnostic: Diagnostic };

/** Index text that was already read. */
export function indexText(i: number, text: string, file: string, hash: string | null): IndexOutcome {
  return { i, hash, index: indexFeature(text, file) };
}

/**
 * Read and index a batch of files, one after another. A file that cannot be
 * read gives its `io-error` diagnostic and the others go on.
 */
export async function indexJobs(jobs: readonly IndexJob[], withHash: boolean): Promise<IndexOutcome[]> {
  const outcomes: IndexOutcome[] = [];
  for (const { i, file, absolute } of jobs) {
    const read = await readTextFast(file, absolute);
    if (!read.ok) outcomes.push({ i, diagnostic: read.diagnostic });
    else outcomes.push(indexText(i, read.text, file, withHash ? contentHash(read.text) : null));
  }
  return outcomes;
}
