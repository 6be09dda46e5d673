import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FileError } from '../../src/io/file-error.js';
import { FS_WRITE_OPS, writeAtomic, type WriteOps } from '../../src/io/write-atomic.js';
import { assertAsyncProperty, propertyParameters, propertyTimeout } from './support/property.js';

const TEST_FILE = 'test/hostile/atomic-write.test.ts';
const parameters = propertyParameters<[string | null, string, number | null, boolean]>(200, 0.5);
const root = mkdtempSync(path.join(tmpdir(), 'gherkin-bridge-hostile-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

function folderWith(files: Record<string, string>): string {
  const dir = path.join(root, `d${folders++}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** Real operations, except that the write stops after `bytes` bytes with `code`, as a full disk does. */
function failingWrite(bytes: number, code: string): WriteOps {
  return {
    writeFile: async (file, data) => {
      await writeFile(file, Buffer.from(data, 'utf8').subarray(0, bytes), { flag: 'wx' });
      throw systemError(code);
    },
    flush: FS_WRITE_OPS.flush,
    rename,
  };
}

/** Real operations, except that the final rename fails. */
function failingRename(code: string): WriteOps {
  return {
    writeFile: (file, data) => writeFile(file, data, { flag: 'wx' }),
    flush: FS_WRITE_OPS.flush,
    rename: async () => {
      throw systemError(code);
    },
  };
}

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to fail');
}

describe('writeAtomic: the old file or the new one, never a mix', () => {
  it('keeps the old file intact when the write fails half way, leaves no temporary file, and names the target', async () => {
    const dir = folderWith({ 'a.feature': 'old text\n'.repeat(100) });
    const target = path.join(dir, 'a.feature');
    const error = await thrown(writeAtomic(target, 'new text\n'.repeat(200), failingWrite(450, 'ENOSPC')));
    expect(error).toBeInstanceOf(FileError);
    expect(error).toMatchObject({ file: target, code: 'ENOSPC', message: `Cannot write ${target}: no space left on the device` });
    expect(readFileSync(target, 'utf8')).toBe('old text\n'.repeat(100));
    expect(readdirSync(dir)).toEqual(['a.feature']);
  });

  it('keeps the old file intact when the rename fails', async () => {
    const dir = folderWith({ 'a.feature': 'old\n' });
    const target = path.join(dir, 'a.feature');
    const error = await thrown(writeAtomic(target, 'new\n', failingRename('EACCES')));
    expect(error).toMatchObject({ name: 'FileError', message: `Cannot write ${target}: permission denied` });
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['a.feature']);
  });

  it('creates nothing when a new file fails half way', async () => {
    const dir = folderWith({});
    const error = await thrown(writeAtomic(path.join(dir, 'new.feature'), 'x'.repeat(1000), failingWrite(10, 'EIO')));
    expect(error).toBeInstanceOf(FileError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces the file and keeps its permission bits when nothing fails', async () => {
    const dir = folderWith({ 'a.feature': 'old\n' });
    const target = path.join(dir, 'a.feature');
    chmodSync(target, 0o640);
    await writeAtomic(target, 'new\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.feature']);
  });

  it('refuses a directory in the way of the target, leaving it as it was', async () => {
    const dir = folderWith({});
    mkdirSync(path.join(dir, 'a.feature'));
    writeFileSync(path.join(dir, 'a.feature/keep.txt'), 'keep');
    const error = await thrown(writeAtomic(path.join(dir, 'a.feature'), 'new\n'));
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).message).toMatch(/^Cannot write .*a\.feature: /);
    expect(readFileSync(path.join(dir, 'a.feature/keep.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(dir)).toEqual(['a.feature']);
  });

  it('a file in the way of the folder is a FileError naming the target', async () => {
    const dir = folderWith({ blocker: 'a file, not a folder' });
    const target = path.join(dir, 'blocker/a.feature');
    const error = await thrown(writeAtomic(target, 'new\n'));
    expect(error).toMatchObject({ name: 'FileError', file: target });
    expect(readFileSync(path.join(dir, 'blocker'), 'utf8')).toBe('a file, not a folder');
  });

  it('flushes the whole temporary file to the disk before the rename, and renames nothing when the flush fails', async () => {
    const dir = folderWith({ 'a.feature': 'old\n' });
    const target = path.join(dir, 'a.feature');
    const calls: string[] = [];
    const recording = (flushFails: boolean): WriteOps => ({
      writeFile: async (file, data) => {
        calls.push('write');
        await writeFile(file, data, { flag: 'wx' });
      },
      flush: async (file) => {
        calls.push(`flush ${await readFile(file, 'utf8')}`);
        if (flushFails) throw systemError('EIO');
      },
      rename: async (from, to) => {
        calls.push('rename');
        await rename(from, to);
      },
    });
    await writeAtomic(target, 'new\n', recording(false));
    expect(calls).toEqual(['write', 'flush new\n', 'rename']);
    calls.length = 0;
    const error = await thrown(writeAtomic(target, 'newer\n', recording(true)));
    expect(error).toMatchObject({ name: 'FileError', file: target, code: 'EIO' });
    expect(calls).toEqual(['write', 'flush newer\n']);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['a.feature']);
  });

  it('whatever the texts and wherever the failure, the target holds the old text or the whole new one (property)', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\n', '\r\n', '|', '\u0000'), maxLength: 300 });
    await assertAsyncProperty(
      fc.asyncProperty(fc.option(text, { nil: null }), text, fc.option(fc.nat({ max: 1200 }), { nil: null }), fc.boolean(), async (old, next, cut, renameFails) => {
        const dir = folderWith(old === null ? {} : { 't.feature': old });
        const target = path.join(dir, 't.feature');
        const ops = renameFails ? failingRename('EXDEV') : cut === null ? undefined : failingWrite(cut, 'ENOSPC');
        const failed = await writeAtomic(target, next, ops).then(
          () => false,
          (error: unknown) => {
            expect(error).toBeInstanceOf(FileError);
            return true;
          },
        );
        const names = readdirSync(dir);
        if (failed && old === null) expect(names).toEqual([]);
        else expect(readFileSync(target, 'utf8')).toBe(failed ? old : next);
        if (names.length > 0) expect(names).toEqual(['t.feature']);
      }),
      parameters,
      TEST_FILE,
    );
  }, propertyTimeout(parameters.numRuns, 50));
});
