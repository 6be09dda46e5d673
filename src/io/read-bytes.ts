import { readFileSync } from 'node:fs';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * A file's bytes, read synchronously, or null when it cannot be read (the
 * caller then asks `readText` for the worded diagnostic). One blocking read
 * costs a few microseconds, where the promise API makes four thread-pool
 * round trips per file (open, stat, read, close), shared by every thread.
 */
export function readBytes(absolutePath: string): Buffer | null {
  try {
    return readFileSync(absolutePath);
  } catch {
    return null;
  }
}

/** The text of UTF-8 bytes, BOM dropped (as `readText` does), or null when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
