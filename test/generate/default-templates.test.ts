import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_DIR, loadTemplates } from '../../src/io/templates.js';
import { repoRoot } from '../support/corpus.js';

describe('default templates', () => {
  it('points at the templates folder of the package', () => {
    expect(BUILTIN_TEMPLATES_DIR).toBe(`${path.join(repoRoot, 'templates')}${path.sep}`);
  });

  it('names files that exist and hold the feature and scenario templates', async () => {
    const { feature, scenario } = await loadTemplates(repoRoot, null);
    expect(feature).toContain('{{> scenario}}');
    expect(feature).toContain('{{keywords.feature}}: {{title}}');
    expect(scenario).toContain('{{provenance}}');
    expect(scenario).toContain('{{@root.keywords.scenario}}: {{name}}');
  });
});
