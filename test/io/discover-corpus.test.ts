import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/io/discover.js';
import { corpusDir } from '../support/corpus.js';
import { referenceDiscover } from './support/reference-discover.js';

const corpus = corpusDir();

/** Pattern sets a user could configure, each with the folder (below the corpus) it runs in and a floor on what it finds. */
const CASES: { cwd: string; patterns: string[]; atLeast: number }[] = [
  { cwd: '', patterns: ['**/*.feature', '!**/node_modules/**'], atLeast: 3000 },
  { cwd: 'lightspeed-stack', patterns: ['docs/design/**/*.md', '!**/*-spike.md'], atLeast: 2 },
  { cwd: '', patterns: ['**/*.md'], atLeast: 9 },
  { cwd: '', patterns: ['real-features/*/**/*.feature'], atLeast: 3000 },
  { cwd: 'real-features', patterns: ['{oroinc__orocommerce,owncloud__core}/**/*.feature', '!**/tests/acceptance/features/apiMain/**'], atLeast: 500 },
  { cwd: '', patterns: ['**/????.feature', '**/?.feature'], atLeast: 1 },
  { cwd: '', patterns: ['**/[a-c]*.feature', '!**/[!a]*.feature'], atLeast: 100 },
  { cwd: '', patterns: ['**/*.feature', '!real-features/train2023-31__moodle/**', '!**/tests', '!gherkin-testdata/bad'], atLeast: 500 },
  { cwd: '', patterns: ['**/@(login|logout|*_background).feature', '**/+(a|b)*.feature', '**/!(*e).feature'], atLeast: 10 },
  { cwd: 'lightspeed-stack', patterns: ['docs/design/byok-confluence-import/byok-confluence-import.md', 'docs/missing.md', 'docs/design'], atLeast: 2 },
  { cwd: 'real-features', patterns: ['../lightspeed-stack/**/*.feature', '../gherkin-testdata/good/*.feature.md', 'opencypher__openCypher/**/*.feature'], atLeast: 100 },
  { cwd: '', patterns: ['gherkin-testdata/**/*.{feature,md}', '!gherkin-testdata/good/**/*.md', 'gherkin-testdata/good/minimal.feature.md', 'gherkin-testdata/good/'], atLeast: 50 },
  { cwd: '', patterns: ['*/*/*/*.feature', 'SOURCES.md', 'real-features/**/tests/**/*.feature', '!**/features/**'], atLeast: 10 },
];

describe.skipIf(corpus === null)('discover on the real corpus', () => {
  it.each(CASES)('finds what tinyglobby found: $patterns in ./$cwd', async ({ cwd, patterns, atLeast }) => {
    const dir = path.join(corpus!, cwd);
    const found = await discover(dir, patterns);
    expect(found.length).toBeGreaterThanOrEqual(atLeast);
    expect(found).toEqual(await referenceDiscover(dir, patterns));
  });
});
