import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';

/** A file's state without reading it: size, modification and change times (any write changes the last). */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number];

const stampOfStats = (stats: Stats): FileStamp => [stats.size, stats.mtimeMs, stats.ctimeMs];

/** The stamp of a regular file, or null (it is then read, and fails with the usual diagnostic). */
export function stampOf(absolutePath: string): FileStamp | null {
  try {
    const stats = statSync(absolutePath, { throwIfNoEntry: false });
    return stats?.isFile() ? stampOfStats(stats) : null;
  } catch {
    return null;
  }
}

/**
 * A regular file's bytes and its stamp (taken before reading). Opened non-blocking and checked first:
 * a FIFO would block for ever and /dev/zero never ends, so anything else throws, with code `EISDIR`
 * or `NOT_A_FILE`. Synchronous: one blocking read costs microseconds, the promise API four thread-pool round trips.
 */
export function readRegularFileSync(absolutePath: string): { bytes: Buffer; stamp: FileStamp } {
  const fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
    if (!stats.isFile()) throw Object.assign(new Error('it is not a regular file (a FIFO, socket or device)'), { code: 'NOT_A_FILE' });
    return { bytes: readFileSync(fd), stamp: stampOfStats(stats) };
  } finally {
    closeSync(fd);
  }
}

/** {@link readRegularFileSync}, or null (`readText` words why). */
export function readBytesAndStamp(absolutePath: string): { bytes: Buffer; stamp: FileStamp } | null {
  try {
    return readRegularFileSync(absolutePath);
  } catch {
    return null;
  }
}

/** The text of UTF-8 bytes, BOM dropped (as `readText` does), or null when they are not UTF-8. */
export function decodeUtf8(bytes: Buffer): string | null {
  // Validating, then decoding without checks, is faster than a fatal `TextDecoder`.
  if (!isUtf8(bytes)) return null;
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
