import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileError } from './file-error.js';

/** Low-level file operations, replaceable in tests to inject failures. */
export interface WriteOps {
  writeFile: (file: string, data: string) => Promise<void>;
  /** Flush the file's data to the disk (fsync). */
  flush: (file: string) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
}

async function flush(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The real file system's operations (tests replace some of them). */
export const FS_WRITE_OPS: WriteOps = {
  writeFile: (file, data) => writeFile(file, data, { flag: 'wx' }),
  flush,
  rename,
};

/**
 * Write a file atomically: the text goes to a temporary file in the same folder,
 * which then replaces the target with one rename. A crash or a full disk leaves
 * either the old file or the new one, never a truncated mix. The temporary
 * file is flushed to the disk before the rename: without it, a power cut soon
 * after can leave the renamed file empty on file systems that delay
 * allocation (ext4, XFS). The target's permission bits are kept.
 *
 * @throws {FileError} naming `target` (never the temporary file) when the
 *   folder cannot be made or the file cannot be written.
 */
export async function writeAtomic(target: string, text: string, ops: WriteOps = FS_WRITE_OPS): Promise<void> {
  const dir = path.dirname(target);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw fileError('write', target, error);
  }
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await stat(target)).mode;
  } catch {
    mode = undefined;
  }
  try {
    await ops.writeFile(temp, text);
    await ops.flush(temp);
    if (mode !== undefined) await chmod(temp, mode & 0o7777);
    await ops.rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw fileError('write', target, error);
  }
}
