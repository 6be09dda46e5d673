import { isUtf8 } from 'node:buffer';
import type { Diagnostic, FeatureIndex } from '../model.js';
import { indexFeature, indexFeatureBytes, type IndexDetail } from '../features/index-feature.js';
import { isSettled, type FileStamp } from './file-stamp.js';
import { contentHash } from './index-cache.js';
import { readBytes, readBytesAndStamp } from './read-bytes.js';
import { readText } from './read-text.js';

/** One feature file to read and index. */
export interface IndexJob {
  /** Position of the file in the run's file list (results are put back in that order). */
  i: number;
  /** The path as reports show it. */
  file: string;
  /** Where to read it. */
  absolute: string;
}

/**
 * What came of one {@link IndexJob}: an index, or why the file could not be
 * read. With `withHash`, also the hash of the bytes and, when the file was
 * settled, its stamp taken before reading them (for the cache).
 */
export type IndexOutcome =
  | { i: number; hash: string | null; stamp?: FileStamp | null; index: FeatureIndex }
  | { i: number; diagnostic: Diagnostic };

/** Index text that was already read. */
export function indexText(i: number, text: string, file: string, hash: string | null, detail: IndexDetail): IndexOutcome {
  return { i, hash, index: indexFeature(text, file, detail) };
}

/**
 * Read and index one file. The hash (when asked for) is that of the bytes, as
 * the cache looks files up. A file that cannot be read gives its `io-error`
 * diagnostic, worded by `readText`.
 */
export async function indexJob(
  { i, file, absolute }: IndexJob,
  withHash: boolean,
  detail: IndexDetail,
): Promise<IndexOutcome> {
  const now = Date.now();
  // With the cache, the stamp comes from the open file, taken before its bytes are read: if
  // the file changes meanwhile, the stamp is the older one and will not match next time.
  const stamped = withHash ? readBytesAndStamp(absolute) : null;
  const bytes = stamped ? stamped.bytes : withHash ? null : readBytes(absolute);
  if (bytes && isUtf8(bytes)) {
    // Indexed from the bytes: most files are only scanned, never decoded.
    const index = indexFeatureBytes(bytes, file, detail);
    if (!stamped) return { i, hash: null, index };
    const trusted = isSettled(stamped.stamp, now) ? stamped.stamp : null;
    return { i, hash: contentHash(bytes), stamp: trusted, index };
  }
  const read = await readText(file, absolute);
  // Readable on the second try (it changed meanwhile): index it, but do not cache it.
  return read.ok ? indexText(i, read.text, file, null, detail) : { i, diagnostic: read.diagnostic };
}

/** Read and index a batch of files, one after another; a bad file never stops the others. */
export async function indexJobs(
  jobs: readonly IndexJob[],
  withHash: boolean,
  detail: IndexDetail,
): Promise<IndexOutcome[]> {
  const outcomes: IndexOutcome[] = [];
  for (const job of jobs) outcomes.push(await indexJob(job, withHash, detail));
  return outcomes;
}
