import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Envelope, GherkinDocument } from '@cucumber/messages';
import { describe, expect, it } from 'vitest';
import { indexFeature } from '../../src/features/index-feature.js';
import { corpusDir } from '../support/corpus.js';
import { filesUnder, readNdjson } from './corpus-files.js';

const corpus = corpusDir();
const testdata = corpus ? path.join(corpus, 'gherkin-testdata') : '';

/** Scenario line by scenario id, from a golden `.ast.ndjson`. */
function scenarioLinesById(document: GherkinDocument): Map<string, number> {
  const lines = new Map<string, number>();
  for (const child of document.feature?.children ?? []) {
    if (child.scenario) lines.set(child.scenario.id, child.scenario.location.line);
    for (const ruleChild of child.rule?.children ?? []) {
      if (ruleChild.scenario) lines.set(ruleChild.scenario.id, ruleChild.scenario.location.line);
    }
  }
  return lines;
}

describe.skipIf(!corpus)('Gherkin conformance (gherkin-testdata)', () => {
  it('accepts every good/*.feature, with the scenarios and pickle tags of the golden files', () => {
    const files = filesUnder(path.join(testdata, 'good'), '.feature');
    expect(files.length).toBeGreaterThanOrEqual(50);
    for (const file of files) {
      const index = indexFeature(readFileSync(file, 'utf8'), file);
      expect(index.diagnostics, file).toEqual([]);

      const [ast] = readNdjson(`${file}.ast.ndjson`) as Envelope[];
      const document = ast?.gherkinDocument;
      if (!document) throw new Error(`${file}.ast.ndjson has no gherkinDocument`);
      const linesById = scenarioLinesById(document);
      expect(index.name, file).toBe(document.feature?.name ?? null);
      expect([...new Set(index.scenarios.map((s) => s.line))], file).toEqual([...linesById.values()]);

      // Tags that apply, per scenario, as the golden pickles have them (scenarios with pickles only).
      const golden = new Map<number, string[]>();
      for (const { pickle } of readNdjson(`${file}.pickles.ndjson`) as Envelope[]) {
        const line = pickle ? linesById.get(pickle.astNodeIds[0] ?? '') : undefined;
        if (!pickle || line === undefined) continue;
        const tags = golden.get(line) ?? [];
        for (const { name } of pickle.tags) if (!tags.includes(name)) tags.push(name);
        golden.set(line, tags);
      }
      for (const [line, tags] of golden) {
        const ours = index.scenarios.filter((s) => s.line === line).flatMap((s) => s.tags);
        expect(new Set(ours), `${file}:${line}`).toEqual(new Set(tags));
      }
    }
  });

  it('reports a parse-error at each line a bad/*.feature.errors.ndjson names, and nowhere else', () => {
    const files = filesUnder(path.join(testdata, 'bad'), '.feature');
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const expected = (readNdjson(`${file}.errors.ndjson`) as Envelope[]).map((e) => e.parseError?.source.location?.line);
      const index = indexFeature(readFileSync(file, 'utf8'), file);
      expect(index.diagnostics.length, file).toBeGreaterThan(0);
      expect(index.diagnostics.every((d) => d.kind === 'parse-error' && d.severity === 'error' && d.file === file)).toBe(true);
      expect(new Set(index.diagnostics.map((d) => d.line)), file).toEqual(new Set(expected));
      expect(index.scenarios, file).toEqual([]);
    }
  });
});
