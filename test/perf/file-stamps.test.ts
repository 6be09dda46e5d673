import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeatures } from '../../src/api/load-project.js';
import { isSettled, sameStamp, stampOf } from '../../src/io/file-stamp.js';
import { CACHE_FILE, contentHash, STAMPS_FILE } from '../../src/io/index-cache.js';
import { indexFeature } from '../../src/features/index-feature.js';
import { featureText, generatedFiles, writeFiles } from './support/generate-features.js';

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

function readJson(name: string): { entries: Record<string, unknown> } {
  return JSON.parse(readFileSync(path.join(root, CACHE_DIR, name), 'utf8')) as { entries: Record<string, unknown> };
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

  it('are recorded, with the hash of the bytes, for every settled readable file', () => {
    const stamps = readJson(STAMPS_FILE).entries;
    const readable = files.filter((file) => !file.includes('latin1'));
    expect(Object.keys(stamps).sort()).toEqual(readable.map((file) => path.join(root, file)).sort());
    const first = stamps[path.join(root, 'features/group-0/f0000.feature')] as unknown[];
    expect(first[4]).toBe(contentHash(featureText(0)));
  });

  it('let a warm run find unchanged files in the cache without reading them', async () => {
    // Plant a different index under the hash recorded for one file: only a lookup by stamp can return it.
    const target = 'features/group-1/f0001.feature';
    const cacheFile = path.join(root, CACHE_DIR, CACHE_FILE);
    const saved = readFileSync(cacheFile, 'utf8');
    const data = JSON.parse(saved) as { entries: Record<string, { name: string }> };
    (data.entries[contentHash(featureText(1))] as { name: string }).name = 'Found by its stamp';
    writeFileSync(cacheFile, JSON.stringify(data));
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
