// Accuracy of `link` on the labelled fixture set (test/fixtures/link) and, when
// the corpus is present, on the hand-labelled Lightspeed unified-mode scenarios
// the link tests use. Reads through the built dist/, as the CLI does.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export async function run({ repoRoot }) {
  const dist = (file) => import(path.join(repoRoot, 'dist', file));
  const { extractDesign } = await dist('design/extract-design.js');
  const { listScenarioTexts } = await dist('features/scenario-texts.js');
  const { measureAccuracy } = await import('../measure-accuracy.mjs');
  const { DEFAULT_LIMIT, DEFAULT_MIN_SCORE, suggestLinks } = await dist('link/suggest-links.js');

  const fixtures = path.join(repoRoot, 'test/fixtures/link');
  const read = (dir, ext) => readdirSync(path.join(fixtures, dir)).filter((n) => n.endsWith(ext)).sort();
  const designs = read('designs', '.md').map((name) =>
    extractDesign(readFileSync(path.join(fixtures, 'designs', name), 'utf8'), `designs/${name}`),
  );
  const scenarios = read('features', '.feature').flatMap((name) => {
    const listed = listScenarioTexts(readFileSync(path.join(fixtures, 'features', name), 'utf8'), `features/${name}`);
    return Array.isArray(listed) ? listed.map((s) => ({ file: s.file, line: s.line, name: s.name, steps: s.steps, feature: s.feature })) : [];
  });
  const labels = JSON.parse(readFileSync(path.join(fixtures, 'labels.json'), 'utf8'));
  const started = performance.now();
  const report = measureAccuracy(suggestLinks(designs, scenarios, { minScore: DEFAULT_MIN_SCORE, limit: DEFAULT_LIMIT }), labels);
  const ms = performance.now() - started;
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  return {
    name: 'link accuracy (labelled fixture set)',
    rows: [
      { metric: 'labelled scenarios', value: report.labelled },
      { metric: 'scenarios verifying nothing, kept below min score', value: `${report.unlabelled - report.falseConfident.length}/${report.unlabelled}` },
      { metric: 'top-1 accuracy', value: pct(report.top1) },
      { metric: 'top-3 accuracy', value: pct(report.top3) },
      { metric: 'recall of confident suggestions', value: pct(report.confidentCorrect) },
      { metric: 'precision of confident suggestions (unrelated scenarios included)', value: pct(report.precision) },
      { metric: 'min score', value: DEFAULT_MIN_SCORE },
      { metric: 'ranking time (ms)', value: ms.toFixed(1) },
    ],
  };
}
