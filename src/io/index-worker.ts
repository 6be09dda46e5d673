/**
 * Worker-thread entry for parallel indexing (see `src/api/parallel-index.ts`).
 * The worker claims batches of jobs from a counter shared by every thread,
 * posts each batch's {@link IndexOutcome}s (plain data), and posts `null`
 * when nothing is left.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { IndexDetail } from '../features/index-feature.js';
import { indexJobs, type IndexJob, type IndexOutcome } from './index-job.js';

/** What a worker starts with. */
export interface IndexWorkerInput {
  jobs: IndexJob[];
  withHash: boolean;
  detail: IndexDetail;
  /** One Int32: the index of the next job nobody has claimed. */
  claims: SharedArrayBuffer;
  /** Jobs per claim. */
  batch: number;
}

const port = parentPort;
if (!port) throw new Error('index-worker is a worker-thread entry, not a module to import');
const { jobs, withHash, detail, claims, batch } = workerData as IndexWorkerInput;
const next = new Int32Array(claims);

for (;;) {
  const start = Atomics.add(next, 0, batch);
  if (start >= jobs.length) break;
  const outcomes: IndexOutcome[] = await indexJobs(jobs.slice(start, start + batch), withHash, detail);
  port.postMessage(outcomes);
}
port.postMessage(null);
