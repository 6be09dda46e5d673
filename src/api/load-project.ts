import path from 'node:path';
import type { IndexDetail } from '../features/index-feature.js';
import type { Design, Diagnostic, FeatureIndex } from '../model.js';
import { openDesignCache } from '../io/design-cache.js';
import { contentHash, openIndexCache, type IndexCache } from '../io/index-cache.js';
import type { IndexJob, IndexOutcome } from '../io/index-job.js';
import { readText } from '../io/read-text.js';
import { isSettled, stampOf } from '../io/file-stamp.js';
import { decodeUtf8, readBytes } from '../io/read-bytes.js';
import { toReportPath } from '../io/paths.js';
import { notADesign, type SkippedFile } from '../design/design-shape.js';
// Static: the design worker must start before this thread's indexing, which leaves no turn for an import to finish.
import { canExtractInWorker, extractInWorker } from './design-worker.js';

/** Designs that were read and parsed, and the files that could not be read. */
export interface LoadedDesigns {
  designs: Design[];
  diagnostics: Diagnostic[];
  /** Markdown files found by the globs that are not feature designs (notes, READMEs), with the reason. */
  skipped: SkippedFile[];
}

/** Feature indexes, and the files that could not be read. */
export interface LoadedFeatures {
  features: FeatureIndex[];
  diagnostics: Diagnostic[];
}

/** How {@link loadFeatures} may go faster; every option leaves the result unchanged. */
export interface LoadFeaturesOptions {
  /**
   * Folder of the on-disk index cache (relative to `cwd`), or null / absent for
   * none. Files whose text is in the cache are not parsed again.
   */
  cacheDir?: string | null;
  /** Worker threads: `auto` (default) uses them when there are enough files to pay for them; 0 never. */
  threads?: number | 'auto';
  /** Whether the main thread indexes too while workers run (default true). */
  mainThreadHelps?: boolean;
  /** Called as files are done (read and indexed, or found in the cache). */
  onProgress?: (done: number, total: number) => void;
  /** The worker entry (tests running from sources pass a built one). */
  workerUrl?: URL;
  /**
   * What each index lists (see `indexFeature`): `all` (default), or `linked`
   * for a caller that needs only scenarios that can link to a design, which
   * is faster. Unlike the other options, this one changes the result.
   */
  detail?: IndexDetail;
}

const CONCURRENCY = 32;

/** Map over items with at most {@link CONCURRENCY} promises in flight, keeping order. */
export async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

/** How {@link loadDesigns} may go faster; the result is the same. */
export interface LoadDesignsOptions {
  /** Folder of the on-disk cache (relative to `cwd`), or null / absent for none. */
  cacheDir?: string | null;
  /**
   * Extract the designs missing from the cache on a worker thread (when the
   * built worker entry exists), for a caller that has other work for this
   * thread meanwhile, such as indexing many feature files. Default false.
   */
  inWorker?: boolean;
}

/** A design file as first read: its text, or null when it must be read again to word the problem. */
interface DesignRead {
  shown: string;
  absolute: string;
  text: string | null;
}

/**
 * Read and extract design docs (paths relative to `cwd`). One bad file never
 * stops the others. With a cache, a design whose path and text are unchanged
 * is not parsed again (Markdown parsing costs far more than reading).
 */
export async function loadDesigns(
  cwd: string,
  files: readonly string[],
  options: LoadDesignsOptions = {},
): Promise<LoadedDesigns> {
  const diagnostics: Diagnostic[] = [];
  const designs: Design[] = [];
  const skipped: SkippedFile[] = [];
  if (files.length === 0) return { designs, diagnostics, skipped };
  const cache = options.cacheDir ? openDesignCache(path.resolve(cwd, options.cacheDir)) : null;
  // Read at once, synchronously (a few small files), so that a worker starts
  // before the caller's other work takes this thread.
  const reads = files.map((file): DesignRead => {
    const absolute = path.resolve(cwd, file);
    const bytes = readBytes(absolute);
    return { shown: toReportPath(cwd, file), absolute, text: bytes && decodeUtf8(bytes) };
  });
  const cached = reads.map((read) => (read.text === null ? undefined : cache?.get(read.shown, read.text)));
  const missed = reads.filter((read, i) => read.text !== null && !cached[i]);
  const fromWorker =
    options.inWorker && missed.length > 0 && canExtractInWorker()
      ? extractInWorker(missed.map(({ shown, text }) => ({ file: shown, text: text ?? '' })))
      : null;
  // Unhandled until awaited below; a failure must not surface before then as an unhandled rejection.
  fromWorker?.catch(() => {});

  const extracted = new Map<DesignRead, Design>();
  if (fromWorker) {
    const result = await fromWorker;
    missed.forEach((read, i) => {
      const design = result[i];
      if (design) extracted.set(read, design);
    });
  }
  let extract: ((text: string, file: string) => Design) | undefined;
  for (const [i, read] of reads.entries()) {
    let design = cached[i] ?? extracted.get(read);
    if (!design) {
      let { text } = read;
      if (text === null) {
        // Unreadable or not UTF-8: `readText` words the diagnostic (or it became readable meanwhile).
        const again = await readText(read.shown, read.absolute);
        if (!again.ok) {
          diagnostics.push(again.diagnostic);
          continue;
        }
        text = again.text;
      }
      // Loaded only now: the Markdown parser is needed only for designs not in the cache.
      extract ??= (await import('../design/extract-design.js')).extractDesign;
      design = extract(text, read.shown);
    }
    if (cache && !cached[i] && read.text !== null) cache.set(read.shown, read.text, design);
    const reason = notADesign(design);
    if (reason === null) designs.push(design);
    else skipped.push({ file: design.path, reason });
  }
  await cache?.save();
  return { designs, diagnostics, skipped };
}

/**
 * True for a path like `a/b.feature` (what discovery returns): relative, `/`
 * separators, no `.`, `..` or empty segments. It is then its own report path,
 * and joining it to the folder needs no normalizing (thousands of
 * `path.resolve` calls show in a warm run's profile).
 */
function isPlainRelative(file: string): boolean {
  if (path.sep !== '/' || file === '' || file.includes('\\')) return false;
  return file.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Texts of missed files kept from the first pass, at most: more are read again when indexed (memory). */
const KEEP_TEXTS = 200;

/** A file the first pass did not find in the cache, with its text when the main thread will index it. */
interface Miss {
  job: IndexJob;
  text: string | null;
  hash: string | null;
}

/**
 * Read and index feature files (paths relative to `cwd`). One bad file never
 * stops the others. The result is in the order of `files` and the same
 * whatever the options: with a cache, a file whose bytes are cached is not
 * parsed (and not even read when its stat is unchanged since a run that read
 * it); the rest are indexed on worker threads when there are many of them,
 * else on this thread.
 */
export async function loadFeatures(
  cwd: string,
  files: readonly string[],
  options: LoadFeaturesOptions = {},
): Promise<LoadedFeatures> {
  const total = files.length;
  const detail = options.detail ?? 'all';
  const outcomes = new Array<IndexOutcome | undefined>(total);
  let done = 0;
  const settle = (outcome: IndexOutcome): void => {
    outcomes[outcome.i] = outcome;
    done++;
    options.onProgress?.(done, total);
  };

  const base = path.resolve(cwd);
  const jobs: IndexJob[] = files.map((file, i) =>
    isPlainRelative(file)
      ? { i, file, absolute: base.endsWith('/') ? base + file : `${base}/${file}` }
      : { i, file: toReportPath(cwd, file), absolute: path.resolve(cwd, file) },
  );
  // Everything up to starting the workers is synchronous, so that in a cold run
  // they start loading the parser before other work (Markdown parsing of the
  // designs) can take this thread.
  const cache = options.cacheDir ? openIndexCache(path.resolve(cwd, options.cacheDir), undefined, base) : null;
  const misses =
    cache && cache.loaded > 0
      ? await lookUp(jobs, cache, detail, settle)
      : jobs.map((job): Miss => ({ job, text: null, hash: null }));

  // Loaded only when something must be indexed (a warm run has nothing to hand out).
  const parallel = misses.length > 0 ? await import('./parallel-index.js') : null;
  const workers = parallel ? parallel.chooseWorkers(misses.length, options.threads, options.workerUrl) : 0;
  // The indexer (and @cucumber/gherkin) loads only when something must be parsed.
  const indexer = (): Promise<typeof import('../io/index-job.js')> => import('../io/index-job.js');
  if (parallel && workers > 0) {
    await parallel.indexInParallel(
      misses.map((miss) => miss.job),
      {
        workers,
        withHash: cache !== null,
        detail,
        onOutcome: settle,
        local:
          options.mainThreadHelps === false
            ? undefined
            : async (batch, withHash) => (await indexer()).indexJobs(batch, withHash, detail),
        workerUrl: options.workerUrl,
      },
    );
  } else if (misses.length > 0) {
    const { indexJob, indexText } = await indexer();
    for (const { job, text, hash } of misses) {
      if (text !== null) settle(indexText(job.i, text, job.file, hash, detail));
      else settle(await indexJob(job, cache !== null, detail));
    }
  }

  const features: FeatureIndex[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const outcome of outcomes) {
    if (!outcome) continue;
    if ('diagnostic' in outcome) {
      diagnostics.push(outcome.diagnostic);
      continue;
    }
    features.push(outcome.index);
    if (!cache || outcome.hash === null) continue;
    cache.set(outcome.hash, outcome.index);
    const job = jobs[outcome.i];
    if (outcome.stamp && job) cache.remember(job.absolute, outcome.stamp, outcome.hash);
  }
  await cache?.save();
  return { features, diagnostics };
}

/**
 * First pass with a cache: a file whose stat matches a recorded stamp is
 * looked up by the hash recorded with it; any other is read and hashed.
 * Cached files are settled at once. Returns the misses in file order, with
 * their text while there are few of them (the main thread will index those),
 * without it when there are many (workers read them again rather than holding
 * every text in memory). Reads are synchronous: this thread has nothing else
 * to do meanwhile.
 */
async function lookUp(
  jobs: readonly IndexJob[],
  cache: IndexCache,
  detail: IndexDetail,
  settle: (outcome: IndexOutcome) => void,
): Promise<Miss[]> {
  const misses: Miss[] = [];
  let keepText = true;
  for (const job of jobs) {
    const now = Date.now();
    const stamp = stampOf(job.absolute);
    const known = stamp ? cache.hashOf(job.absolute, stamp) : undefined;
    const cached = known === undefined ? undefined : cache.get(known, job.file, detail);
    if (cached) {
      // Unchanged since a run that read it: not even read this time.
      settle({ i: job.i, hash: null, index: cached });
      continue;
    }
    const bytes = readBytes(job.absolute);
    if (!bytes) {
      // Unreadable: `readText` words the diagnostic (or it became readable: index it, uncached).
      const read = await readText(job.file, job.absolute);
      if (read.ok) misses.push({ job, text: read.text, hash: null });
      else settle({ i: job.i, diagnostic: read.diagnostic });
      continue;
    }
    // A hit needs the hash of the bytes only: no decoding, no string.
    const hash = contentHash(bytes);
    if (stamp && isSettled(stamp, now)) cache.remember(job.absolute, stamp, hash);
    const index = cache.get(hash, job.file, detail);
    if (index) {
      settle({ i: job.i, hash: null, index });
      continue;
    }
    misses.push({ job, text: keepText ? decodeUtf8(bytes) : null, hash });
    if (keepText && misses.length >= KEEP_TEXTS) {
      keepText = false;
      for (const miss of misses) miss.text = null;
    }
  }
  return misses;
}
