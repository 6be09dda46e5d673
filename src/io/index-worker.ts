/**
 * Worker-thread entry for parallel indexing (see `src/api/parallel-index.ts`).
 * Each message is a batch of {@link IndexJob}s; the reply is their
 * {@link IndexOutcome}s, plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexJobs, type IndexJob } from './index-job.js';

const port = parentPort;
if (!port) throw new Error('index-worker is a worker-thread entry, not a module to import');
const { withHash } = workerData as { withHash: boolean };

port.on('message', (jobs: IndexJob[]) => {
  void indexJobs(jobs, withHash).then((outcomes) => port.postMessage(outcomes));
});
