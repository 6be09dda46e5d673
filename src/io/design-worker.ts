/**
 * Worker-thread entry that extracts design docs (see `src/api/design-worker.ts`):
 * it receives texts with their report paths and posts back their designs, in
 * the same order, as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractDesign } from '../design/extract-design.js';

/** One design doc to extract. */
export interface DesignWorkItem {
  /** The path reports show. */
  file: string;
  text: string;
}

const port = parentPort;
if (!port) throw new Error('design-worker is a worker-thread entry, not a module to import');
const items = workerData as DesignWorkItem[];
port.postMessage(items.map(({ text, file }) => extractDesign(text, file)));
