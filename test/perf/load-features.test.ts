import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeatures, type LoadedFeatures } from '../../src/api/load-project.js';
import { chooseWorkers, FILES_PER_THREAD } from '../../src/api/parallel-index.js';
import { CACHE_FILE, contentHash } from '../../src/io/index-cache.js';
import { editCacheFile, readCacheFile, sectionOf } from '../support/cache-file.js';
import { buildWorker } from './support/build-worker.js';
import { featureText, generatedFiles, writeFiles } from './support/generate-features.js';

const CACHE_DIR = 'node_modules/.cache/gherkin-bridge';
const dirs: string[] = [];

function project(count: number): { root: string; files: string[] } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-perf-'));
  dirs.push(root);
  return { root, files: writeFiles(root, generatedFiles(count)) };
}

/** The result as text, so that key order counts too (reports print it). */
function serialized(loaded: LoadedFeatures): string {
  return JSON.stringify(loaded);
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('loadFeatures with the index cache', () => {
  it('gives on a warm run exactly what a cold run gives, and what no cache gives', async () => {
    const { root, files } = project(60);
    const none = await loadFeatures(root, files, { threads: 0 });
    const cold = await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
    expect(existsSync(path.join(root, CACHE_DIR, CACHE_FILE))).toBe(true);
    const warm = await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
    expect(none.features).toHaveLength(60);
    expect(none.diagnostics.map((d) => [d.file, d.kind])).toEqual([['features/latin1.feature', 'io-error']]);
    expect(none.features.some((f) => f.diagnostics.length > 0)).toBe(true);
    expect(serialized(cold)).toBe(serialized(none));
    expect(serialized(warm)).toBe(serialized(none));
    expect(warm).toStrictEqual(none);
  });

  it('reads a file whose text is cached from the cache, not by parsing it again', async () => {
    const { root, files } = project(12);
    await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
    const cacheFile = path.join(root, CACHE_DIR, CACHE_FILE);
    const hash = contentHash(featureText(0));
    expect((sectionOf(readCacheFile(cacheFile)).get(hash) as { name: string }).name).toBe('Linked feature 0');
    editCacheFile(cacheFile, ({ entries }) => {
      (entries?.get(hash) as { name: string }).name = 'Planted in the cache';
    });
    const warm = await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
    expect(warm.features.find((f) => f.path === 'features/group-0/f0000.feature')?.name).toBe('Planted in the cache');
  });

  it('re-indexes only files whose text changed, and then equals a cold run', async () => {
    const { root, files } = project(30);
    await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
    writeFileSync(path.join(root, 'features/group-1/f0001.feature'), 'Feature: Changed\n  Scenario: New\n    Given x\n');
    const warm = await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
    const none = await loadFeatures(root, files, { threads: 0 });
    expect(warm.features.find((f) => f.path === 'features/group-1/f0001.feature')?.name).toBe('Changed');
    expect(serialized(warm)).toBe(serialized(none));
  });

  it('ignores a corrupted cache file and rebuilds it', async () => {
    const { root, files } = project(24);
    const none = await loadFeatures(root, files, { threads: 0 });
    const cacheFile = path.join(root, CACHE_DIR, CACHE_FILE);
    await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
    const good = readFileSync(cacheFile, 'utf8');
    for (const damaged of [good.slice(0, good.length / 2), '\0\0\0garbage', '[]', 'null', good.replace(/"scenarios":\[/g, '"scenarios":7,"x":[')]) {
      writeFileSync(cacheFile, damaged);
      const loaded = await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
      expect(serialized(loaded)).toBe(serialized(none));
      expect(sectionOf(readCacheFile(cacheFile)).size).toBeGreaterThan(10);
    }
  });

  it('writes no cache when none is asked for (--no-cache)', async () => {
    const { root, files } = project(10);
    await loadFeatures(root, files, { cacheDir: null, threads: 0 });
    await loadFeatures(root, files, { threads: 0 });
    expect(existsSync(path.join(root, 'node_modules'))).toBe(false);
  });

  it('keeps the cache folder out of git status with a .gitignore of *', async () => {
    const { root, files } = project(5);
    await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 0 });
    expect(readFileSync(path.join(root, CACHE_DIR, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(readdirSync(path.join(root, CACHE_DIR)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reports progress for every file, ending at the total', async () => {
    const { root, files } = project(20);
    const seen: [number, number][] = [];
    await loadFeatures(root, files, { threads: 0, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toHaveLength(21);
    expect(seen.at(-1)).toEqual([21, 21]);
    expect(seen.map(([done]) => done)).toEqual(Array.from({ length: 21 }, (_, k) => k + 1));
  });
});

describe('loadFeatures on worker threads', () => {
  let workerUrl: URL;
  let removeWorker = (): void => {};
  beforeAll(() => {
    ({ url: workerUrl, remove: removeWorker } = buildWorker());
  }, 180_000);
  afterAll(() => removeWorker());

  it('gives the same result, in the same order, as the single-thread path on a few hundred files', async () => {
    const { root, files } = project(420);
    const single = await loadFeatures(root, files, { threads: 0 });
    const workersOnly = await loadFeatures(root, files, { threads: 2, workerUrl, mainThreadHelps: false });
    const withMain = await loadFeatures(root, files, { threads: 1, workerUrl });
    const three = await loadFeatures(root, files, { threads: 3, workerUrl });
    expect(single.features.length).toBe(420);
    expect(serialized(workersOnly)).toBe(serialized(single));
    expect(serialized(withMain)).toBe(serialized(single));
    expect(serialized(three)).toBe(serialized(single));
  });

  it('fills the cache from the workers, and a warm run equals the cold one', async () => {
    const { root, files } = project(300);
    const single = await loadFeatures(root, files, { threads: 0 });
    const cold = await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 2, workerUrl });
    const entries = sectionOf(readCacheFile(path.join(root, CACHE_DIR, CACHE_FILE)));
    // One entry per distinct text (some shapes repeat the same text at other paths).
    const distinct = new Set(Array.from({ length: 300 }, (_, n) => featureText(n))).size;
    expect(distinct).toBeLessThan(300);
    expect(entries.size).toBe(distinct);
    const warm = await loadFeatures(root, files, { cacheDir: CACHE_DIR, threads: 2, workerUrl });
    expect(serialized(cold)).toBe(serialized(single));
    expect(serialized(warm)).toBe(serialized(single));
  });

  it('rejects when a worker cannot start, even if the main thread did all the work', async () => {
    const { root, files } = project(5);
    const missing = new URL('file:///nonexistent/gherkin-bridge-worker.js');
    await expect(loadFeatures(root, files, { threads: 1, workerUrl: missing, mainThreadHelps: false })).rejects.toThrow();
    await expect(loadFeatures(root, files, { threads: 1, workerUrl: missing })).rejects.toThrow();
  });
});

describe('loadFeatures paths', () => {
  it('reports and reads paths as given, normalized, whatever their spelling', async () => {
    const { root } = project(3);
    const spelled = ['./features/group-0/f0000.feature', 'features//group-1/f0001.feature', 'features/x/../group-2/f0002.feature'];
    const loaded = await loadFeatures(root, spelled, { threads: 0 });
    expect(loaded.features.map((f) => f.path)).toEqual([
      'features/group-0/f0000.feature',
      'features/group-1/f0001.feature',
      'features/group-2/f0002.feature',
    ]);
    const absolute = await loadFeatures(root, [path.join(root, 'features/group-0/f0000.feature')], { threads: 0 });
    expect(absolute.features[0]?.path).toBe('features/group-0/f0000.feature');
  });
});

describe('the number of worker threads', () => {
  it('is none for fewer files than two threads can share, and never a core more than there are', () => {
    const url = new URL('file:///worker.js');
    const cores = os.availableParallelism();
    expect(chooseWorkers(0, 'auto', url)).toBe(0);
    expect(chooseWorkers(2 * FILES_PER_THREAD - 1, 'auto', url)).toBe(0);
    expect(chooseWorkers(2 * FILES_PER_THREAD, 'auto', url)).toBe(cores >= 2 ? 1 : 0);
    expect(chooseWorkers(1_000_000, 'auto', url)).toBe(cores - 1);
    expect(chooseWorkers(50, 3, url)).toBe(3);
    expect(chooseWorkers(2, 3, url)).toBe(2);
  });
});
