import { readFileSync } from 'node:fs';
import { readText, type ReadResult } from './read-text.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * {@link readText}, synchronously when all goes well: one blocking read costs
 * a few microseconds, where the promise API makes four thread-pool round
 * trips per file (open, stat, read, close), shared with every other thread.
 * Any failure (unreadable, not UTF-8) is left to {@link readText}, which
 * words the diagnostic, so both give the same result.
 */
export async function readTextFast(file: string, absolutePath: string): Promise<ReadResult> {
  try {
    return { ok: true, text: decoder.decode(readFileSync(absolutePath)) };
  } catch {
    return readText(file, absolutePath);
  }
}
