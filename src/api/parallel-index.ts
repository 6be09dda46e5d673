import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexJob, IndexOutcome } from '../io/index-job.js';

/** Fewer files than this are indexed on the main thread: starting workers would cost more than it saves. */
export const PARALLEL_MIN_FILES = 200;

/** Files per message to a worker, at most. */
const MAX_BATCH = 32;

/** The built worker entry, or null when running from TypeScript sources (tests), where it cannot start. */
const DEFAULT_WORKER_URL: URL | null = import.meta.url.endsWith('.ts')
  ? null
  : new URL('../io/index-worker.js', import.meta.url);

/** How {@link indexInWorkers} runs. */
export interface ParallelIndexOptions {
  /** Worker threads to start (at least 1). */
  threads: number;
  /** Whether each outcome carries the SHA-256 of the text (for the cache). */
  withHash: boolean;
  /** Receives each outcome as it arrives (in no particular order). */
  onOutcome: (outcome: IndexOutcome) => void;
  /** The worker entry; defaults to the built `io/index-worker.js`. */
  workerUrl?: URL;
}

/**
 * Worker threads to use for `files` files: none below {@link PARALLEL_MIN_FILES}
 * or on one core, else one per core (fewer for a few hundred files).
 * `requested` (a number) overrides the choice; 0 means none.
 */
export function chooseThreads(files: number, requested: number | 'auto' = 'auto', workerUrl?: URL): number {
  if (files === 0) return 0;
  if (!workerUrl && !DEFAULT_WORKER_URL) return 0;
  if (requested !== 'auto') return Math.max(0, Math.min(Math.floor(requested), files));
  const cores = availableParallelism();
  if (files < PARALLEL_MIN_FILES || cores < 2) return 0;
  return Math.min(cores, Math.ceil(files / (PARALLEL_MIN_FILES / 2)));
}

/**
 * Read and index `jobs` on worker threads. Batches are handed out as workers
 * finish (two in flight per worker, so none waits on the main thread), which
 * balances files of very different sizes. Resolves when every job has an
 * outcome; rejects if a worker fails, after stopping the others.
 */
export async function indexInWorkers(jobs: readonly IndexJob[], options: ParallelIndexOptions): Promise<void> {
  const url = options.workerUrl ?? DEFAULT_WORKER_URL;
  if (!url) throw new Error('No built worker entry (io/index-worker.js) to run');
  if (jobs.length === 0) return;
  const threads = Math.max(1, Math.min(options.threads, jobs.length));
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(jobs.length / (threads * 8))));
  const batches: IndexJob[][] = [];
  for (let start = 0; start < jobs.length; start += size) batches.push(jobs.slice(start, start + size));

  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let pending = batches.length;
      let failed = false;
      const fail = (error: Error): void => {
        if (failed || pending === 0) return;
        failed = true;
        reject(error);
      };
      const send = (worker: Worker): void => {
        if (next < batches.length && !failed) worker.postMessage(batches[next++]);
      };
      for (let t = 0; t < threads; t++) {
        const worker = new Worker(url, { workerData: { withHash: options.withHash } });
        workers.push(worker);
        worker.on('message', (outcomes: IndexOutcome[]) => {
          if (failed) return;
          for (const outcome of outcomes) options.onOutcome(outcome);
          pending--;
          if (pending === 0) resolve();
          else send(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => fail(new Error(`An indexing worker stopped early (exit code ${code})`)));
        send(worker);
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
