import { beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../../src/model.js';
import { formatAccuracy, measureAccuracy, type AccuracyReport } from '../../bench/measure-accuracy.mjs';
import { DEFAULT_LIMIT, DEFAULT_MIN_SCORE, suggestLinks, type ScenarioText } from '../../src/link/suggest-links.js';
import { loadFixtureDesigns, loadFixtureScenarios, loadLabels } from './support/load-fixtures.js';

describe('link accuracy on the labelled fixture set', () => {
  let designs: Design[];
  let scenarios: ScenarioText[];
  let report: AccuracyReport;

  beforeAll(async () => {
    const loaded = await loadFixtureDesigns();
    designs = loaded.designs;
    scenarios = loadFixtureScenarios();
    report = measureAccuracy(suggestLinks(designs, scenarios, { minScore: DEFAULT_MIN_SCORE, limit: DEFAULT_LIMIT }), loadLabels());
    console.log(`designs read with ${loaded.extractor}\n${formatAccuracy(report)}`);
  });

  it('reads the fixture set whole: 3 designs, at least 40 labelled scenarios, every scenario labelled', () => {
    expect(designs.map((d) => d.slug)).toEqual(['api-key-rotation', 'conversation-export', 'token-quota']);
    expect(designs.every((d) => d.requirements.length >= 8 && d.surface.length >= 8)).toBe(true);
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    expect(report.labelled).toBeGreaterThanOrEqual(40);
    expect(report.unlabelled).toBeGreaterThanOrEqual(5);
    expect(report.unlisted).toEqual([]);
    expect(report.stale).toEqual([]);
  });

  it('puts the right requirement first for at least 70% and in the top 3 for at least 90%', () => {
    expect(report.top1).toBeGreaterThanOrEqual(0.7);
    expect(report.top3).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps every scenario that verifies nothing below DEFAULT_MIN_SCORE', () => {
    expect(report.falseConfident).toEqual([]);
  });

  it('is confident about most right answers', () => {
    expect(report.confidentCorrect).toBeGreaterThanOrEqual(0.6);
  });
});
