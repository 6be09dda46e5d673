import path from 'node:path';
import { describe, it } from 'vitest';
import { githubReport } from '../../src/report/github.js';
import { htmlReport } from '../../src/report/html.js';
import { junitReport } from '../../src/report/junit.js';
import { markdownReport } from '../../src/report/markdown.js';
import { sarifReport } from '../../src/report/sarif.js';
import type { Reporter } from '../../src/report/types.js';
import { repoRoot } from '../support/corpus.js';
import { FIXTURES, OPTIONS } from './fixtures.js';
import { expectGolden } from './golden.js';

const FORMATS: readonly [string, Reporter][] = [
  ['md', markdownReport],
  ['junit.xml', junitReport],
  ['github.txt', githubReport],
  ['sarif.json', sarifReport],
  ['html', htmlReport],
];

describe('golden outputs', () => {
  for (const [name, report] of Object.entries(FIXTURES)) {
    for (const [extension, reporter] of FORMATS) {
      it(`${name}.${extension}`, () => {
        expectGolden(path.join(repoRoot, 'test/fixtures/report', `${name}.${extension}`), reporter(report, OPTIONS));
      });
    }
  }
});
