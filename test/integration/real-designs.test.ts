import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDesign } from '../../src/design/extract-design.js';
import { renderFeature } from '../../src/generate/render-feature.js';
import { indexFeature } from '../../src/features/index-feature.js';
import { corpusDir, repoRoot } from '../support/corpus.js';
import { behaveAvailable } from '../support/behave.js';

const corpus = corpusDir();
const designsDir = corpus ? path.join(corpus, 'lightspeed-stack/docs/design') : '';
const templates = {
  feature: readFileSync(path.join(repoRoot, 'templates/feature.hbs'), 'utf8'),
  scenario: readFileSync(path.join(repoRoot, 'templates/scenario.hbs'), 'utf8'),
};
const work = mkdtempSync(path.join(tmpdir(), 'gb-real-designs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!corpus)('generation from the real Lightspeed designs', () => {
  const cases = [
    { slug: 'byok-confluence-import', e2eRows: 7 },
    { slug: 'llama-stack-config-merge', e2eRows: 9 },
  ];

  for (const { slug, e2eRows } of cases) {
    it(`${slug}: one scenario per e2e row, tags round-trip`, () => {
      const file = path.join(designsDir, slug, `${slug}.md`);
      const design = extractDesign(readFileSync(file, 'utf8'), `docs/design/${slug}/${slug}.md`);
      const text = renderFeature(design, { levels: ['e2e'], skipTag: '@skip', templates });
      const index = indexFeature(text, `${slug}.feature`);
      expect(index.diagnostics).toEqual([]);
      const rows = design.surface.filter((row) => row.levels.includes('e2e'));
      expect(rows).toHaveLength(e2eRows);
      expect(index.scenarios.map((s) => s.requirements.map((r) => r.id))).toEqual(rows.map((r) => [...r.requirements].sort()));
      expect(index.scenarios.every((s) => s.design === slug && s.tags.includes('@skip'))).toBe(true);
      mkdirSync(path.join(work, 'features', 'steps'), { recursive: true });
      writeFileSync(path.join(work, 'features', `${slug}.feature`), text);
    });
  }

  it.skipIf(!behaveAvailable())('behave --dry-run reads every generated file', () => {
    const result = spawnSync('behave', ['--dry-run', '--no-summary', '--format', 'plain', '--no-color', path.join(work, 'features')], {
      encoding: 'utf8',
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).not.toMatch(/ParserError|Traceback/);
    const scenarios = output.match(/^\s*Scenario: /gm) ?? [];
    expect(scenarios).toHaveLength(16);
  });
});
