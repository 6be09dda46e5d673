import fc from 'fast-check';
import { isDynamicPattern as tinyglobbyIsDynamic } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { fastGlob, fastMatcher, fastNameMatcher, fastPathTest } from '../../src/io/discover-fast.js';
import { globEngine } from '../../src/io/discover-glob.js';
import { isDynamicPattern, normalizePattern, planDiscovery } from '../../src/io/discover-plan.js';
import { picomatch, PICOMATCH_OPTIONS } from './support/discover-oracle.js';

/** Characters that make names awkward: dots, line breaks, glob and regex syntax, non-ASCII. */
const CHARACTERS = ['a', 'b', '.', '-', '_', ' ', '\n', '\r', '\u2028', '$', '^', '+', '@', '!', ',', '~', 'é', '😀', 'md', 'feature'];
const nameArb = fc.array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
const pathArb = fc.array(fc.oneof(nameArb, fc.constantFrom('docs', 'design', '.github', 'x.md', 'a.feature')), { minLength: 1, maxLength: 4 }).map((names) => names.join('/'));
const plainArb = fc.array(fc.constantFrom('a', 'b', '.', '-', '$', '^', '+', '@', '!', ',', 'é', 'md', 'feature'), { maxLength: 4 }).map((parts) => parts.join(''));
const fastArb = fc
  .tuple(fc.constantFrom('', 'docs', 'docs/design', '.github', 'a.feature', '@scope/x'), fc.boolean(), plainArb)
  .map(([dir, globstar, suffix]) => [dir, globstar ? '**' : '', `*${suffix}`].filter((part) => part !== '').join('/'))
  .filter((glob) => !glob.startsWith('!'));

describe('the fast globs', () => {
  it('recognizes the common shapes and nothing else', () => {
    expect(fastGlob('**/*.feature')).toEqual({ dir: '', globstar: true, suffix: '.feature' });
    expect(fastGlob('docs/design/**/*.md')).toEqual({ dir: 'docs/design', globstar: true, suffix: '.md' });
    expect(fastGlob('features/*.feature')).toEqual({ dir: 'features', globstar: false, suffix: '.feature' });
    expect(fastGlob('*')).toEqual({ dir: '', globstar: false, suffix: '' });
    for (const other of ['**', 'a/**', '**/x.md', '*.{md,feature}', 'a*/*.md', '**/**/*.md', '[ab]/*.md', '*"x', 'a\\b/*.md', '!*.md']) {
      expect(fastGlob(other), other).toBeNull();
    }
  });

  it('match exactly what picomatch matches, dots and line breaks included (property)', () => {
    fc.assert(
      fc.property(fastArb, fc.array(pathArb, { minLength: 1, maxLength: 20 }), (glob, paths) => {
        const fast = fastGlob(glob);
        expect(fast, glob).not.toBeNull();
        const ours = fastMatcher(fast!);
        const theirs = picomatch(glob, PICOMATCH_OPTIONS);
        // Paths shaped to match, so that both answers are exercised.
        const shaped = paths.map((path) => `${fast!.dir === '' ? '' : `${fast!.dir}/`}${path}${fast!.suffix}`);
        const perFolder = fastPathTest(fast!);
        for (const path of [...paths, ...shaped]) {
          const expected = theirs(path);
          expect(ours(path), `${glob} on ${JSON.stringify(path)}`).toBe(expected);
          const slash = path.lastIndexOf('/');
          const folder = slash < 0 ? '' : path.slice(0, slash);
          const byName = perFolder.inFolder(folder);
          expect(byName !== null && byName(path.slice(slash + 1), folder), `${glob} in ${JSON.stringify(folder)}`).toBe(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('match one name as picomatch matches a one-segment glob (property)', () => {
    fc.assert(
      fc.property(plainArb, fc.array(nameArb, { minLength: 1, maxLength: 20 }), (suffix, names) => {
        const theirs = picomatch(`*${suffix}`, PICOMATCH_OPTIONS);
        const ours = fastNameMatcher(suffix);
        for (const name of [...names, ...names.map((name) => name + suffix), suffix]) {
          expect(ours(name), `*${suffix} on ${JSON.stringify(name)}`).toBe(theirs(name));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('patterns', () => {
  it('tell literal paths from globs as tinyglobby did', () => {
    const patterns = ['a.feature', 'docs/x.md', '**/*.feature', 'a?.md', 'a\\*b', '{a,b}', '[ab]', '@(a)', '!(a)', 'a|b', 'a"b', '"*"', '+x', 'a+(b)', 'x.feature/', '../a.md'];
    for (const pattern of patterns) expect(isDynamicPattern(pattern, globEngine), pattern).toBe(tinyglobbyIsDynamic(pattern));
  });

  it('are normalized, made relative, and come back in through `..`', () => {
    const cwd = '/work/main';
    expect(normalizePattern(cwd, 'features/')).toEqual({ glob: 'features', base: '' });
    expect(normalizePattern(cwd, './a/./b/*.md')).toEqual({ glob: 'a/b/*.md', base: 'a/b' });
    expect(normalizePattern(cwd, '/work/main/docs/**/*.md')).toEqual({ glob: 'docs/**/*.md', base: 'docs' });
    expect(normalizePattern(cwd, '/work/other/*.md')).toEqual({ glob: '../other/*.md', base: '../other' });
    expect(normalizePattern(cwd, '../main/x/*.feature')).toEqual({ glob: 'x/*.feature', base: 'x' });
    expect(normalizePattern(cwd, '../../work/main/*.feature')).toEqual({ glob: '*.feature', base: '' });
    expect(normalizePattern(cwd, '../shared/{a,b}/*.feature')).toEqual({ glob: '../shared/{a,b}/*.feature', base: '../shared' });
    expect(normalizePattern(cwd, 'a/b*/c/*.md')).toEqual({ glob: 'a/b*/c/*.md', base: 'a' });
  });

  it('exclude by name, by path or by matcher, and drop what tinyglobby dropped', () => {
    const plan = planDiscovery('/w', ['**/*.feature'], ['**/node_modules/**', '**/dist', 'docs/old/**', 'x.feature', '**/*-spike.md', '', '!x', '!(y)'], globEngine);
    expect([...plan.excludes.names].sort()).toEqual(['dist', 'node_modules']);
    expect([...plan.excludes.paths].sort()).toEqual(['docs/old', 'x.feature']);
    expect(plan.excludes.others).toHaveLength(2);
    expect(plan.excludes.others.map(({ matches }) => [matches('a/b-spike.md'), matches('z')])).toEqual([
      [true, false],
      [false, true],
    ]);
  });
});
