import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFeature } from '../../src/features/index-feature.js';
import { CACHE_FILE, cacheVersion, contentHash, fromStored, openIndexCache, toStored } from '../../src/io/index-cache.js';
import { featureText } from './support/generate-features.js';
import { editCacheFile } from '../support/cache-file.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-cache-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('stored indexes', () => {
  it('re-attach to any path exactly as indexing at that path would', () => {
    for (let n = 0; n < 12; n++) {
      const text = featureText(n);
      const stored = toStored(indexFeature(text, 'a/first.feature'));
      expect(stored, `shape ${n}`).not.toBeNull();
      expect(JSON.stringify(stored)).not.toContain('first.feature');
      const moved = fromStored(stored!, 'b/second.feature');
      const direct = indexFeature(text, 'b/second.feature');
      expect(JSON.stringify(moved), `shape ${n}`).toBe(JSON.stringify(direct));
    }
  });

  it('keep parse errors, with their file re-attached', () => {
    const stored = toStored(indexFeature(featureText(4), 'x.feature'));
    const moved = fromStored(stored!, 'y.feature');
    expect(moved.diagnostics.length).toBeGreaterThan(0);
    expect(moved.diagnostics.every((d) => d.file === 'y.feature' && d.kind === 'parse-error')).toBe(true);
  });

  it('are not stored when a message names the path (it could not be reused elsewhere)', () => {
    const index = indexFeature('Feature: x\n', 'p.feature');
    index.diagnostics.push({ kind: 'parse-error', severity: 'error', message: 'in p.feature', file: 'p.feature', line: 1 });
    expect(toStored(index)).toBeNull();
  });
});

describe('the cache file', () => {
  it('round-trips through disk and names its version', async () => {
    const dir = tempDir();
    const cache = await openIndexCache(dir, 'v1');
    expect(cache.loaded).toBe(0);
    const text = featureText(0);
    cache.set(contentHash(text), indexFeature(text, 'one.feature'));
    expect(await cache.save()).toBe(true);
    const again = await openIndexCache(dir, 'v1');
    expect(again.loaded).toBe(1);
    expect(again.get(contentHash(text), 'two.feature', 'all')).toStrictEqual(indexFeature(text, 'two.feature'));
    expect(again.get(contentHash('other text'), 'three.feature', 'all')).toBeUndefined();
    const data = JSON.parse(readFileSync(path.join(dir, CACHE_FILE), 'utf8')) as { version: string };
    expect(data.version).toBe('v1');
  });

  it('gives an index listing only linked scenarios to a caller asking for that detail only', async () => {
    const dir = tempDir();
    const unlinked = featureText(1);
    const linked = `@design:d\n${featureText(4)}`;
    const cache = openIndexCache(dir, 'v1');
    cache.set(contentHash(unlinked), indexFeature(unlinked, 'u.feature', 'linked'));
    cache.set(contentHash(linked), indexFeature(linked, 'l.feature', 'all'));
    await cache.save();
    const again = openIndexCache(dir, 'v1');
    // The counted-only entry is not enough for a caller that needs every scenario listed...
    expect(again.get(contentHash(unlinked), 'u.feature', 'all')).toBeUndefined();
    expect(again.get(contentHash(unlinked), 'u.feature', 'linked')).toStrictEqual(indexFeature(unlinked, 'u.feature', 'linked'));
    expect(again.get(contentHash(unlinked), 'u.feature', 'linked')?.unlinkedScenarios).toBeGreaterThan(0);
    // ...while a complete entry serves both.
    expect(again.get(contentHash(linked), 'l.feature', 'linked')).toStrictEqual(indexFeature(linked, 'l.feature', 'all'));
  });

  it('written by another tool version is ignored', async () => {
    const dir = tempDir();
    const text = featureText(2);
    const old = await openIndexCache(dir, '0.0.1+aaaa');
    old.set(contentHash(text), indexFeature(text, 'f.feature'));
    await old.save();
    const current = await openIndexCache(dir, '0.0.2+bbbb');
    expect(current.loaded).toBe(0);
    expect(current.get(contentHash(text), 'f.feature', 'all')).toBeUndefined();
  });

  it('has a default version made of the tool version and an indexer fingerprint', () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(cacheVersion()).toMatch(new RegExp(`^${pkg.version.replace(/\./g, '\\.')}\\+[0-9a-f]{16}$`));
  });

  it('is not written when the run added nothing', async () => {
    const dir = tempDir();
    const cache = await openIndexCache(dir, 'v1');
    expect(await cache.save()).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('drops an entry of the wrong shape, and keeps the others', async () => {
    const dir = tempDir();
    const good = featureText(1);
    const cache = await openIndexCache(dir, 'v1');
    cache.set(contentHash(good), indexFeature(good, 'g.feature'));
    await cache.save();
    const file = path.join(dir, CACHE_FILE);
    editCacheFile(file, ({ entries }) => {
      entries?.set('bad', { name: 'x', line: 1, designTags: [], scenarios: [{ name: 3 }], diagnostics: [] });
    });
    const again = await openIndexCache(dir, 'v1');
    expect(again.loaded).toBe(2);
    expect(again.get('bad', 'b.feature', 'all')).toBeUndefined();
    expect(again.get(contentHash(good), 'g.feature', 'all')?.name).toBe('Unlinked feature 1');
  });

  it('stays whole under concurrent writers: every reader sees one complete file', async () => {
    const dir = tempDir();
    const writers = await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        const cache = await openIndexCache(dir, 'v1');
        for (let n = 0; n < 50; n++) {
          const text = `${featureText(n)}\n# writer ${w}, file ${n}\n`;
          cache.set(contentHash(text), indexFeature(text, `w${w}/f${n}.feature`));
        }
        return cache;
      }),
    );
    // Read the cache over and over while the writers save, each in its own turn of the event loop.
    const reads: number[] = [];
    let saving = true;
    const reader = (async () => {
      while (saving) {
        reads.push(openIndexCache(dir, 'v1').loaded);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    // Saves are synchronous: one per turn, so the reader runs between them.
    const saved: boolean[] = [];
    for (const cache of writers) {
      saved.push(await cache.save());
      await new Promise((resolve) => setImmediate(resolve));
    }
    saving = false;
    await reader;
    expect(saved.every(Boolean)).toBe(true);
    expect(reads.length).toBeGreaterThan(1);
    // A reader sees no file yet (0) or one writer's whole file (50 entries), never part of one.
    for (const loaded of reads) expect([0, 50]).toContain(loaded);
    expect(openIndexCache(dir, 'v1').loaded).toBe(50);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the cache file text', () => {
  it('is UTF-8, and non-ASCII names come back unchanged', async () => {
    const dir = tempDir();
    const text = 'Feature: Fonctionnalité ✓ 日本語 😀\n  Scenario: Éléphant\n    Given a step\n';
    const cache = openIndexCache(dir, 'v1');
    cache.set(contentHash(text), indexFeature(text, 'u.feature'));
    await cache.save();
    expect(readFileSync(path.join(dir, CACHE_FILE), 'utf8')).toContain('Fonctionnalité ✓ 日本語 😀');
    expect(openIndexCache(dir, 'v1').get(contentHash(text), 'u.feature', 'all')).toStrictEqual(indexFeature(text, 'u.feature'));
  });

  it('escaped to ASCII (as JSON may be) reads the same', async () => {
    const dir = tempDir();
    const text = 'Feature: Größe\n';
    const cache = openIndexCache(dir, 'v1');
    cache.set(contentHash(text), indexFeature(text, 'g.feature'));
    await cache.save();
    const file = path.join(dir, CACHE_FILE);
    const escaped = readFileSync(file, 'utf8').replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    writeFileSync(file, escaped);
    expect(readFileSync(file).every((byte) => byte < 0x80)).toBe(true);
    expect(openIndexCache(dir, 'v1').get(contentHash(text), 'g.feature', 'all')?.name).toBe('Größe');
  });

  it('keeps the first of two entries with the same key, and skips keys that are not strings', () => {
    const dir = tempDir();
    const text = 'Feature: First\n';
    const cache = openIndexCache(dir, 'v1');
    cache.set(contentHash(text), indexFeature(text, 'f.feature'));
    cache.save();
    const file = path.join(dir, CACHE_FILE);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: unknown[] };
    data.entries.push(contentHash(text), { name: 'Second', line: 1 }, 7, { name: 'Not a key', line: 1 }, 'odd');
    writeFileSync(file, JSON.stringify(data));
    const again = openIndexCache(dir, 'v1');
    expect(again.loaded).toBe(1);
    expect(again.get(contentHash(text), 'f.feature', 'all')?.name).toBe('First');
  });
});
