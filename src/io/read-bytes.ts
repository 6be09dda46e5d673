import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/**
 * What identifies a file's state without reading it: size, modification and
 * change times (ms, sub-millisecond precision). Any write changes the change
 * time, which no tool can set back.
 */
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
 * The buffer every read of this thread fills: a caller decodes or hashes the
 * bytes at once and keeps none, so reading thousands of files allocates (and
 * leaves the garbage collector) no buffer per file. Replaced by a larger one
 * for a larger file, kept up to {@link SCRATCH_MAX} bytes.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);
const SCRATCH_MAX = 4 * 1024 * 1024;

/**
 * A file's bytes, read synchronously, or null when it cannot be read (the
 * caller then asks `readText` for the worded diagnostic). One blocking read
 * costs a few microseconds, where the promise API makes four thread-pool
 * round trips per file (open, stat, read, close), shared by every thread.
 *
 * The bytes are valid until the next read on this thread (see
 * {@link scratch}): decode or hash them before reading another file.
 */
export function readBytes(absolutePath: string): Buffer | null {
  let fd: number | undefined;
  try {
    // Non-blocking open and a regular-file check: a FIFO would block this
    // thread for ever and /dev/zero never ends (readText words the refusal).
    fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    return stats.isFile() ? readOpen(fd, stats.size) : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The text of UTF-8 bytes, BOM dropped (as `readText` does), or null when they are not UTF-8. */
export function decodeUtf8(bytes: Buffer): string | null {
  // Validating, then decoding without checks, is faster than a fatal `TextDecoder`.
  if (!isUtf8(bytes)) return null;
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A file's bytes and its stamp, taken from the open file before reading it
 * (one `fstat`, where `stampOf` and `readBytes` would look the path up twice),
 * or null when it cannot be read as a regular file. Opened as {@link readBytes}
 * opens files; the bytes, likewise, are valid until the next read.
 */
export function readBytesAndStamp(absolutePath: string): { bytes: Buffer; stamp: FileStamp } | null {
  let fd: number | undefined;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile()) return null;
    return { bytes: readOpen(fd, stats.size), stamp: stampOfStats(stats) };
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Read an open regular file to its end, starting with the size its `fstat`
 * gave (`readFileSync` would `fstat` it again), and growing when it has grown
 * since. One byte more than that size, so that the read which finds the end
 * has room and the buffer is not grown (and copied) for it.
 */
function readOpen(fd: number, size: number): Buffer {
  let buffer = size < scratch.length ? scratch : Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  if (buffer.length > scratch.length && buffer.length <= SCRATCH_MAX) scratch = buffer;
  return buffer.subarray(0, length);
}
