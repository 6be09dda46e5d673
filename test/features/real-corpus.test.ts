import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFeature } from '../../src/features/index-feature.js';
import { corpusDir } from '../support/corpus.js';
import { filesUnder, plainParse, scenarioLines, tagViews } from './corpus-files.js';

const corpus = corpusDir();

describe.skipIf(!corpus)('real corpora (real-features, gherkin-testdata)', () => {
  const files = corpus
    ? [...filesUnder(path.join(corpus, 'real-features'), '.feature'), ...filesUnder(path.join(corpus, 'gherkin-testdata'), '.feature')]
    : [];
  const texts = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it('rejects a file exactly when @cucumber/gherkin does, from the same first error line', () => {
    expect(files.length).toBeGreaterThan(3000);
    let rejected = 0;
    for (const { file, text } of texts) {
      const index = indexFeature(text, file);
      const plain = plainParse(text);
      expect(index.diagnostics[0]?.line ?? null, file).toBe(plain.firstErrorLine);
      if (plain.document) {
        expect([...new Set(index.scenarios.map((s) => s.line))], file).toEqual(scenarioLines(plain.document));
        expect(index.name, file).toBe(plain.document.feature?.name ?? null);
      } else {
        rejected++;
        expect(index.scenarios, file).toEqual([]);
      }
    }
    // The 12 bad gherkin-testdata files and Moodle's deliberately invalid fixture.
    expect(rejected).toBe(13);
  });

  it("lists the tags, requirements and designs of cucumber's pickles on every file", () => {
    let scenarios = 0;
    for (const { file, text } of texts) {
      const { document } = plainParse(text);
      if (!document) continue;
      const index = indexFeature(text, file);
      const { actual, expected } = tagViews(index, document);
      expect(actual, file).toEqual(expected);
      scenarios += index.scenarios.length;
    }
    expect(scenarios).toBeGreaterThan(10_000);
  });
});

describe.skipIf(!corpus)('indexing with detail "linked" on the real corpora', () => {
  const files = corpus
    ? [
        ...filesUnder(path.join(corpus, 'real-features'), '.feature'),
        ...filesUnder(path.join(corpus, 'gherkin-testdata'), '.feature'),
        ...filesUnder(path.join(corpus, 'lightspeed-stack'), '.feature'),
      ]
    : [];

  it('counts what the full index lists, and reports the same errors, on every file', () => {
    let counted = 0;
    let scanned = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const full = indexFeature(text, file);
      const linked = indexFeature(text, file, 'linked');
      const unlinked = full.scenarios.filter((scenario) => scenario.design === null);
      if (!text.includes('@design:') && full.diagnostics.length === 0) {
        scanned++;
        expect(linked.scenarios, file).toEqual([]);
        expect(linked.unlinkedScenarios ?? 0, file).toBe(unlinked.length);
        expect({ ...linked, scenarios: full.scenarios, unlinkedScenarios: undefined }, file).toEqual(full);
        counted += linked.unlinkedScenarios ?? 0;
      } else {
        expect(linked, file).toEqual(full);
      }
    }
    expect(scanned).toBeGreaterThan(3000);
    expect(counted).toBeGreaterThan(10_000);
  });
});
