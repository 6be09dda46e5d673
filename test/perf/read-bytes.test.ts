import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBytesAndStamp } from '../../src/io/read-bytes.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-read-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBytesAndStamp', () => {
  for (const size of [0, 1, 4095, 4096, 8193, 65_535, 65_536, 300_000, 5_000_000]) {
    it(`read every byte of a ${size}-byte file`, () => {
      const file = path.join(dir, `f${size}`);
      writeFileSync(file, randomBytes(size));
      const expected = readFileSync(file);
      const stamped = readBytesAndStamp(file);
      expect(stamped?.bytes.equals(expected)).toBe(true);
      const stats = statSync(file);
      expect(stamped?.stamp).toEqual([stats.size, stats.mtimeMs, stats.ctimeMs]);
    });
  }

  it('read each file whole when one buffer serves them all, small after large and large after small', () => {
    const sizes = [10, 200_000, 7, 70_000, 6_000_000, 3, 100];
    const files = sizes.map((size, k) => {
      const file = path.join(dir, `seq${k}`);
      writeFileSync(file, randomBytes(size));
      return file;
    });
    for (const file of [...files, ...files.reverse()]) {
      const bytes = readBytesAndStamp(file)?.bytes;
      expect(bytes?.length).toBe(statSync(file).size);
      expect(bytes?.equals(readFileSync(file))).toBe(true);
    }
  });

  it('give null for a folder and for a missing file', () => {
    mkdirSync(path.join(dir, 'folder.feature'));
    expect(readBytesAndStamp(path.join(dir, 'folder.feature'))).toBeNull();
    expect(readBytesAndStamp(path.join(dir, 'missing.feature'))).toBeNull();
  });
});
