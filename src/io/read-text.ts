import { isUtf8 } from 'node:buffer';
import { ConfigError } from '../config/resolve-options.js';
import type { Diagnostic } from '../model.js';
import { reasonOf } from './file-error.js';
import { decodeUtf8, readRegularFileSync } from './read-bytes.js';

/** A file's text, or the reason it could not be read. */
export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** The bytes of a regular file; anything else is refused before a byte is read (see {@link readRegularFileSync}). */
export async function readRegularFile(absolutePath: string): Promise<Buffer> {
  return readRegularFileSync(absolutePath).bytes;
}

/** The text of a UTF-8 regular file, BOM dropped, line endings kept; else an `io-error` (never a hang). */
export async function readText(file: string, absolutePath: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(absolutePath);
  } catch (error) {
    return { ok: false, diagnostic: { kind: 'io-error', severity: 'error', file, line: 1, message: `Cannot read file: ${reasonOf(error)}` } };
  }
  const text = decodeUtf8(bytes);
  if (text !== null) return { ok: true, text };
  const line = firstInvalidUtf8Line(bytes);
  return { ok: false, diagnostic: { kind: 'io-error', severity: 'error', file, line, message: 'Unexpected byte sequence, expected UTF-8 text' } };
}

/** The text of a regular file, or null when it does not exist; another failure is a ConfigError `<file>: cannot read<what>: <why>`. */
export async function readOptionalText(file: string, what = ''): Promise<string | null> {
  try {
    return (await readRegularFile(file)).toString('utf8');
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return null;
    throw new ConfigError(`${file}: cannot read${what}: ${(error as Error).message}`);
  }
}

/** Line (1-based) of the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8Line(bytes: Buffer): number {
  for (let line = 1, start = 0; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    if (!isUtf8(bytes.subarray(start, end < 0 ? bytes.length : end))) return line;
    if (end < 0) return 1;
    start = end + 1;
  }
}
