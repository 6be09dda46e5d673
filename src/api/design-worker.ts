import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Design } from '../model.js';
import type { DesignWorkItem } from '../io/design-worker.js';

/** The built worker entry, or null when running from TypeScript sources (tests), where it cannot start. */
const WORKER_URL: URL | null = import.meta.url.endsWith('.ts') ? null : new URL('../io/design-worker.js', import.meta.url);

/**
 * The entry to start: the bundle `npm run build` makes of the worker and the
 * Markdown parser (one module to load instead of about two hundred), when it
 * is at least as new as the compiled extractor (a `tsc` alone, without the
 * bundling step, leaves an older bundle that must not be used); else the
 * plain entry.
 */
export function entryToStart(plain: URL): URL {
  const bundle = new URL('design-worker.bundle.js', plain);
  try {
    const built = statSync(bundle).mtimeMs;
    const compiled = [plain, new URL('../design/extract-design.js', plain)].map((url) => statSync(url).mtimeMs);
    return compiled.every((mtime) => mtime <= built) ? bundle : plain;
  } catch {
    return plain;
  }
}

/** True when design docs can be extracted on a worker thread (not from TypeScript sources). */
export function canExtractInWorker(): boolean {
  return WORKER_URL !== null;
}

/**
 * Extract design docs on a worker thread, so that the Markdown parser loads
 * and runs on the other core while this thread indexes feature files (a cold
 * run otherwise does one after the other). The worker starts at once; the
 * designs come back in the order of `items`. Rejects if the worker fails.
 */
export function extractInWorker(items: readonly DesignWorkItem[]): Promise<Design[]> {
  if (!WORKER_URL) return Promise.reject(new Error('No built worker entry (io/design-worker.js) to run'));
  const worker = new Worker(entryToStart(WORKER_URL), { workerData: items });
  return new Promise<Design[]>((resolve, reject) => {
    let done = false;
    worker.once('message', (designs: Design[]) => {
      done = true;
      resolve(designs);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`The design worker stopped early (exit code ${code})`));
    });
  });
}
