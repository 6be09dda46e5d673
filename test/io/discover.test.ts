import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/io/discover.js';
import { compileDiscover, discoverInChild } from './support/compiled-discover.js';
import { specifiedDiscover } from './support/discover-oracle.js';
import { referenceDiscover } from './support/reference-discover.js';
import { canMakeFifo, makeTree, type TreeEntry } from './support/tree.js';

const file = (p: string): TreeEntry => ({ path: p, kind: 'file' });
const folder = (p: string): TreeEntry => ({ path: p, kind: 'folder' });
const link = (p: string, target: string): TreeEntry => ({ path: p, kind: 'link', target });

/** A tree made before the cases of a `describe` and removed after them. */
function useTree(entries: readonly TreeEntry[]): () => string {
  let tree: ReturnType<typeof makeTree> | null = null;
  beforeAll(() => {
    tree = makeTree(entries);
  });
  afterAll(() => tree?.remove());
  return () => tree!.root;
}

describe('patterns leading out of the working directory', () => {
  const root = useTree([
    file('a/x.feature'),
    file('node_modules/m.feature'),
    file('../shared/s.feature'),
    file('../shared/sub/t.feature'),
    file('../shared/.hidden/h.feature'),
    file('../shared/notes.md'),
  ]);

  it.each([
    [['../shared/**/*.feature'], ['../shared/s.feature', '../shared/sub/t.feature']],
    [['../shared/*.feature', '**/*.feature', '!**/node_modules/**'], ['../shared/s.feature', 'a/x.feature']],
    [['../*/s.feature'], ['../shared/s.feature']],
    [['../root/a/*.feature'], ['a/x.feature']],
    [['../shared/s.feature'], ['../shared/s.feature']],
    [['../shared'], ['../shared']],
    [['../shared/**', '!../shared/sub/**'], ['../shared/notes.md', '../shared/s.feature']],
  ])('%j gives %j, as before', async (patterns, expected) => {
    expect(await discover(root(), patterns)).toEqual(expected);
    expect(await referenceDiscover(root(), patterns)).toEqual(expected);
  });
});

describe('a literal path that is not a regular file', () => {
  const entries = [
    file('features/x.feature'),
    folder('features/folder.feature'),
    link('features/link.feature', 'x.feature'),
    link('features/loop.feature', 'loop.feature'),
    file('.git/config.feature'),
  ];
  const root = useTree(canMakeFifo ? [...entries, { path: 'features/pipe.feature', kind: 'fifo' }] : entries);
  const named = ['features/folder.feature', 'features/link.feature', 'features/loop.feature', ...(canMakeFifo ? ['features/pipe.feature'] : [])];

  it('is returned when named, and only then', async () => {
    expect(await discover(root(), ['features/*.feature'])).toEqual(['features/x.feature']);
    const patterns = [...named, 'features/x.feature', 'features/missing.feature'];
    expect(await discover(root(), patterns)).toEqual([...named, 'features/x.feature'].sort());
    expect(await discover(root(), patterns)).toEqual(await referenceDiscover(root(), patterns));
  });

  it('is not returned when the same path is excluded, or lies in .git', async () => {
    expect(await discover(root(), ['features/folder.feature', '!features/folder.feature'])).toEqual([]);
    expect(await discover(root(), ['.git/config.feature', '.git'])).toEqual([]);
  });
});

describe('the result', () => {
  const root = useTree([file('B.feature'), file('a.feature'), file('é.feature'), file('a/z.feature'), file('a-b.feature')]);

  it('is sorted by code unit and holds each path once, however many patterns find it', async () => {
    const found = await discover(root(), ['**/*.feature', '*.feature', 'a.feature', 'a/*', '{a,B}.feature']);
    expect(found).toEqual(['B.feature', 'a-b.feature', 'a.feature', 'a/z.feature', 'é.feature']);
  });

  it('is empty without an include pattern, or when the working directory is missing', async () => {
    expect(await discover(root(), [])).toEqual([]);
    expect(await discover(root(), ['!**/*.feature'])).toEqual([]);
    expect(await discover(path.join(root(), 'missing'), ['**/*.feature'])).toEqual([]);
  });
});

describe('symbolic links', () => {
  const root = useTree([
    file('features/own.feature'),
    link('features/shared', '../shared'),
    file('shared/s.feature'),
    link('loop', '.'),
    link('l1', 'l2'),
    link('l2', 'l1'),
    link('up', '..'),
    file('f.feature'),
    file('a/g.feature'),
  ]);

  it('in the folders a pattern spells out are followed, however many patterns there are', async () => {
    expect(await discover(root(), ['features/shared/*.feature'])).toEqual(['features/shared/s.feature']);
    expect(await discover(root(), ['features/shared/*.feature', 'docs/*.md'])).toEqual(['features/shared/s.feature']);
    expect(await discover(root(), ['features/shared/**', 'features/*.feature'])).toEqual(['features/own.feature', 'features/shared/s.feature']);
    // Before: found with one pattern, lost with two.
    expect(await referenceDiscover(root(), ['features/shared/*.feature', 'docs/*.md'])).toEqual([]);
  });

  it('met by a glob are skipped', async () => {
    expect(await discover(root(), ['features/**/*.feature'])).toEqual(['features/own.feature']);
    expect(await discover(root(), ['**/*.feature'])).toEqual(['a/g.feature', 'f.feature', 'features/own.feature', 'shared/s.feature']);
  });

  it('that loop do not keep discovery from finishing (child process, time limit)', () => {
    const module = compileDiscover();
    const patterns = ['**/*', 'loop/**/*.feature', 'loop/loop/*.feature', 'l1/*.feature', 'up/root/f.feature'];
    const result = discoverInChild(module, root(), patterns, 30_000);
    expect(result.error, result.stderr).toBeUndefined();
    expect(result.status, result.stderr).toBe(0);
    const expected = [
      ...['a/g.feature', 'f.feature', 'features/own.feature', 'loop/a/g.feature', 'loop/f.feature', 'loop/features/own.feature'],
      ...['loop/loop/f.feature', 'loop/shared/s.feature', 'shared/s.feature', 'up/root/f.feature'],
    ];
    expect((JSON.parse(result.stdout) as { files: string[] }).files).toEqual(expected);
    expect(specifiedDiscover(root(), patterns)).toEqual(expected);
  }, 120_000);
});

describe('exclude patterns', () => {
  const root = useTree([
    file('docs/new.md'),
    file('docs/old/a.md'),
    file('docs/old/sub/b.md'),
    file('docs/x-spike.md/c.md'),
    file('pkg/node_modules/m.feature'),
    file('pkg/p.feature'),
    file('.config/node_modules/n.feature'),
    file('.d/d.feature'),
    file('.d/.git/g.feature'),
    file('tree'),
  ]);

  it('skip a folder they match with everything in it', async () => {
    expect(await discover(root(), ['docs/**/*.md', '!docs/old'])).toEqual(['docs/new.md', 'docs/x-spike.md/c.md']);
    expect(await discover(root(), ['docs/**/*.md', '!**/*-spike.md'])).toEqual(['docs/new.md', 'docs/old/a.md', 'docs/old/sub/b.md']);
    expect(await discover(root(), ['**/*.feature', '!**/node_modules'])).toEqual(['pkg/p.feature']);
  });

  it('skip a folder above where the pattern starts too (before: only with several patterns)', async () => {
    expect(await discover(root(), ['docs/old/sub/*.md', '!docs/old'])).toEqual([]);
    expect(await referenceDiscover(root(), ['docs/old/sub/*.md', '!docs/old'])).toEqual(['docs/old/sub/b.md']);
    expect(await referenceDiscover(root(), ['docs/old/sub/*.md', 'x/*.md', '!docs/old'])).toEqual([]);
  });

  it('follow picomatch: `**` does not cross a dot folder, even in an exclude pattern', async () => {
    const patterns = ['.config/**/*.feature', '!**/node_modules/**'];
    expect(await discover(root(), patterns)).toEqual(['.config/node_modules/n.feature']);
    expect(await referenceDiscover(root(), patterns)).toEqual(['.config/node_modules/n.feature']);
  });

  it('never let .git be searched, below a dot folder too', async () => {
    expect(await discover(root(), ['.d/**/*.feature', '.d/.git/*.feature'])).toEqual(['.d/d.feature']);
  });
});

describe('names picomatch treats apart', () => {
  const root = useTree([file('a\nb/x.feature'), file('\ny.feature'), file('z\n.feature'), file('ok/w.feature'), file('.config/node_modules/n.feature')]);

  it.each([
    [['**/*.feature']],
    [['**/*.feature', 'none/*.md']],
    [['**/*.feature', '!**/node_modules/**']],
    [['.config/**/*.feature', '!**/node_modules/**']],
    [['.config/**/*.feature', '!**/node_modules/**', 'none/*.md']],
  ])('give the same files whichever walk runs: %j', async (patterns) => {
    const found = await discover(root(), patterns);
    expect(found).toEqual(await referenceDiscover(root(), patterns));
    expect(found).toEqual(specifiedDiscover(root(), patterns));
    // `**` matches no folder name with a line break; `*` matches a name with one, but not at its start.
    expect(found.includes('a\nb/x.feature') || found.includes('\ny.feature')).toBe(false);
    expect(found.includes('z\n.feature')).toBe(!patterns[0]!.startsWith('.config'));
  });
});

describe('matches tinyglobby missed', () => {
  const root = useTree([file('.d/x.feature'), file('a/.d/y.feature'), file('docs'), file('tree/t.md')]);

  it('a dot folder named right after `**` is searched where `**` matches no folder', async () => {
    expect(await discover(root(), ['**/.d/*.feature'])).toEqual(['.d/x.feature', 'a/.d/y.feature']);
    expect(await referenceDiscover(root(), ['**/.d/*.feature'])).toEqual(['a/.d/y.feature']);
  });

  it('`dir/**` matches a file named dir, and the files in a folder named so', async () => {
    expect(await discover(root(), ['docs/**', 'tree/**'])).toEqual(['docs', 'tree/t.md']);
    expect(await referenceDiscover(root(), ['docs/**', 'tree/**'])).toEqual(['docs', 'tree/t.md']);
  });
});
