import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAccuracy, measureAccuracy, type LinkLabels } from '../../bench/measure-accuracy.mjs';
import { DEFAULT_LIMIT, DEFAULT_MIN_SCORE, suggestLinks } from '../../src/link/suggest-links.js';
import { corpusDir } from '../support/corpus.js';
import { designReader, scenarioTexts } from './support/load-fixtures.js';

const corpus = corpusDir();

/**
 * Hand labels for the real unified-mode features against the
 * llama-stack-config-merge design, read from its Acceptance test surface.
 */
const UNIFIED_MODE: Record<string, string> = {
  'unified-mode-boot.feature:14': 'R1',
  'unified-mode-boot.feature:35': 'R1',
  'unified-mode-boot.feature:48': 'R8',
  'unified-mode-boot.feature:56': 'R8',
  'unified-mode-boot.feature:66': 'R1',
  'unified-mode-boot.feature:88': 'R1',
  'unified-mode-boot.feature:102': 'R8',
  'unified-mode-boot.feature:111': 'R8',
  'unified-mode-legacy.feature:14': 'R2',
  'unified-mode-legacy.feature:29': 'R2',
  'unified-mode-migration.feature:11': 'R4',
  'unified-mode-migration.feature:17': 'R4',
  'unified-mode-migration.feature:26': 'R4',
  'unified-mode-migration.feature:42': 'R4',
  'unified-mode-synthesis.feature:10': 'R5',
  'unified-mode-synthesis.feature:16': 'R5',
  'unified-mode-synthesis.feature:22': 'R6',
  'unified-mode-synthesis.feature:29': 'R10',
  'unified-mode-synthesis.feature:35': 'R10',
  'unified-mode-synthesis.feature:46': 'R10',
  'unified-mode-synthesis.feature:55': 'R10',
  'unified-mode-validation.feature:10': 'R3',
  'unified-mode-validation.feature:16': 'R3',
  'unified-mode-validation.feature:23': 'R11',
};

describe.skipIf(corpus === null)('link suggestions on the Lightspeed corpus', () => {
  it('links the unified-mode scenarios to the config-merge design and leaves the other features unlinked', async () => {
    const root = path.join(corpus as string, 'lightspeed-stack');
    const { read, extractor } = await designReader();
    const designs = ['llama-stack-config-merge', 'byok-confluence-import'].map((slug) =>
      read(readFileSync(path.join(root, 'docs/design', slug, `${slug}.md`), 'utf8'), `${slug}.md`),
    );
    const dir = path.join(root, 'tests/e2e/features');
    const scenarios = readdirSync(dir)
      .filter((name) => name.endsWith('.feature'))
      .sort()
      .flatMap((name) => scenarioTexts(readFileSync(path.join(dir, name), 'utf8'), name));
    const labels: LinkLabels = {};
    for (const scenario of scenarios) labels[`${scenario.file}:${scenario.line}`] = null;
    for (const [key, requirement] of Object.entries(UNIFIED_MODE)) {
      labels[key] = { design: 'llama-stack-config-merge', requirement };
    }
    const report = measureAccuracy(suggestLinks(designs, scenarios, { minScore: DEFAULT_MIN_SCORE, limit: DEFAULT_LIMIT }), labels);
    console.log(`corpus designs read with ${extractor}\n${formatAccuracy(report)}`);
    expect(report.stale).toEqual([]);
    expect(report.labelled).toBe(24);
    expect(report.unlabelled).toBeGreaterThan(300);
    expect(report.top1).toBeGreaterThanOrEqual(0.9);
    expect(report.top3).toBeGreaterThanOrEqual(0.95);
    expect(report.confidentCorrect).toBeGreaterThanOrEqual(0.9);
    expect(report.falseConfident).toEqual([]);
  });
});
