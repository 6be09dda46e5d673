import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { notADesign, type SkippedFile } from '../design/design-shape.js';
import type { Design, Diagnostic, FeatureIndex } from '../model.js';
import { indexFeature, indexFeatureBytes, type IndexDetail } from '../features/index-feature.js';
import { readBytesAndStamp, stampOf } from '../io/read-bytes.js';
import { MAX_DESIGN_BYTES, oversizeMessage, unreadableDesign } from '../design/size-cap.js';
import { readText } from '../io/read-text.js';
import { toReportPath } from '../io/paths.js';
import type { Cache } from './cache.js';

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

/** How {@link loadFeatures} runs; the result is the same with or without a cache. */
export interface LoadFeaturesOptions {
  /** The cache (see `openCache`): an unchanged file is not parsed again. The caller saves it. */
  cache?: Cache | null;
  onProgress?: (done: number, total: number) => void;
  /** What each index lists (see `indexFeature`): `all` (default), or the faster `linked`. */
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

/** Read and extract design docs (paths relative to `cwd`); one bad file never stops the others. */
export async function loadDesigns(cwd: string, files: readonly string[], { cache }: Pick<LoadFeaturesOptions, 'cache'> = {}): Promise<LoadedDesigns> {
  const designs: Design[] = [];
  const diagnostics: Diagnostic[] = [];
  const skipped: SkippedFile[] = [];
  let extract: ((text: string, file: string) => Design) | undefined;
  for (const file of files) {
    const shown = toReportPath(cwd, file);
    const absolute = path.resolve(cwd, file);
    const now = Date.now();
    const stamp = stampOf(absolute);
    const cached = cache?.design(shown, stamp);
    if (cached) {
      keep(cached);
      continue;
    }
    // Checked before reading: a design of gigabytes is one finding, not a read that exhausts memory.
    if (stamp && stamp[0] > MAX_DESIGN_BYTES) {
      keep(unreadableDesign(shown, oversizeMessage(stamp[0])));
      continue;
    }
    const read = await readText(shown, absolute);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    extract ??= (await import('../design/extract-design.js')).extractDesign;
    const design = extract(read.text, shown);
    cache?.set('design', shown, stamp, now, design);
    keep(design);
  }
  return { designs, diagnostics, skipped };

  function keep(design: Design): void {
    const reason = notADesign(design);
    if (reason === null) designs.push(design);
    else skipped.push({ file: design.path, reason });
  }
}

/** Read and index feature files (paths relative to `cwd`), in order; one bad file never stops the others. */
export async function loadFeatures(cwd: string, files: readonly string[], { cache, onProgress, detail = 'all' }: LoadFeaturesOptions = {}): Promise<LoadedFeatures> {
  const features: FeatureIndex[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [i, file] of files.entries()) {
    const shown = toReportPath(cwd, file);
    const absolute = path.resolve(cwd, file);
    const now = Date.now();
    let index = cache?.feature(shown, stampOf(absolute), detail === 'all');
    if (!index) {
      // The stamp comes from the open file, before its bytes are read: if the file changes
      // meanwhile, the stamp is the older one and will not match next time.
      const read = readBytesAndStamp(absolute);
      if (read?.bytes && isUtf8(read.bytes)) {
        // Indexed from the bytes: most files are only scanned, never decoded.
        index = indexFeatureBytes(read.bytes, shown, detail);
        cache?.set('feature', shown, read.stamp, now, index);
      } else {
        // Unreadable or not UTF-8: `readText` words the diagnostic (or it became readable meanwhile).
        const text = await readText(shown, absolute);
        if (text.ok) index = indexFeature(text.text, shown, detail);
        else diagnostics.push(text.diagnostic);
      }
    }
    if (index) features.push(index);
    onProgress?.(i + 1, files.length);
  }
  return { features, diagnostics };
}
