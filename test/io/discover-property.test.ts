import { lstatSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/io/discover.js';
import { foldersOf, picomatch, PICOMATCH_OPTIONS, specifiedDiscover } from './support/discover-oracle.js';
import { referenceDiscover } from './support/reference-discover.js';
import { makeTree, type TreeEntry } from './support/tree.js';

const NAMES = ['a', 'b', 'n', '.d', '.git', 'node_modules', 'x.feature', 'f.feature', 'y.md', 'z-spike.md', 'g\nh', '\ni.feature'];
const LINK_TARGETS = ['.', '..', 'a', '../a', 'b/n', 'x.feature', 'f.feature', 'missing', 'loop', '../root'];

const pathArb = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }).map((names) => names.join('/'));
const entryArb: fc.Arbitrary<TreeEntry> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ path: pathArb, kind: fc.constant('file' as const) }) },
  { weight: 1, arbitrary: fc.record({ path: pathArb, kind: fc.constant('folder' as const) }) },
  { weight: 1, arbitrary: fc.record({ path: pathArb, kind: fc.constant('fifo' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      path: fc
        .tuple(fc.option(pathArb, { nil: '' }), fc.constantFrom('l', 'loop', 'x.feature', 'a'))
        .map(([folder, name]) => (folder === '' ? name : `${folder}/${name}`)),
      kind: fc.constant('link' as const),
      target: fc.constantFrom(...LINK_TARGETS),
    }),
  },
);

/** Pattern segments: names, wildcards, classes, braces, an extglob. */
const SEGMENTS = [
  '**', '*', 'a', 'b', 'n', '.d', 'l', 'loop', 'node_modules', 'x.feature', '*.feature', '*.md', '?.feature',
  '[ab]', '[!a]*', '{a,b}', '{x,f}.feature', '@(a|n)', '*-spike.md', '.git', '*.{md,feature}',
];
const includeArb = fc.oneof(
  fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 3 }).map((segments) => segments.join('/')),
  // Folders spelled out, then a glob: where links are followed and excluded folders above the walk matter.
  fc
    .tuple(fc.constantFrom('a', 'b', 'l', 'loop', 'a/l', 'a/b', 'b/n', 'x.feature', '.d'), fc.constantFrom(...SEGMENTS))
    .map(([folders, glob]) => `${folders}/${glob}`),
  // The shapes with a walk of their own when they are the only include pattern.
  fc.constantFrom('**/*.feature', '**/*.md', '**/*', 'a/**/*.feature', '.d/**/*.feature', 'x.feature/**/*', 'l/**/*.feature', 'g\nh/**/*'),
);
const excludeArb = fc.oneof(
  fc.constantFrom('**/node_modules/**', '**/*-spike.md', 'a/**', '**/b', 'a', '**/.d/**', 'b/*.feature', '**/x.feature', 'n/**', 'a/b', 'l', '**/l/**'),
  includeArb,
);

/** Some folder of `rel` (not `rel` itself) is a symbolic link. */
function crossesLink(root: string, rel: string): boolean {
  return foldersOf(rel).some((folder) => lstatSync(path.join(root, folder)).isSymbolicLink());
}

describe('discover over random trees and patterns', () => {
  it('gives what the specification says, and differs from tinyglobby only where the documented rules do', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(entryArb, { minLength: 1, maxLength: 14 }),
        fc.array(includeArb, { minLength: 1, maxLength: 3 }),
        fc.array(excludeArb, { maxLength: 2 }),
        async (entries, include, exclude) => {
          const tree = makeTree(entries);
          try {
            const patterns = [...include, ...exclude.map((pattern) => `!${pattern}`)];
            const found = await discover(tree.root, patterns);
            expect(found).toEqual(specifiedDiscover(tree.root, patterns));

            const reference = await referenceDiscover(tree.root, patterns);
            const excludes = exclude.map((pattern) => picomatch(pattern, PICOMATCH_OPTIONS));
            for (const rel of reference.filter((file) => !found.includes(file))) {
              // tinyglobby followed a link when it was the one folder all patterns shared, did not
              // hold the folders above that one to the exclude patterns, and looked into `.git` below a dot folder.
              const explained =
                crossesLink(tree.root, rel) ||
                foldersOf(rel).some((folder) => excludes.some((matches) => matches(folder))) ||
                rel.split('/').includes('.git');
              expect(explained, `${rel} found by tinyglobby only`).toBe(true);
            }
            for (const rel of found.filter((file) => !reference.includes(file))) {
              // tinyglobby missed files in a dot folder a pattern names after `**` (`**/.d/*.feature`), and
              // in a folder whose name starts with a line break, which `*` matches inside a path only.
              const explained =
                crossesLink(tree.root, rel) || foldersOf(rel).some((folder) => /^[.\n]/.test(path.basename(folder)));
              expect(explained, `${rel} found by the new walk only`).toBe(true);
            }
          } finally {
            tree.remove();
          }
        },
      ),
      { numRuns: 400 },
    );
  }, 300_000);
});
