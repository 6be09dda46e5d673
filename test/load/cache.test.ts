import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFeature } from '../../src/features/index-feature.js';
import { defaultCacheDir, userCacheHome } from '../../src/io/cache-folder.js';
import { cacheFor, openCache } from '../../src/load/cache.js';
import { loadDesigns, loadFeatures, type LoadedFeatures } from '../../src/load/load-project.js';
import { featureText, generatedFiles, writeFiles } from '../perf/support/generate-features.js';

const CACHE_DIR = 'node_modules/.cache/gherkin-bridge';
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-cache-'));
  dirs.push(dir);
  return dir;
}

/** A project of generated feature files, written a minute ago (a stamp is trusted once the file has settled). */
function project(count: number): { root: string; files: string[] } {
  const root = tempDir();
  const files = writeFiles(root, generatedFiles(count));
  const past = new Date(Date.now() - 60_000);
  for (const file of files) if (existsSync(path.join(root, file))) utimesSync(path.join(root, file), past, past);
  return { root, files };
}

/** Load with a fresh cache opened on `dir`, and save it, as a command does. */
async function load(root: string, files: string[], dir: string | null = CACHE_DIR): Promise<LoadedFeatures> {
  const cache = dir === null ? null : openCache(path.resolve(root, dir), root);
  const loaded = await loadFeatures(root, files, { cache, detail: 'all' });
  cache?.save();
  return loaded;
}

function cacheFile(root: string, dir = CACHE_DIR): string {
  const name = readdirSync(path.join(root, dir)).find((n) => /^cache-.*\.json$/.test(n));
  expect(name).toBeDefined();
  return path.join(root, dir, name!);
}

describe('loadFeatures with the cache', () => {
  it('gives on a warm run exactly what a cold run gives, and what no cache gives', async () => {
    const { root, files } = project(60);
    const none = await load(root, files, null);
    const cold = await load(root, files);
    const warm = await load(root, files);
    expect(none.features).toHaveLength(60);
    expect(none.diagnostics.map((d) => [d.file, d.kind])).toEqual([['features/latin1.feature', 'io-error']]);
    expect(JSON.stringify(cold)).toBe(JSON.stringify(none));
    expect(JSON.stringify(warm)).toBe(JSON.stringify(none));
  });

  it('takes an unchanged file from the cache without reading it', async () => {
    const { root, files } = project(12);
    await load(root, files);
    const file = cacheFile(root);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Linked feature 0"', '"Planted in the cache"'));
    const warm = await load(root, files);
    expect(warm.features.find((f) => f.path === 'features/group-0/f0000.feature')?.name).toBe('Planted in the cache');
  });

  it('reads again a file that changed, even keeping its size and modification time', async () => {
    const { root, files } = project(30);
    await load(root, files);
    const target = 'features/group-3/f0003.feature';
    const absolute = path.join(root, target);
    const before = statSync(absolute);
    const changed = readFileSync(absolute, 'utf8').replace('Rules 3', 'Rulez 3');
    writeFileSync(absolute, changed);
    utimesSync(absolute, before.atime, before.mtime);
    expect(statSync(absolute).size).toBe(before.size);
    const warm = await load(root, files);
    expect(warm.features.find((f) => f.path === target)).toStrictEqual(indexFeature(changed, target));
  });

  it('does not trust the stamp of a file written just now (it could change again within the same tick)', async () => {
    const { root, files } = project(3);
    writeFileSync(path.join(root, files[0]!), 'Feature: Fresh\n');
    await load(root, files);
    const file = cacheFile(root);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Fresh"', '"Planted"').replace('"Unlinked feature 1"', '"Planted 1"'));
    const warm = await load(root, files);
    expect(warm.features.map((f) => f.name)).toContain('Fresh');
    expect(warm.features.map((f) => f.name)).toContain('Planted 1');
  });

  it('ignores a damaged cache file and replaces it', async () => {
    const { root, files } = project(24);
    const none = await load(root, files, null);
    await load(root, files);
    const file = cacheFile(root);
    const good = readFileSync(file, 'utf8');
    for (const damaged of [good.slice(0, good.length / 2), '\0garbage', '[]', 'null', good.replace(/"scenarios":\[/g, '"scenarios":7,"x":[')]) {
      writeFileSync(file, damaged);
      expect(JSON.stringify(await load(root, files))).toBe(JSON.stringify(none));
      expect(readFileSync(file, 'utf8').length).toBeGreaterThan(1000);
    }
  });

  it('does not give an index that only counts scenarios to a caller asking for all of them', async () => {
    const { root, files } = project(6);
    const cache = openCache(path.join(root, CACHE_DIR), root);
    await loadFeatures(root, files, { cache, detail: 'linked' });
    cache.save();
    const all = await load(root, files);
    expect(JSON.stringify(all)).toBe(JSON.stringify(await load(root, files, null)));
  });

  it('reports progress for every file, ending at the total', async () => {
    const { root, files } = project(20);
    const seen: number[] = [];
    await loadFeatures(root, files, { onProgress: (done, total) => seen.push(total - done) });
    expect(seen).toEqual(Array.from({ length: files.length }, (_, k) => files.length - 1 - k));
  });

  it('reports and reads paths as given, normalized, whatever their spelling', async () => {
    const { root } = project(3);
    const spelled = ['./features/group-0/f0000.feature', 'features//group-1/f0001.feature', 'features/x/../group-2/f0002.feature'];
    const loaded = await loadFeatures(root, spelled);
    expect(loaded.features.map((f) => f.path)).toEqual(['features/group-0/f0000.feature', 'features/group-1/f0001.feature', 'features/group-2/f0002.feature']);
    const absolute = await loadFeatures(root, [path.join(root, 'features/group-0/f0000.feature')]);
    expect(absolute.features[0]?.path).toBe('features/group-0/f0000.feature');
  });
});

describe('loadDesigns with the cache', () => {
  it('gives a cached design while its file is unchanged, and reads it again once it changes', async () => {
    const root = tempDir();
    const file = path.join(root, 'd.md');
    writeFileSync(file, '# Pay\n\n## Requirements\n\n- **R1:** Pay.\n');
    const past = new Date(Date.now() - 60_000);
    utimesSync(file, past, past);
    const run = async (): Promise<string> => {
      const cache = openCache(path.join(root, CACHE_DIR), root);
      const { designs } = await loadDesigns(root, ['d.md'], { cache });
      cache.save();
      return JSON.stringify(designs);
    };
    const cold = await run();
    const stored = cacheFile(root);
    writeFileSync(stored, readFileSync(stored, 'utf8').replace('"Pay"', '"Planted"'));
    expect(await run()).toContain('"Planted"');
    writeFileSync(file, '# Pay\n\n## Requirements\n\n- **R1:** Pay.\n- **R2:** Refund.\n');
    expect(await run()).toContain('R2');
    expect(cold).toContain('R1');
  });
});

describe('the cache folder', () => {
  it('is made, marked and kept out of git status, with one file named for the tool version', async () => {
    const { root, files } = project(5);
    await load(root, files);
    const names = readdirSync(path.join(root, CACHE_DIR)).sort();
    expect(names).toEqual(['.gherkin-bridge-cache', '.gitignore', path.basename(cacheFile(root))]);
    expect(path.basename(cacheFile(root))).toMatch(/^cache-0\.\d+\.\d+[^-]*-[0-9a-f]{12}\.json$/);
    expect(readFileSync(path.join(root, CACHE_DIR, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
  });

  it('is refused, with a note, when it holds files gherkin-bridge did not write (cacheDir ".")', async () => {
    const { root, files } = project(4);
    writeFileSync(path.join(root, 'designs.json'), 'mine');
    const cache = openCache(root, root);
    expect(cache.note).toMatch(/^Ignoring cache folder .*: it holds files gherkin-bridge did not write \(/);
    await loadFeatures(root, files, { cache });
    expect(cache.save()).toBe(false);
    expect(readFileSync(path.join(root, 'designs.json'), 'utf8')).toBe('mine');
    expect(readdirSync(root).filter((name) => name.startsWith('cache-') || name.startsWith('.gherkin'))).toEqual([]);
  });

  it('is refused when a link on its way leads outside the working directory', async () => {
    const { root, files } = project(4);
    const outside = tempDir();
    mkdirSync(path.join(root, 'node_modules'));
    symlinkSync(outside, path.join(root, 'node_modules', '.cache'));
    const cache = openCache(path.join(root, CACHE_DIR), root);
    expect(cache.note).toMatch(/a symbolic link on its way leads outside/);
    await loadFeatures(root, files, { cache });
    cache.save();
    expect(readdirSync(outside)).toEqual([]);
  });

  it('reads a cache file that is a FIFO or a link to /dev/zero as a miss, without hanging', async () => {
    const { root, files } = project(3);
    await load(root, files);
    const file = cacheFile(root);
    rmSync(file);
    symlinkSync('/dev/zero', file);
    expect(JSON.stringify(await load(root, files))).toBe(JSON.stringify(await load(root, files, null)));
    rmSync(file, { force: true });
    const fifo = spawnSync('mkfifo', [file]);
    if (fifo.status !== 0) return;
    const started = Date.now();
    const loaded = await load(root, files);
    expect(loaded.features).toHaveLength(files.length - 1);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('is node_modules/.cache with a package.json, else the user cache folder keyed by the project', () => {
    const root = tempDir();
    const home = tempDir();
    const outside = defaultCacheDir(root, path.join(home, '.cache'));
    expect(outside?.startsWith(path.join(home, '.cache', 'gherkin-bridge', `${path.basename(root)}-`))).toBe(true);
    expect(defaultCacheDir(tempDir(), home)).not.toBe(outside);
    expect(defaultCacheDir(root, null)).toBeNull();
    expect(cacheFor(root, { cache: true, cacheDir: null })).toBeNull();
    expect(userCacheHome({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' })).toBe('/x/cache');
    expect(userCacheHome({ XDG_CACHE_HOME: 'relative', HOME: '/home/u' })).toBe(path.join('/home/u', '.cache'));
    expect(userCacheHome({})).toBeNull();
    writeFileSync(path.join(root, 'package.json'), '{}');
    expect(defaultCacheDir(root, home)).toBe(path.join(root, CACHE_DIR));
    expect(cacheFor(root, { cache: false, cacheDir: null })).toBeNull();
  });
});

it('featureText is what the generated project holds (the helper this file relies on)', () => {
  expect(featureText(0)).toContain('Linked feature 0');
});

it('takes over the unmarked folder of an earlier version, leaving its files as they are', async () => {
  const { root, files } = project(3);
  const dir = path.join(root, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'feature-index.json'), 'old');
  writeFileSync(path.join(dir, '.gitignore'), '*\n');
  const cache = openCache(dir, root);
  expect(cache.note).toBeNull();
  await loadFeatures(root, files, { cache });
  expect(cache.save()).toBe(true);
  expect(readFileSync(path.join(dir, 'feature-index.json'), 'utf8')).toBe('old');
  expect(existsSync(path.join(dir, '.gherkin-bridge-cache'))).toBe(true);
});
