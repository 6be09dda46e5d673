import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexDetail } from '../features/index-feature.js';
import type { IndexJob, IndexOutcome } from '../io/index-job.js';
import type { IndexWorkerInput } from '../io/index-worker.js';

/**
 * Files each thread should get, at least, for a worker to pay for itself. A
 * worker first loads the indexer (the Gherkin parser with it) and runs it cold
 * until V8 has optimized it, and on this 2-core machine a busy second thread
 * also slows the main one (shared caches and memory: the design worker alone
 * costs the main thread about as much as it does itself). Since valid files
 * are only scanned (`quickScan`, about 0.1 ms each), one worker measured
 * slower than none at 6,424 files (1.19-1.44 s against 0.98-1.17 s) and at
 * 12,848 (1.70 s against 1.54 s), and about even at 25,696 (2.05-2.18 s
 * against 2.06-2.58 s). Below twice this, everything is indexed on the main
 * thread.
 */
export const FILES_PER_THREAD = 8000;

/** Files per claim, at most: small enough to balance files of very different sizes, and to keep the main thread responsive. */
const MAX_BATCH = 16;

/** The built worker entry, or null when running from TypeScript sources (tests), where it cannot start. */
const DEFAULT_WORKER_URL: URL | null = import.meta.url.endsWith('.ts')
  ? null
  : new URL('../io/index-worker.js', import.meta.url);

/** How {@link indexInParallel} runs. */
export interface ParallelIndexOptions {
  /** Worker threads to start (at least 1). */
  workers: number;
  /** Whether each outcome carries the SHA-256 of the text (for the cache). */
  withHash: boolean;
  /** What each index lists (see `indexFeature`). */
  detail: IndexDetail;
  /** Receives each outcome as it arrives (in no particular order). */
  onOutcome: (outcome: IndexOutcome) => void;
  /**
   * When given, the main thread takes batches too, with this function, between
   * its other work (it is otherwise idle, waiting for the workers).
   */
  local?: (jobs: readonly IndexJob[], withHash: boolean, detail: IndexDetail) => Promise<IndexOutcome[]>;
  /** The worker entry; defaults to the built `io/index-worker.js`. */
  workerUrl?: URL;
}

/**
 * Worker threads to use for `files` files: as many as give every thread (the
 * main one works too) {@link FILES_PER_THREAD} files or more, and at most one
 * per core but one; so none on one core or for fewer than twice that many
 * files. `requested` (a number) overrides the choice; 0 means none.
 */
export function chooseWorkers(files: number, requested: number | 'auto' = 'auto', workerUrl?: URL): number {
  if (files === 0) return 0;
  if (!workerUrl && !DEFAULT_WORKER_URL) return 0;
  if (requested !== 'auto') return Math.max(0, Math.min(Math.floor(requested), files));
  const threads = Math.min(availableParallelism(), Math.floor(files / FILES_PER_THREAD));
  return Math.max(0, threads - 1);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Read and index `jobs` on worker threads (and on this one, with
 * `options.local`). Every thread claims the next batch from one shared atomic
 * counter, so no thread waits for another to hand out work, even while the
 * main thread is busy. Resolves when every job has an outcome; rejects if a
 * worker fails, after stopping the others.
 */
export async function indexInParallel(jobs: readonly IndexJob[], options: ParallelIndexOptions): Promise<void> {
  const url = options.workerUrl ?? DEFAULT_WORKER_URL;
  if (!url) throw new Error('No built worker entry (io/index-worker.js) to run');
  if (jobs.length === 0) return;
  const workers = Math.max(1, Math.min(options.workers, jobs.length));
  const threads = workers + (options.local ? 1 : 0);
  const batch = Math.max(1, Math.min(MAX_BATCH, Math.ceil(jobs.length / (threads * 16))));
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const input: IndexWorkerInput = {
    jobs: [...jobs],
    withHash: options.withHash,
    detail: options.detail,
    claims: claims.buffer,
    batch,
  };

  const started: Worker[] = [];
  let settled = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let running = workers;
      let localDone = !options.local;
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      // Done when every thread has said so: a worker that failed, even after the
      // others did all the work, fails the run rather than going unnoticed.
      const check = (): void => {
        if (failed || running > 0 || !localDone) return;
        if (settled === jobs.length) resolve();
        else fail(new Error(`Indexing stopped with ${jobs.length - settled} files left`));
      };
      const take = (outcomes: readonly IndexOutcome[]): void => {
        if (failed) return;
        for (const outcome of outcomes) options.onOutcome(outcome);
        settled += outcomes.length;
      };
      for (let t = 0; t < workers; t++) {
        const worker = new Worker(url, { workerData: input });
        started.push(worker);
        let finished = false;
        // Outcomes, then null when the worker found nothing left to claim (a port keeps messages in order).
        worker.on('message', (message: IndexOutcome[] | null) => {
          if (message) return take(message);
          finished = true;
          running--;
          check();
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (!finished) fail(new Error(`An indexing worker stopped early (exit code ${code})`));
        });
      }
      const { local } = options;
      if (local) {
        void (async () => {
          while (!failed) {
            // Between batches, let messages, reads and other work on this thread run.
            await nextTurn();
            const start = Atomics.add(claims, 0, batch);
            if (start >= jobs.length) break;
            take(await local(jobs.slice(start, start + batch), options.withHash, options.detail));
          }
          localDone = true;
          check();
        })().catch(fail);
      }
    });
  } finally {
    await Promise.all(started.map((worker) => worker.terminate()));
  }
}
