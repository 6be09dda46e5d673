import path from 'node:path';
import { describe, it } from 'vitest';
import { githubReport } from '../../src/report/github.js';
import { htmlReport } from '../../src/report/html.js';
import { junitReport } from '../../src/report/junit.js';
import { markdownReport } from '../../src/report/markdown.js';
import { sarifReport } from '../../src/report/sarif.js';
import type { Reporter } from '../../src/report/types.js';
import { repoRoot } from '../support/corpus.js';
import { expectGolden, expectGoldenJson } from '../support/golden.js';
import { FIXTURES, OPTIONS } from './fixtures.js';
import { htmlData, htmlPage } from './html-parts.js';

const GOLDEN = path.join(repoRoot, 'test/fixtures/report');

const FORMATS: readonly [string, Reporter][] = [
  ['md', markdownReport],
  ['junit.xml', junitReport],
  ['github.txt', githubReport],
  ['sarif.json', sarifReport],
];

describe('golden outputs', () => {
  for (const [name, report] of Object.entries(FIXTURES)) {
    for (const [extension, reporter] of FORMATS) {
      it(`${name}.${extension}`, () => {
        expectGolden(path.join(GOLDEN, `${name}.${extension}`), reporter(report, OPTIONS));
      });
    }

    // The page's script and style are the same for every report: the golden
    // files hold each report's data, and the page around it once.
    it(`${name}.html: the data the page renders`, () => {
      expectGoldenJson(path.join(GOLDEN, `${name}.html-data.json`), htmlData(htmlReport(report, OPTIONS)));
    });
    it(`${name}.html: the page around the data`, () => {
      expectGolden(path.join(GOLDEN, 'page.html'), htmlPage(htmlReport(report, OPTIONS)));
    });
  }
});
