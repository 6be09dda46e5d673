import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import type { FileStamp } from './file-stamp.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * A file's bytes, read synchronously, or null when it cannot be read (the
 * caller then asks `readText` for the worded diagnostic). One blocking read
 * costs a few microseconds, where the promise API makes four thread-pool
 * round trips per file (open, stat, read, close), shared by every thread.
 */
export function readBytes(absolutePath: string): Buffer | null {
  let fd: number | undefined;
  try {
    // Non-blocking open and a regular-file check: a FIFO would block this
    // thread for ever and /dev/zero never ends (readText words the refusal).
    fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    return fstatSync(fd).isFile() ? readFileSync(fd) : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
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

/**
 * A file's bytes and its stamp, taken from the open file before reading it
 * (one `fstat`, where `stampOf` and `readBytes` would look the path up twice),
 * or null when it cannot be read as a regular file. Opened as {@link readBytes}
 * opens files.
 */
export function readBytesAndStamp(absolutePath: string): { bytes: Buffer; stamp: FileStamp } | null {
  let fd: number | undefined;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile()) return null;
    return { bytes: readFileSync(fd), stamp: [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino] };
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
