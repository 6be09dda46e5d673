import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_FILES, defaultTemplatesDir, defaultTemplateUrls } from '../../src/generate/default-templates.js';
import { repoRoot } from '../support/corpus.js';

describe('default templates', () => {
  it('points at the templates folder of the package', () => {
    expect(fileURLToPath(defaultTemplatesDir())).toBe(`${path.join(repoRoot, 'templates')}${path.sep}`);
  });

  it('names files that exist and hold the feature and scenario templates', () => {
    const urls = defaultTemplateUrls();
    expect(path.basename(fileURLToPath(urls.feature))).toBe(DEFAULT_TEMPLATE_FILES.feature);
    const feature = readFileSync(urls.feature, 'utf8');
    const scenario = readFileSync(urls.scenario, 'utf8');
    expect(feature).toContain('{{> scenario}}');
    expect(feature).toContain('{{keywords.feature}}: {{title}}');
    expect(scenario).toContain('{{provenance}}');
    expect(scenario).toContain('{{@root.keywords.scenario}}: {{name}}');
  });
});
