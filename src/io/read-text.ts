import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Diagnostic } from '../model.js';

/** A file's text, or the reason it could not be read. */
export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Opening a FIFO for reading blocks until a writer comes; non-blocking, it returns at once. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Thrown by {@link readRegularFile} for something that is not a regular file. */
class NotAFile extends Error {
  readonly code: 'EISDIR' | 'NOT_A_FILE';
  constructor(code: 'EISDIR' | 'NOT_A_FILE') {
    super(code === 'EISDIR' ? 'it is a directory' : 'it is not a regular file (a FIFO, socket or device)');
    this.code = code;
  }
}

function explain(code: string | undefined, message: string): string {
  switch (code) {
    case 'ENOENT':
      return 'Cannot read file: it does not exist';
    case 'EISDIR':
      return 'Cannot read file: it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'Cannot read file: permission denied';
    case 'ELOOP':
      return 'Cannot read file: too many levels of symbolic links';
    case 'NOT_A_FILE':
      return 'Cannot read file: it is not a regular file (a FIFO, socket or device)';
    default:
      return `Cannot read file: ${message}`;
  }
}

/**
 * The bytes of a regular file. A FIFO or a device (`/dev/zero`, a named pipe
 * where a file was expected) would block or never end, so anything else is
 * refused before a byte is read: the error has code `EISDIR` or `NOT_A_FILE`
 * and says why in words. Other errors are the system's (`ENOENT`, `EACCES`...).
 */
export async function readRegularFile(absolutePath: string): Promise<Buffer> {
  const handle = await open(absolutePath, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new NotAFile('EISDIR');
    if (!info.isFile()) throw new NotAFile('NOT_A_FILE');
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * Read a UTF-8 text file. The BOM is dropped (it is not part of line 1's text);
 * line endings are kept so that line numbers stay those of the original file.
 * Invalid UTF-8 is reported rather than silently replaced. Only regular files
 * are read: a directory, FIFO or device gives an `io-error`, never a hang.
 */
export async function readText(file: string, absolutePath: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(absolutePath);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    return {
      ok: false,
      diagnostic: { kind: 'io-error', severity: 'error', file, line: 1, message: explain(err.code, err.message) },
    };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8Line(bytes);
    return {
      ok: false,
      diagnostic: {
        kind: 'io-error',
        severity: 'error',
        file,
        line: bad,
        message: 'Unexpected byte sequence, expected UTF-8 text',
      },
    };
  }
}

/** Line (1-based) of the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8Line(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
