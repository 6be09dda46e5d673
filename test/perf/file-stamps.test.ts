import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeatures } from '../../src/api/load-project.js';
import { isSettled, sameStamp, stampOf } from '../../src/io/file-stamp.js';
import { CACHE_FILE, contentHash } from '../../src/io/index-cache.js';
import { indexFeature } from '../../src/features/index-feature.js';
import { featureText, generatedFiles, writeFiles } from './support/generate-features.js';
import { editCacheFile, readCacheFile } from '../support/cache-file.js';

const CACHE_DIR = 'node_modules/.cache/gherkin-bridge';
const root = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-stamps-'));
let files: string[] = [];

beforeAll(async () => {
  files = writeFiles(root, generatedFiles(24));
  // Stamps are trusted only for files left alone for a while (the racy-write guard).
  await sleep(2200);
  await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
}, 30_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The stamps as the cache file holds them: columns of paths, hashes and four numbers per path. */
interface StampColumns {
  paths: string[];
  hashes: string[];
  numbers: number[];
}

function readCache(): { root: unknown; stamps: StampColumns } {
  const data = readCacheFile(path.join(root, CACHE_DIR, CACHE_FILE));
  return { root: data.root, stamps: data.stamps as StampColumns };
}

describe('file stamps', () => {
  it('are the same for an untouched file, and settled once it is old enough', () => {
    const file = path.join(root, files[0] as string);
    const stamp = stampOf(file);
    expect(stamp).not.toBeNull();
    expect(sameStamp(stampOf(file)!, stamp!)).toBe(true);
    expect(isSettled(stamp!, Date.now())).toBe(true);
    expect(isSettled(stamp!, Math.max(stamp![1], stamp![2]) + 500)).toBe(false);
    expect(stampOf(path.join(root, 'features'))).toBeNull();
    expect(stampOf(path.join(root, 'missing.feature'))).toBeNull();
  });

  it('are recorded, with the hash of the bytes, for every settled readable file, by path in the project', () => {
    const cache = readCache();
    expect(cache.root).toBe(path.resolve(root));
    const readable = files.filter((file) => !file.includes('latin1'));
    const { paths, hashes, numbers } = cache.stamps;
    expect([...paths].sort()).toEqual([...readable].sort());
    const first = paths.indexOf('features/group-0/f0000.feature');
    expect(hashes[first]).toBe(contentHash(featureText(0)));
    const stamp = stampOf(path.join(root, 'features/group-0/f0000.feature'));
    expect(numbers.slice(4 * first, 4 * first + 4)).toEqual(stamp);
  });

  it('are not used when the project has moved: files are read again and found by their hash', async () => {
    const target = 'features/group-1/f0001.feature';
    const cacheFile = path.join(root, CACHE_DIR, CACHE_FILE);
    const saved = readFileSync(cacheFile, 'utf8');
    const runWith = async (recordedRoot: string) => {
      writeFileSync(cacheFile, saved);
      editCacheFile(cacheFile, (_sections, data) => {
        // Point the target's stamp at another file's index: trusting the stamp would give that index.
        const stamps = data.stamps as StampColumns;
        stamps.hashes[stamps.paths.indexOf(target)] = contentHash(featureText(2));
        data.root = recordedRoot;
      });
      const warm = await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
      return warm.features.find((f) => f.path === target);
    };
    try {
      const direct = indexFeature(readFileSync(path.join(root, target), 'utf8'), target);
      expect(await runWith(path.resolve(root))).not.toStrictEqual(direct);
      expect(await runWith('/elsewhere')).toStrictEqual(direct);
      expect(readCache().root).toBe(path.resolve(root));
    } finally {
      writeFileSync(cacheFile, saved);
    }
  });

  it('are all ignored when their columns do not line up, and the run gives the same result', async () => {
    const cacheFile = path.join(root, CACHE_DIR, CACHE_FILE);
    const saved = readFileSync(cacheFile, 'utf8');
    const expected = await loadFeatures(root, files, { threads: 0 });
    try {
      for (const damage of [
        (stamps: StampColumns) => stamps.numbers.pop(),
        (stamps: StampColumns) => stamps.hashes.push('extra'),
        (stamps: StampColumns) => (stamps.numbers[0] = 'seven' as unknown as number),
      ]) {
        writeFileSync(cacheFile, saved);
        editCacheFile(cacheFile, (_sections, data) => {
          const stamps = data.stamps as StampColumns;
          // Every file's hash points at another file's index: were any stamp trusted, an index would be wrong.
          stamps.hashes = stamps.hashes.map(() => contentHash(featureText(2)));
          damage(stamps);
        });
        const warm = await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
        expect(warm).toStrictEqual(expected);
      }
    } finally {
      writeFileSync(cacheFile, saved);
    }
  });

  it('let a warm run find unchanged files in the cache without reading them', async () => {
    // Plant a different index under the hash recorded for one file: only a lookup by stamp can return it.
    const target = 'features/group-1/f0001.feature';
    const cacheFile = path.join(root, CACHE_DIR, CACHE_FILE);
    const saved = readFileSync(cacheFile, 'utf8');
    editCacheFile(cacheFile, ({ entries }) => {
      (entries?.get(contentHash(featureText(1))) as { name: string }).name = 'Found by its stamp';
    });
    try {
      const warm = await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
      expect(warm.features.find((f) => f.path === target)?.name).toBe('Found by its stamp');
    } finally {
      writeFileSync(cacheFile, saved);
    }
  });

  it('do not hide a change that kept the size and the modification time', async () => {
    const target = 'features/group-3/f0003.feature';
    const absolute = path.join(root, target);
    const before = statSync(absolute);
    const original = readFileSync(absolute, 'utf8');
    const changed = original.replace('Rules 3', 'Rulez 3');
    expect(changed).not.toBe(original);
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(original));
    writeFileSync(absolute, changed);
    utimesSync(absolute, before.atime, before.mtime);
    const warm = await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
    expect(warm.features.find((f) => f.path === target)).toStrictEqual(indexFeature(changed, target));
    expect(warm.features.find((f) => f.path === target)?.name).toBe('Rulez 3');
  });
});
