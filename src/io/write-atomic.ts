import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, open, readdir, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { ConflictError, fileError, FileError } from './file-error.js';

/** Low-level file operations, replaceable in tests to inject failures. */
export interface WriteOps {
  writeFile: (file: string, data: string) => Promise<void>;
  /** Flush the file's data to the disk (fsync). */
  flush: (file: string) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
}

/** The real file system's operations (tests replace some of them). */
export const FS_WRITE_OPS: WriteOps = {
  writeFile: (file, data) => writeFile(file, data, { flag: 'wx' }),
  async flush(file) {
    const handle = await open(file, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename,
};

/** A temporary file of ours older than this was left by a write that was killed: it is removed. */
export const STALE_TEMP_MS = 10 * 60_000;

/** Remove the temporary files `.<name>.<12 hex digits>.tmp` that a killed write left behind (older than {@link STALE_TEMP_MS}). */
async function removeStaleTemps(dir: string, name: string): Promise<void> {
  const entries = await readdir(dir).catch(() => []);
  const isTemp = (entry: string): boolean => entry.startsWith(`.${name}.`) && /^\.[0-9a-f]{12}\.tmp$/.test(entry.slice(name.length + 1));
  for (const entry of entries.filter(isTemp)) {
    const file = path.join(dir, entry);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && Date.now() - info.mtimeMs > STALE_TEMP_MS) await rm(file, { force: true });
  }
}

/**
 * Write a file atomically: a temporary file in the same folder, flushed to the disk (without it, a
 * power cut on ext4 or XFS can leave the renamed file empty), then one rename; mode and owner kept.
 * With `expected` (the text the caller read, null for "did not exist"), a target changed since then
 * is left alone, and bytes appended before the rename are kept after the new text: a ConflictError.
 *
 * @throws {FileError} naming `target` when it cannot be written, is read-only or has hard links.
 */
export async function writeAtomic(target: string, text: string, ops: WriteOps = FS_WRITE_OPS, expected?: string | null): Promise<void> {
  const dir = path.dirname(target);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw fileError('write', target, error);
  }
  await removeStaleTemps(dir, path.basename(target));
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const before = await stat(target).catch(() => undefined);
  // A target the user protected is refused: no write permission bit, or hard links that a rename would break.
  if (before?.isFile() && (before.mode & 0o222) === 0) {
    throw new FileError(`Refusing to write ${target}: it is read-only (no write permission bit); make it writable to let gherkin-bridge change it`, target);
  }
  if (before?.isFile() && before.nlink > 1) {
    throw new FileError(`Refusing to write ${target}: it has ${before.nlink} hard links, which replacing it would break; copy it to a file of its own first`, target);
  }
  let handle: FileHandle | null = null;
  try {
    await ops.writeFile(temp, text);
    await ops.flush(temp);
    if (before) {
      await chmod(temp, before.mode & 0o7777);
      // Only root may give a file away; anyone else keeps the owner a rename would give it anyway.
      await chown(temp, before.uid, before.gid).catch(() => undefined);
    }
    let size = 0;
    if (expected !== undefined) {
      // Read through a handle kept open: after the rename it still finds bytes appended meanwhile.
      handle = await open(target, 'r').catch(() => null);
      const bytes = await handle?.readFile();
      size = bytes?.length ?? 0;
      if ((bytes?.toString('utf8') ?? null) !== expected) {
        const what = expected === null ? 'a file created by someone else' : 'a change to it';
        throw new ConflictError(`Unexpected ${what} since ${target} was read, expected it unchanged; left alone, run again`, target);
      }
    }
    await ops.rename(temp, target);
    const late = handle ? (await handle.stat()).size - size : 0;
    if (late > 0 && handle) {
      const { buffer } = await handle.read(Buffer.alloc(late), 0, late, size);
      await writeFile(target, buffer, { flag: 'a' });
      throw new ConflictError(`Unexpected change to ${target} while it was written: the ${late} bytes added meanwhile were kept after the new text; check it`, target);
    }
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof ConflictError) throw error;
    throw fileError('write', target, error);
  } finally {
    await handle?.close();
  }
}
