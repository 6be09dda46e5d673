import { describe, expect, it } from 'vitest';
import { renderFeature } from '../../src/generate/render-feature.js';
import { design, options, parseGherkin, row } from './support.js';

describe('scale', () => {
  // A regex with catastrophic backtracking or a quadratic loop would blow the test timeout.
  it('renders 2,000 rows and a 1 MB behavior', () => {
    const many = design(Array.from({ length: 2000 }, (_, index) => row([`R${index}`], 'Same behavior   ')));
    const names = parseGherkin(renderFeature(many, options())).pickles.map((pickle) => pickle.name);
    expect(new Set(names).size).toBe(2000);
    expect(names.at(-1)).toBe('Same behavior (2000)');

    const huge = `${' '.repeat(100_000)}x${'\t '.repeat(100_000)}${'y\n'.repeat(200_000)}`;
    const text = renderFeature(design([row(['R1'], huge)], { title: huge, path: huge }), options());
    expect(parseGherkin(text).pickles).toHaveLength(1);
  });
});
