import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/model.js';
import { renderFeature } from '../../src/generate/render-feature.js';
import { expectGolden } from '../support/golden.js';
import { defaultTemplates, fixturesDir } from './support.js';

const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('golden feature files', () => {
  it('has fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  for (const name of cases) {
    it(`renders ${name} exactly as expected.feature`, () => {
      const dir = path.join(fixturesDir, name);
      const design = JSON.parse(readFileSync(path.join(dir, 'design.json'), 'utf8')) as Design;
      const opts = JSON.parse(readFileSync(path.join(dir, 'options.json'), 'utf8')) as {
        levels: Design['surface'][number]['levels'];
        skipTag: string | null;
      };
      const actual = renderFeature(design, { ...opts, templates: defaultTemplates });
      expectGolden(path.join(dir, 'expected.feature'), actual);
      // Byte-identical on a second run, LF only, exactly one final newline.
      expect(renderFeature(design, { ...opts, templates: defaultTemplates })).toBe(actual);
      expect(actual).not.toContain('\r');
      expect(actual.endsWith('\n')).toBe(true);
      expect(actual.endsWith('\n\n')).toBe(false);
    });
  }
});
